package org.newsgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Just enough JSON for the report: maps, lists, strings and numbers. */
public final class Json {
  private Json() {}

  public static String write(Object o) {
    StringBuilder sb = new StringBuilder();
    write(o, sb, "");
    return sb.toString();
  }

  private static void write(Object o, StringBuilder sb, String indent) {
    if (o instanceof Map<?, ?> m) {
      sb.append("{");
      String inner = indent + "  ";
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "\n" : ",\n").append(inner);
        string(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        write(e.getValue(), sb, inner);
        first = false;
      }
      sb.append(first ? "}" : "\n" + indent + "}");
    } else if (o instanceof List<?> l) {
      sb.append("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        write(l.get(i), sb, indent);
      }
      sb.append("]");
    } else if (o instanceof Double d) {
      sb.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
    } else if (o instanceof Number || o instanceof Boolean) {
      sb.append(o);
    } else {
      string(String.valueOf(o), sb);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
