package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text with a UTF-32 byte-order mark is read as UTF-32, not taken for UTF-16 full of NULs. */
class TextDecoderTest {
  @TempDir Path dir;

  private static final String TEXT = "Mayor Ada Placeholder of Exampleton said the library would open.\n";

  private static byte[] withMark(String charset, byte[] mark) {
    byte[] body = TEXT.getBytes(Charset.forName(charset));
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  @Test
  void utf32WithAByteOrderMarkIsDecoded() throws Exception {
    byte[] le = withMark("UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
    byte[] be = withMark("UTF-32BE", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
    assertEquals(new TextDecoder.Decoded(TEXT, "UTF-32LE"), TextDecoder.decode("le.txt", le));
    assertEquals(new TextDecoder.Decoded(TEXT, "UTF-32BE"), TextDecoder.decode("be.txt", be));
    // read from a folder, the article has the text
    Files.write(dir.resolve("le.txt"), le);
    ArticleReader.Result r = ArticleReader.standard().readDirectory(dir);
    assertEquals(1, r.articles().size(), r.problems().toString());
    assertTrue(r.articles().get(0).text().contains("Mayor Ada Placeholder"), r.articles().get(0).text());
  }

  @Test
  void aUtf32MarkOnBytesThatAreNotUtf32IsRefused() {
    byte[] bad = {(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x7F};
    CorpusException e = assertThrows(CorpusException.class, () -> TextDecoder.decode("bad.txt", bad));
    assertTrue(e.getMessage().contains("UTF-32"), e.getMessage());
  }
}
