package org.newsgraph.link;

import java.io.IOException;
import java.net.URI;

/** The fake Wikidata of the link tests, for tests outside this package. */
public final class FakeWorld implements AutoCloseable {
  private final FakeWikidata fake;

  private FakeWorld(FakeWikidata fake) {
    this.fake = fake;
  }

  public static FakeWorld start() throws IOException {
    return new FakeWorld(FakeWikidata.world());
  }

  public URI baseUrl() {
    return fake.baseUrl();
  }

  public int requests() {
    return fake.requests();
  }

  /** The User-Agent of every request received. */
  public java.util.List<String> userAgents() {
    return fake.seen().stream().map(FakeWikidata.Seen::userAgent).toList();
  }

  @Override
  public void close() {
    fake.close();
  }
}
