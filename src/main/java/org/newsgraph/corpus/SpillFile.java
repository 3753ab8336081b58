package org.newsgraph.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of items written once in order and read back once in the same order, the life
 * cycle the build's spills share (annotated articles, article graphs): items are written to
 * {@link #output()}, each counted with {@link #wrote()}; the first {@link #nextInput()} ends the
 * writing, and reading past the last item written fails. Deleted on {@link #close()}, also when
 * not read to the end; it lives in the process's {@link TempFolder}, so a killed process's spill
 * is removed at the next start.
 */
public final class SpillFile implements AutoCloseable {
  private final Path file;
  private final String what;
  private DataOutputStream out;
  private DataInputStream in;
  private int written;
  private int read;

  /**
   * Creates the file ({@code prefix} starts its name); {@code what} names the items in messages,
   * e.g. "article graphs".
   */
  public SpillFile(String prefix, String what) {
    this.what = what;
    try {
      this.file = TempFolder.newFile(prefix, ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for the " + what, e);
    }
    try {
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      delete();
      throw new UncheckedIOException("cannot write the temporary file " + file, e);
    }
  }

  /** The temporary file. */
  public Path path() {
    return file;
  }

  /** Items written so far. */
  public int written() {
    return written;
  }

  /** Where the next item is written; fails once the reading has begun. */
  public DataOutputStream output() {
    if (out == null) {
      throw new IllegalStateException("the temporary file of " + what + " is being read");
    }
    return out;
  }

  /** An item was written whole. */
  public void wrote() {
    written++;
  }

  /**
   * Where the next item is read from (the first call ends the writing); fails when every item
   * written was read.
   */
  public DataInputStream nextInput() throws IOException {
    if (in == null) {
      if (out != null) {
        out.close();
        out = null;
      }
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }
    if (read >= written) {
      throw new IllegalStateException("all " + written + " " + what + " were read");
    }
    read++;
    return in;
  }

  /** The failure to report for an input or output error, naming the file. */
  public UncheckedIOException failure(IOException e) {
    return new UncheckedIOException("cannot " + (in == null ? "write the " + what + " to " : "read the " + what + " from ")
        + file, e);
  }

  /** Closes and deletes the file. */
  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
      if (in != null) {
        in.close();
        in = null;
      }
    } catch (IOException e) {
      delete();
      throw new UncheckedIOException("cannot close " + file, e);
    }
    delete();
  }

  private void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file, e);
    }
  }
}
