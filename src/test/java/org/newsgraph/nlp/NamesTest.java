package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-pass ASCII fold gives what the general (Unicode) fold gives. */
class NamesTest {
  @Test
  void examples() {
    assertEquals("george gascon", Names.fold("George Gascón"));
    assertEquals("george gascon", Names.fold("  GEORGE   GASCON's ".replace("'s", "")));
    assertEquals("dont stop", Names.fold("Don't -- stop!"));
    assertEquals("o brien", Names.fold("O-Brien"));
    assertEquals("obrien", Names.fold("O’Brien"));
    assertEquals("", Names.fold(" ' - "));
    assertEquals("x y", Names.fold("x '- y"));
  }

  @Test
  void asciiFoldEqualsTheUnicodeFold() throws Exception {
    List<String> samples = new ArrayList<>(List.of("", " ", "'", "a", "A-B", "a  b", " 'x' ", "x'-y", "x -'- y", "L.A.",
        "U.S. Sen.", "100,000", "Tab\tand\nnewline", "\u0000\u007f", "__init__", "a''b", "-a-", "Mc Donald's"));
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("newsgraph.repo", "."), "data", "articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          samples.add(line);
          samples.addAll(List.of(line.split(" ")));
        }
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 5000; i++) {
      char[] c = new char[random.nextInt(12)];
      for (int k = 0; k < c.length; k++) {
        c[k] = (char) random.nextInt(0x80);
      }
      samples.add(new String(c));
    }
    int ascii = 0;
    for (String s : samples) {
      if (s.chars().allMatch(ch -> ch < 0x80)) {
        ascii++;
        assertEquals(Names.foldUnicode(s), Names.fold(s), s);
      }
    }
    assertTrue(ascii > 5000, "ASCII samples compared: " + ascii);
  }
}
