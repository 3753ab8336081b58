package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the NER corpus files under the given files or folders, in a stable (sorted) order. */
public final class NerCorpus {
  /** File name endings read as corpora when a folder is given. */
  public static final Set<String> EXTENSIONS =
      Set.of(".iob2", ".iob", ".bio", ".conll", ".conllu", ".train", ".dev");

  private NerCorpus() {}

  public static List<Path> files(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        out.add(root);
      } else if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(Files::isRegularFile).filter(NerCorpus::accepted).sorted().forEach(out::add);
        }
      } else {
        throw new IOException("no such corpus file or folder: " + root);
      }
    }
    return out;
  }

  static boolean accepted(Path p) {
    String n = p.getFileName().toString();
    for (String e : EXTENSIONS) {
      if (n.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
