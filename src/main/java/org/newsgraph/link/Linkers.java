package org.newsgraph.link;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Ready-made linkers for the pipeline and the {@code link} command. */
public final class Linkers {
  private Linkers() {}

  /** Offline: the standard gazetteer only. Deterministic; no file outside the project is read. */
  public static Linker offline() {
    return new GazetteerLinker(Gazetteer.standard());
  }

  /**
   * The gazetteer first, then Wikidata through {@code client} (which answers from its cache, and
   * from the network unless it was built offline or finds the network absent).
   */
  public static Linker withWikidata(WikidataClient client) {
    Gazetteer g = Gazetteer.standard();
    return chain(
        new GazetteerLinker(g),
        new WikidataLinker(client, g, TypeClasses.standard(), Scoring.DEFAULT));
  }

  /**
   * Online linking with default settings: the real API at {@code baseUrl} (null for the default),
   * responses cached in {@code cacheDir} (null for {@code ~/.cache/newsgraph/wikidata}), warnings
   * (one line each) to {@code warnings}. This is what {@code build --link-online} should call.
   */
  public static Linker online(URI baseUrl, Path cacheDir, Consumer<String> warnings) {
    WikidataClient.Config cfg = WikidataClient.Config.defaults();
    if (baseUrl != null) {
      cfg = cfg.withBaseUrl(baseUrl);
    }
    if (cacheDir != null) {
      cfg = cfg.withCacheDir(cacheDir);
    }
    return withWikidata(new WikidataClient(cfg, warnings));
  }

  /** The first link any of {@code linkers} finds, in order. */
  public static Linker chain(Linker... linkers) {
    List<Linker> all = List.of(linkers);
    return c -> {
      for (Linker l : all) {
        Optional<Link> link = l.link(c);
        if (link.isPresent()) {
          return link;
        }
      }
      return Optional.empty();
    };
  }
}
