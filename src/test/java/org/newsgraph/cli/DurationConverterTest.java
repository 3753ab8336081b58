package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  private final DurationConverter c = new DurationConverter();

  @Test
  void readsMillisecondsSecondsMinutesAndHours() {
    assertEquals(Duration.ofMillis(500), c.convert("500ms"));
    assertEquals(Duration.ofSeconds(10), c.convert("10s"));
    assertEquals(Duration.ofMinutes(2), c.convert("2m"));
    assertEquals(Duration.ofHours(1), c.convert("1h"));
    assertEquals("10s", DurationConverter.format(Duration.ofSeconds(10)));
    assertEquals("1500ms", DurationConverter.format(Duration.ofMillis(1500)));
  }

  @Test
  void refusesANumberWithoutUnit() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> c.convert("10"));
    assertEquals(
        "'10' is not a duration: write a number with ms, s, m or h (e.g. 10s)", e.getMessage());
  }
}
