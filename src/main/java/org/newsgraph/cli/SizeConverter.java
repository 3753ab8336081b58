package org.newsgraph.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as {@code 5MB}, {@code 512KB}, {@code 1GB}, {@code 2000} (bytes); 1 KB is 1024 bytes. */
public final class SizeConverter implements ITypeConverter<Long> {
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?");
  private static final long MAX = 1L << 31; // what one byte array can hold

  @Override
  public Long convert(String value) {
    Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a size: write a number of bytes, or with KB, MB or GB (e.g. 50MB)");
    }
    String unit = m.group(2) == null ? "b" : m.group(2);
    long factor = switch (unit) {
      case "kb", "k" -> 1024L;
      case "mb", "m" -> 1024L * 1024;
      case "gb", "g" -> 1024L * 1024 * 1024;
      default -> 1L;
    };
    long n;
    try {
      n = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
    if (n <= 0 || n >= MAX) {
      throw new TypeConversionException("'" + value + "' must be more than 0 and less than 2GB");
    }
    return n;
  }
}
