package org.newsgraph.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an HTML page into plain text: one paragraph per block element, entities decoded. */
final class Html {
  private Html() {}

  private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|head|nav|footer|aside|figure|figcaption)\\b.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|header|title)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

  static String toText(String html) {
    String s = COMMENT.matcher(html).replaceAll(" ");
    s = DROP.matcher(s).replaceAll(" ");
    s = BLOCK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = decodeEntities(s);
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n")) {
      String t = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
      if (!t.isEmpty()) {
        out.append(t).append("\n\n");
      }
    }
    return out.toString();
  }

  static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        switch (e) {
          case "amp": r = "&"; break;
          case "lt": r = "<"; break;
          case "gt": r = ">"; break;
          case "quot": r = "\""; break;
          case "apos": r = "'"; break;
          case "nbsp": r = " "; break;
          case "rsquo": r = "\u2019"; break;
          case "lsquo": r = "\u2018"; break;
          case "rdquo": r = "\u201d"; break;
          case "ldquo": r = "\u201c"; break;
          case "mdash": r = "\u2014"; break;
          case "ndash": r = "\u2013"; break;
          case "hellip": r = "\u2026"; break;
          default: r = m.group(0);
        }
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
