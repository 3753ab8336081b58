package org.newsgraph.spark;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.rdf.GraphFiles;

/**
 * The N-Quads lines of a Spark build written as sorted shards: {@code part-00000.nq},
 * {@code part-00001.nq}, … in a folder, each line once, in {@link String#compareTo} order across
 * the shards (a range partitioning), so that the shards put end to end are the local build's
 * sorted N-Quads file, byte for byte. Each executor writes its own shards: on a cluster the folder
 * must be one every machine sees.
 */
public final class Shards {
  private Shards() {}

  /** The shards of a folder, in order. */
  public static List<Path> of(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "part-*.nq")) {
      s.forEach(out::add);
    }
    out.sort(null);
    return out;
  }

  /**
   * Sorts the lines (each distinct line once) into {@code shards} ranges and writes them, one file
   * per range, into {@code dir} (made if missing; its old shards removed first). Returns the
   * number of lines written.
   */
  public static long write(JavaRDD<String> lines, Path dir, int shards) throws IOException {
    Files.createDirectories(dir);
    for (Path old : of(dir)) {
      Files.delete(old);
    }
    String target = dir.toAbsolutePath().toString();
    List<Long> written = lines.sortBy(l -> l, true, Math.max(1, shards)).mapPartitionsWithIndex((i, it) -> {
      Path shard = Path.of(target, String.format(Locale.ROOT, "part-%05d.nq", i));
      return List.of(writeDistinct(it, shard)).iterator();
    }, false).collect();
    return written.stream().mapToLong(Long::longValue).sum();
  }

  /** Writes sorted lines to a file, a line equal to the one before it left out; the number written. */
  private static long writeDistinct(Iterator<String> sorted, Path file) {
    long n = 0;
    // a new file: never written through a link planted where the old shard was
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
      String previous = null;
      while (sorted.hasNext()) {
        String line = sorted.next();
        if (!line.equals(previous)) {
          w.write(line);
          w.write('\n');
          n++;
        }
        previous = line;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the shard " + file, e);
    }
    return n;
  }

  /**
   * The files put end to end as one stream, each opened when the one before it is read (a reader
   * of N-Quads then takes them as one document: the same blank node label, the same node).
   */
  public static InputStream endToEnd(List<Path> files) {
    Iterator<Path> next = files.iterator();
    return new SequenceInputStream(new Enumeration<InputStream>() {
      @Override
      public boolean hasMoreElements() {
        return next.hasNext();
      }

      @Override
      public InputStream nextElement() {
        Path p = next.next();
        try {
          return new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the shard " + p, e);
        }
      }
    });
  }

  /** Puts the shards of {@code dir} end to end into {@code file} (written whole, or not at all). */
  public static void concatenate(Path dir, Path file) throws IOException {
    List<Path> parts = of(dir);
    GraphFiles.writeAtomically(file, os -> {
      for (Path p : parts) {
        Files.copy(p, os);
      }
    });
  }
}
