package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.corpus.AtomicWrite;
import org.newsgraph.corpus.InputFolder;
import org.newsgraph.corpus.InputGlob;

/**
 * What {@code build} checks before any engine starts, so that what would stop the build at its end
 * is said at the start, and the line said when no article was built (then no file is written).
 */
public final class BuildChecks {
  private BuildChecks() {}

  /**
   * A usage error in one line, or null: first the engine's own ({@link Engine#refuse}: the output
   * formats it writes, its options), then what every engine needs: a folder to read and a folder
   * it may write in.
   */
  public static String refuse(Engine engine, BuildRequest r) {
    String own = engine.refuse(r);
    if (own != null) {
      return own;
    }
    if (InputGlob.is(r.input())) {
      Path root = InputGlob.root(r.input());
      if (!Files.isDirectory(root)) {
        return "no folder " + root + ": the glob --input " + r.input() + " is matched in it";
      }
    } else if (!Files.isDirectory(r.input())) {
      return (Files.exists(r.input()) ? r.input() + " is not a folder" : "no folder " + r.input())
          + ": --input wants a folder of articles";
    }
    // an engine that writes into the output folder (Spark's shards) needs that folder; else its parent
    Path where = Files.isDirectory(r.output()) ? r.output().toAbsolutePath() : r.output().toAbsolutePath().getParent();
    if (where != null && Files.isDirectory(where) && !Files.isWritable(where)) {
      return "cannot write in " + where + " (--output " + r.output() + ")";
    }
    return null;
  }

  /**
   * Runs the engine's build, unless the input folder holds no file read as an article: then one
   * line says what the folder holds, nothing is written and the exit code is {@link
   * ExitCodes#INPUT_FAILED}. First, the temporary files that killed runs left beside the output
   * are removed, with a line saying so ({@link AtomicWrite#removeStale}).
   */
  public static int build(Engine engine, BuildRequest r) throws IOException {
    AtomicWrite.removeStale(r.output()).ifPresent(line -> {
      r.err().println(line);
      r.err().flush();
    });
    String none = noArticle(r.input());
    if (none != null) {
      return nothingBuilt(r, none);
    }
    return engine.build(r);
  }

  /** Why {@code dir} gives no article ("no article in DIR: it is empty"…), or null when it holds one. */
  public static String noArticle(Path dir) {
    if (InputGlob.is(dir)) {
      try {
        return InputGlob.files(dir).stream().anyMatch(ArticleReader::isArticleFile) ? null
            : "no article file matches " + dir + " (in " + InputGlob.root(dir).toAbsolutePath().normalize() + ")";
      } catch (IOException | java.io.UncheckedIOException e) {
        return null; // the reader says why it cannot be listed
      }
    }
    return InputFolder.hasArticleFiles(dir) ? null : "no article in " + dir + ": " + InputFolder.whyNoArticle(dir);
  }

  /**
   * For an engine whose articles all failed (their problems already said): the line that says
   * nothing was written; the output, and anything else the build would have made, is left as it was.
   */
  public static int nothingBuilt(BuildRequest r, List<String> problems) {
    return nothingBuilt(r, "none of the articles in " + r.input() + " could be built (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + " above)");
  }

  private static int nothingBuilt(BuildRequest r, String why) {
    PrintWriter err = r.err();
    err.println("newsgraph build: nothing written to " + r.output() + ": " + why);
    err.flush();
    return ExitCodes.INPUT_FAILED;
  }
}
