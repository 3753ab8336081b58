package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A TDB2 store's directory: what it says about itself without opening it (whether it holds a
 * database, which process holds its lock, and where the {@code newsgraph serve} holding it answers,
 * a note the server writes while it runs, so that a command refused the store can say where to
 * ask), and the checks made before TDB2 opens it. TDB2 makes what is missing without a word: a
 * directory whose data folder lost a file or two is opened as a store with that index or those
 * nodes empty, and answers queries wrongly. So a directory that holds a data folder ({@code
 * Data-0001}, …) must hold all of its files, and opening it must read back; otherwise it is damaged
 * ({@link StoreDamagedException}), and nothing is read from it or written to it.
 */
public final class StoreDirectory {
  /** The note a running server keeps in its store directory: its process id and address. */
  static final String SERVER_NOTE = "newsgraph-server.tsv";

  private StoreDirectory() {}

  private static final Pattern DATA = Pattern.compile("Data-\\d{4}");
  /** The files of a TDB2 data folder (indexes of triples and quads, nodes, prefixes). */
  private static final List<String> FILES = files();

  private static List<String> files() {
    List<String> out = new java.util.ArrayList<>();
    for (String index : new String[] {"SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG", "GPU",
        "nodes", "prefixes"}) {
      for (String ext : new String[] {".bpt", ".dat", ".idn"}) {
        out.add(index + ext);
      }
    }
    out.addAll(List.of("nodes-data.bdf", "nodes-data.obj", "prefixes-data.bdf", "prefixes-data.obj"));
    return List.copyOf(out);
  }

  /** The newest data folder of a store directory, if it has one. */
  static Optional<Path> dataFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    TreeSet<Path> data = new TreeSet<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (DATA.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          data.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the store directory " + dir, e);
    }
    return data.isEmpty() ? Optional.empty() : Optional.of(data.last());
  }

  /**
   * Whether {@code dir} holds a TDB2 database (a {@code Data-NNNN} folder), damaged or not, so
   * opening it creates nothing.
   */
  public static boolean isStore(Path dir) {
    try {
      return dataFolder(dir).isPresent();
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Opens the store in {@code dir}, made when the directory holds none.
   *
   * @throws StoreLockedException when another process holds it
   * @throws StoreDamagedException when its data folder lacks a file or cannot be read
   */
  static DatasetGraph open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the store directory " + dir, e);
    }
    Optional<Path> data = dataFolder(dir);
    if (data.isPresent()) {
      for (String f : FILES) {
        if (!Files.isRegularFile(data.get().resolve(f))) {
          throw new StoreDamagedException(dir, data.get().getFileName() + "/" + f + " is missing", null);
        }
      }
    }
    DatasetGraph dsg;
    try {
      dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
    } catch (RuntimeException e) {
      if (locked(e)) {
        throw new StoreLockedException(dir, e);
      }
      throw new StoreDamagedException(dir, "TDB2 cannot open it: " + e.getMessage(), e);
    }
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    try {
      // read the first graph name and quad: a damaged index or node table fails here, not in a query
      Txn.executeRead(dsg, () -> {
        Iterator<Node> g = dsg.listGraphNodes();
        if (g.hasNext()) {
          g.next();
        }
        dsg.find().hasNext();
      });
    } catch (RuntimeException e) {
      org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
      throw new StoreDamagedException(dir, "it cannot be read: " + e.getMessage(), e);
    }
    return dsg;
  }

  /** Whether TDB2 refused because another process holds the directory. */
  private static boolean locked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.matches("(?s).*\\block(ed)?\\b.*")) { // "Location is locked", not "block manager"
        return true;
      }
    }
    return false;
  }

  /** Deletes a store directory this process made and did not use (nothing else may be in it). */
  public static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // what is left is an empty store, which the next run uses
    }
  }

  /**
   * Notes that this process serves the store in {@code dir} at {@code baseUrl} (http://host:port),
   * written as {@code newsgraph-inputs.tsv} is: never through a link left there.
   */
  public static void noteServer(Path dir, String baseUrl) {
    try {
      byte[] note = (ProcessHandle.current().pid() + "\t" + baseUrl + "\n").getBytes(StandardCharsets.UTF_8);
      org.newsgraph.corpus.AtomicWrite.write(dir.resolve(SERVER_NOTE), os -> os.write(note));
    } catch (IOException e) {
      // only a hint for other commands' messages: serving goes on without it
    }
  }

  /** Removes the note of {@link #noteServer}. */
  public static void forgetServer(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(SERVER_NOTE));
    } catch (IOException e) {
      // a stale note is ignored: it names a process that no longer holds the lock
    }
  }

  /** The process id in the TDB2 lock file, if there is one. */
  static Optional<Long> lockHolder(Path dir) {
    try {
      String text = Files.readString(dir.resolve("tdb.lock"), StandardCharsets.UTF_8).strip();
      return Optional.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The address of the newsgraph server that holds the store, when its note names the lock's holder. */
  static Optional<String> serverUrl(Path dir, Optional<Long> holder) {
    try {
      String[] note = Files.readString(dir.resolve(SERVER_NOTE), StandardCharsets.UTF_8).strip().split("\t");
      if (note.length == 2 && holder.isPresent() && Long.parseLong(note[0]) == holder.get()) {
        return Optional.of(note[1]);
      }
    } catch (IOException | NumberFormatException e) {
      // no note, or not one of ours
    }
    return Optional.empty();
  }
}
