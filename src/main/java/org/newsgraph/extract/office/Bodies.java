package org.newsgraph.extract.office;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.extract.Ref;

/**
 * The body an office's holders sit on (office-bodies.tsv): a council member is a member of the
 * city council the article names, a supervisor of the board of supervisors.
 */
final class Bodies {
  private final Map<String, String> bodyOf = new HashMap<>();

  Bodies() {
    for (String[] f : LexiconFiles.tsv("office-bodies.tsv", 2)) {
      bodyOf.put(f[0].toLowerCase(Locale.ROOT), f[1].toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The organisation of the article that is the body of this title: one whose name ends with the
   * body, the one whose name holds the jurisdiction's first; none when the title has no body.
   */
  Optional<Ref> of(ArticleContext a, String title, String where) {
    String body = bodyOf.get(title.toLowerCase(Locale.ROOT));
    if (body == null) {
      return Optional.empty();
    }
    String place = where == null ? "" : where.toLowerCase(Locale.ROOT).replaceFirst(" county$", "");
    Ref any = null;
    for (Mention m : a.mentions()) {
      String label = a.labelOf(m).toLowerCase(Locale.ROOT);
      if (m.type() != EntityType.ORGANIZATION || !(label.equals(body) || label.endsWith(" " + body))) {
        continue;
      }
      if (!place.isEmpty() && label.startsWith(place + " ")) {
        return Optional.of(m.entity());
      }
      any = any == null ? m.entity() : any;
    }
    return Optional.ofNullable(any);
  }
}
