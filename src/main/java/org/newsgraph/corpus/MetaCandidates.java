package org.newsgraph.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata values offered for one article by its sources, merged by precedence: the source
 * kind first ({@link MetaSource}), then the order they were offered in (a reader offers its most
 * reliable fields first, e.g. JSON-LD before meta tags before the title element). Values that are
 * not usable (blank, a date that is not a date, a URL that is not an absolute http(s) URL) are
 * not offered.
 */
public final class MetaCandidates {
  private record Candidate(String field, String value, ArticleMeta.Origin origin, int order) {}

  private final List<Candidate> candidates = new ArrayList<>();

  /** Offers a value; returns whether it was usable. */
  public boolean add(String field, String value, MetaSource source, String where) {
    if (value == null) {
      return false;
    }
    String v = value.replaceAll("[\\s\\u00a0]+", " ").strip();
    if (v.isEmpty()) {
      return false;
    }
    switch (field) {
      case ArticleMeta.PUBLISHED -> {
        Optional<LocalDate> d = parseDate(v);
        if (d.isEmpty()) {
          return false;
        }
        v = d.get().toString();
      }
      case ArticleMeta.URL -> {
        if (!isWebUrl(v)) {
          return false;
        }
      }
      case ArticleMeta.PUBLISHER, ArticleMeta.HEADLINE, ArticleMeta.AUTHOR -> {
        if (v.length() > 500) {
          return false;
        }
      }
      default -> throw new IllegalArgumentException("unknown metadata field '" + field + "'");
    }
    candidates.add(new Candidate(field, v, new ArticleMeta.Origin(source, where), candidates.size()));
    return true;
  }

  /** Offers every value of metadata already merged (e.g. an articles.tsv row), with its origin. */
  public void addAll(ArticleMeta m) {
    offer(m, ArticleMeta.PUBLISHER, m.publisher());
    offer(m, ArticleMeta.PUBLISHED, m.published() == null ? null : m.published().toString());
    offer(m, ArticleMeta.HEADLINE, m.headline());
    offer(m, ArticleMeta.URL, m.url());
    ArticleMeta.Origin a = m.origins().get(ArticleMeta.AUTHOR);
    if (a != null) {
      for (String author : m.authors()) {
        add(ArticleMeta.AUTHOR, author, a.source(), a.field());
      }
    }
  }

  private void offer(ArticleMeta m, String field, String value) {
    ArticleMeta.Origin o = m.origins().get(field);
    if (value != null && o != null) {
      add(field, value, o.source(), o.field());
    }
  }

  public void addAll(MetaCandidates other) {
    for (Candidate c : other.candidates) {
      add(c.field(), c.value(), c.origin().source(), c.origin().field());
    }
  }

  /** The merged metadata: for each field the value of the best source. */
  public ArticleMeta resolve(String file) {
    Map<String, ArticleMeta.Origin> origins = new TreeMap<>();
    Map<String, String> values = new TreeMap<>();
    Comparator<Candidate> best = Comparator.comparingInt((Candidate c) -> c.origin().source().ordinal())
        .thenComparingInt(Candidate::order);
    for (String field : List.of(ArticleMeta.PUBLISHER, ArticleMeta.PUBLISHED, ArticleMeta.HEADLINE, ArticleMeta.URL)) {
      candidates.stream().filter(c -> c.field().equals(field)).min(best).ifPresent(c -> {
        values.put(field, c.value());
        origins.put(field, c.origin());
      });
    }
    // authors: every name from the best origin that gives any (a page lists several in one place)
    Optional<Candidate> firstAuthor = candidates.stream().filter(c -> c.field().equals(ArticleMeta.AUTHOR)).min(best);
    Set<String> authors = new LinkedHashSet<>();
    firstAuthor.ifPresent(f -> {
      origins.put(ArticleMeta.AUTHOR, f.origin());
      candidates.stream().filter(c -> c.field().equals(ArticleMeta.AUTHOR) && c.origin().equals(f.origin()))
          .forEach(c -> authors.add(c.value()));
    });
    String date = values.get(ArticleMeta.PUBLISHED);
    return new ArticleMeta(file, values.get(ArticleMeta.PUBLISHER), date == null ? null : LocalDate.parse(date),
        values.get(ArticleMeta.HEADLINE), values.get(ArticleMeta.URL), List.copyOf(authors), origins);
  }

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])");

  /**
   * A calendar date from the forms pages and feeds use: {@code 2021-12-08}, an ISO date-time (the
   * date as written, in its own offset) or an RFC 1123 date-time ({@code Wed, 08 Dec 2021 10:00:00
   * GMT}).
   */
  public static Optional<LocalDate> parseDate(String s) {
    String v = s.strip();
    Matcher m = ISO_DATE.matcher(v);
    try {
      if (m.find()) {
        return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      return plausible(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException | NumberFormatException e) {
      try {
        return plausible(OffsetDateTime.parse(v.replace(' ', 'T')).toLocalDate());
      } catch (DateTimeException e2) {
        return Optional.empty();
      }
    }
  }

  /** Years 1000 to 9999: four digits, as xsd:date writes them. */
  private static Optional<LocalDate> plausible(LocalDate d) {
    return d.getYear() >= 1000 && d.getYear() <= 9999 ? Optional.of(d) : Optional.empty();
  }

  /** An absolute http or https URL with a host, as an IRI can carry it. */
  public static boolean isWebUrl(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
          && s.chars().noneMatch(c -> c < 0x21 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
              || c == '|' || c == '\\' || c == '^' || c == '`');
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
