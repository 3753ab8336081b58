package org.newsgraph.export;

import java.util.List;
import java.util.Map;

/** A small JSON writer: ordered objects, correct string escapes; nothing else to depend on. */
final class Json {
  private Json() {}

  /**
   * Writes maps (in their iteration order), lists, strings, numbers, booleans and null. With
   * {@code htmlSafe}, {@code <}, {@code >} and {@code &} are written as escapes so the text can sit
   * inside an HTML {@code <script>} element.
   */
  static void write(StringBuilder out, Object value, boolean htmlSafe) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s, htmlSafe);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> m) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, String.valueOf(e.getKey()), htmlSafe);
        out.append(':');
        write(out, e.getValue(), htmlSafe);
      }
      out.append('}');
    } else if (value instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, l.get(i), htmlSafe);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  private static void string(StringBuilder out, String s, boolean htmlSafe) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || (htmlSafe && (c == '<' || c == '>' || c == '&'))) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
