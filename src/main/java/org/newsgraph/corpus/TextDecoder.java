package org.newsgraph.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, by detection rather than guessing: binary data is refused; UTF-8 (with or without
 * a byte-order mark) is read strictly, as is UTF-16 or UTF-32 with a byte-order mark; a charset
 * the document declares ({@code <meta charset>}, an XML declaration) is honoured; otherwise a file
 * that is not UTF-8 is read as Windows-1252 only when it is plausible Windows-1252 text (every byte
 * defined, few non-ASCII characters, and those letters inside words or common punctuation). Anything else is refused with a message naming the
 * first bad byte. Line breaks become {@code \n}, one character for one, so offsets stay put.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** The text and the charset it was read with. */
  public record Decoded(String text, String charset) {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  private static final Pattern XML_ENCODING = Pattern.compile(
      "(?i)^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  public static Decoded decode(String name, byte[] bytes) throws CorpusException {
    Charset utf32 = utf32ByteOrderMark(bytes);
    if (utf32 != null) { // before UTF-16: FF FE 00 00 starts with UTF-16's little-endian mark
      try {
        return new Decoded(normalise(strict(utf32, ByteBuffer.wrap(bytes, 4, bytes.length - 4))), utf32.name());
      } catch (CharacterCodingException e) {
        throw new CorpusException(name, "starts with a UTF-32 byte-order mark but is not valid UTF-32", e);
      }
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      try {
        String s = strict(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2));
        return new Decoded(normalise(s), utf16.name());
      } catch (CharacterCodingException e) {
        throw new CorpusException(name, "starts with a UTF-16 byte-order mark but is not valid UTF-16", e);
      }
    }
    refuseBinary(name, bytes);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int bad;
    try {
      String s = strict(StandardCharsets.UTF_8, in);
      if (s.startsWith("\uFEFF")) {
        s = " " + s.substring(1); // keep offsets: the BOM becomes a space the cleaner trims
      }
      return new Decoded(normalise(s), "UTF-8");
    } catch (CharacterCodingException e) {
      bad = firstBadUtf8(bytes);
    }
    Optional<Charset> declared = declaredCharset(bytes);
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      Charset cs = declared.get();
      try {
        return new Decoded(normalise(strict(cs, ByteBuffer.wrap(bytes))), cs.name());
      } catch (CharacterCodingException e) {
        throw new CorpusException(name, "declares the charset " + cs.name() + " but is not valid " + cs.name(), e);
      }
    }
    String why = whyNotWindows1252(bytes);
    if (why == null) {
      return new Decoded(normalise(new String(bytes, WINDOWS_1252)), WINDOWS_1252.name());
    }
    throw new CorpusException(name, String.format(Locale.ROOT,
        "not valid UTF-8 (bad byte 0x%02X at offset %d) and not Windows-1252 text either (%s); "
            + "convert it to UTF-8 first, e.g. iconv -f ENCODING -t UTF-8", bytes[bad] & 0xff, bad, why));
  }

  /**
   * {@code bytes} decoded as {@link #decode} found them to be, without its line-break
   * normalisation (a byte-order mark is dropped).
   */
  static String raw(byte[] bytes, Decoded decoded) {
    String s = new String(bytes, Charset.forName(decoded.charset()));
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** UTF-32BE or UTF-32LE when the bytes start with that byte-order mark, else null. */
  private static Charset utf32ByteOrderMark(byte[] b) {
    if (b.length < 4) {
      return null;
    }
    if (b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return Charset.forName("UTF-32BE");
    }
    if (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    return null;
  }

  /** Refuses data that is not text: a NUL byte, or many control bytes, in the first 8 KB. */
  static void refuseBinary(String name, byte[] bytes) throws CorpusException {
    int probe = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < probe; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new CorpusException(name, "binary file (NUL byte at offset " + i + "), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (probe > 0 && control * 10 > probe) {
      throw new CorpusException(name, "binary file (" + control + " control bytes in the first " + probe + "), not text");
    }
  }

  private static String strict(Charset cs, ByteBuffer in) throws CharacterCodingException {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
  }

  private static String normalise(String s) {
    return s.replace('\r', '\n');
  }

  /** A charset named by an HTML meta tag or an XML declaration in the first 4 KB, if Java knows it. */
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    for (Pattern p : new Pattern[] {XML_ENCODING, META_CHARSET}) {
      Matcher m = p.matcher(head);
      if (m.find()) {
        try {
          Charset cs = Charset.forName(m.group(1));
          // ISO-8859-1 as declared on the web means Windows-1252 (the WHATWG encoding standard)
          return Optional.of(cs.equals(StandardCharsets.ISO_8859_1) || cs.name().equals("US-ASCII") ? WINDOWS_1252 : cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Offset of the first byte that is not part of a valid UTF-8 sequence. */
  static int firstBadUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int n = utf8Length(b, i);
      if (n < 0) {
        return i;
      }
      i += n;
    }
    return 0;
  }

  /** Length of the valid UTF-8 sequence at {@code i}, or -1. */
  private static int utf8Length(byte[] b, int i) {
    int c = b[i] & 0xff;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      min = 0x10000;
    } else {
      return -1;
    }
    if (i + n > b.length) {
      return -1;
    }
    int cp = c & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      int cc = b[i + k] & 0xff;
      if ((cc & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return n;
  }

  /** Bytes that Windows-1252 leaves undefined. */
  private static boolean undefinedIn1252(int b) {
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
  }

  /** Non-ASCII characters common in Windows-1252 prose besides letters. */
  private static final String COMMON_PUNCTUATION =
      "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u00a3\u00a9\u00ae\u00b0\u00ab\u00bb"
          + "\u00a7\u00b6\u00b7\u00a1\u00bf\u00bd\u00bc\u00be\u00b1\u00d7\u00a0\u2122\u00a2\u00a5\u2020\u2021"
          + "\u2030\u2039\u203a\u00b4\u00b2\u00b3\u00b5\u00ba\u00aa";

  /** Null when the bytes read as plausible Windows-1252 text, else the reason they do not. */
  static String whyNotWindows1252(byte[] b) {
    int high = 0;
    int utf8Bytes = 0;
    int odd = 0;
    int isolated = 0;
    int asciiLetters = 0;
    int visible = 0;
    for (int i = 0; i < b.length; i++) {
      if (undefinedIn1252(b[i] & 0xff)) {
        return String.format(Locale.ROOT, "byte 0x%02X at offset %d is undefined there", b[i] & 0xff, i);
      }
    }
    String s = new String(b, WINDOWS_1252);
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x80) {
        high++;
        int n = utf8Length(b, i);
        if (n > 1) {
          utf8Bytes += n;
          high += n - 1;
          i += n - 1;
        }
      }
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!Character.isWhitespace(ch)) {
        visible++;
      }
      if (ch < 0x80) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
          asciiLetters++;
        }
        continue;
      }
      if (Character.isLetter(ch)) {
        boolean before = i > 0 && Character.isLetter(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        if (!before && !after) {
          isolated++;
        }
      } else if (COMMON_PUNCTUATION.indexOf(ch) < 0) {
        odd++;
      }
    }
    if (utf8Bytes > 0 && utf8Bytes * 2 >= high) {
      return "most of its non-ASCII bytes are valid UTF-8: mixed encodings or a damaged UTF-8 file";
    }
    if (high * 5 > b.length) {
      return high + " of " + b.length + " bytes are not ASCII";
    }
    if (visible > 0 && asciiLetters * 2 < visible) {
      return "fewer than half of its characters are letters";
    }
    if (odd * 10 > high || isolated * 3 > high) {
      return "its non-ASCII characters are symbols or stray letters, not words";
    }
    return null;
  }
}
