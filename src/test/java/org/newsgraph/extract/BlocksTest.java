package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;

/**
 * The resolution by blocks gives what one block holding every name gives (so blocks can be
 * resolved on different machines), while it really splits the corpus; and the refs of entities
 * that share a slug are minted in the order of their first mention. Invented names.
 */
class BlocksTest {
  private static final EntityResolver RESOLVER = EntityResolver.standard();

  /** Three invented articles meeting each rule that looks beyond a name's own surname or key. */
  private static List<EntityResolver.Found> corpus() {
    return List.of(
        article(0, person("Maria Gonzalez"), person("Gonzalez"), org("American Civil Liberties Union"),
            person("Dana Whitfield"), org("Harbor City Council"), person("Tom Reyes Jr.")),
        // a lone first name after the full name; an acronym; a person's name typed as an
        // organisation; a lone surname of the only person so named; a place that is a surname
        article(1, person("Maria Gonzalez"), person("Maria"), org("ACLU"), org("Loretta Vance"),
            person("Whitfield"), place("Orlando"), person("Orlando Pike")),
        article(2, person("Loretta Vance"), person("Mr. Haverkamp", true), person("Haverkamp"),
            person("Tom Reyes"), person("Reyes"), place("Harbor City"), org("Harbor City Council")));
  }

  @Test
  void blocksGiveWhatOneBlockGives() {
    List<EntityResolver.Found> found = corpus();
    EntityResolver.Result blocked = Blocks.resolve(RESOLVER, found);
    EntityResolver.Result whole = Blocks.resolve(RESOLVER, found, Blocks.blocks(found, f -> sameKey(f)));
    assertEquals(whole.mentions(), blocked.mentions(), "the same mentions, refs and all, in each article");
    assertEquals(whole.entities().keySet(), blocked.entities().keySet());
    assertTrue(blocked.entities().keySet().stream().anyMatch(r -> r.slug().equals("american-civil-liberties-union")),
        blocked.entities().keySet().toString());
  }

  @Test
  void theBlocksSplitTheCorpusWhereNoRuleJoinsTheNames() {
    List<EntityResolver.Found> found = corpus();
    NameKeys keys = RESOLVER.keys();
    List<List<Blocks.Name>> blocks = Blocks.blocks(found, f -> keys.of(f.raws));
    List<String> texts = new ArrayList<>();
    for (List<Blocks.Name> b : blocks) {
      texts.add(String.join(" + ", b.stream().map(n -> n.raw.text()).toList()));
    }
    assertTrue(blocks.size() >= 6, texts.toString());
    assertEquals(blockOf(blocks, "Maria"), blockOf(blocks, "Maria Gonzalez"), "a lone first name: " + texts);
    assertEquals(blockOf(blocks, "ACLU"), blockOf(blocks, "American Civil Liberties Union"), texts.toString());
    assertEquals(blockOf(blocks, "Whitfield"), blockOf(blocks, "Dana Whitfield"), texts.toString());
    assertEquals(blockOf(blocks, "Orlando"), blockOf(blocks, "Orlando Pike"), texts.toString());
    assertNotEquals(blockOf(blocks, "Maria Gonzalez"), blockOf(blocks, "Dana Whitfield"), texts.toString());
    assertNotEquals(blockOf(blocks, "Harbor City Council"), blockOf(blocks, "Loretta Vance"), texts.toString());
  }

  @Test
  void refsOfOneSlugGoInTheOrderOfFirstMention() {
    Blocks.Labelled later = labelled("Ann Lee", Blocks.position(3, 0));
    Blocks.Labelled earlier = labelled("Ann Lee", Blocks.position(1, 7));
    Blocks.Labelled latest = labelled("Ann Lee", Blocks.position(3, 2));
    assertEquals(List.of(new Ref("person", "ann-lee-2"), new Ref("person", "ann-lee"), new Ref("person", "ann-lee-3")),
        Blocks.mint(List.of(later, earlier, latest)));
  }

  private static Blocks.Labelled labelled(String label, long first) {
    return new Blocks.Labelled(0, "person", "ann-lee", label, EntityType.PERSON, first, List.of(label));
  }

  private static int blockOf(List<List<Blocks.Name>> blocks, String text) {
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b).stream().anyMatch(n -> n.raw.text().equals(text))) {
        return b;
      }
    }
    throw new AssertionError("no block holds " + text);
  }

  private static List<Set<String>> sameKey(EntityResolver.Found f) {
    List<Set<String>> out = new ArrayList<>();
    f.raws.forEach(r -> out.add(Set.of("all")));
    return out;
  }

  private static EntityResolver.Found article(int a, Object[]... names) {
    List<RawName> raws = new ArrayList<>();
    int offset = 0;
    for (Object[] n : names) {
      String text = (String) n[0];
      boolean titled = n.length > 2 && (Boolean) n[2];
      String surface = titled ? text.substring(text.indexOf(' ') + 1) : text;
      int tokens = surface.split(" ").length;
      raws.add(new RawName(a, raws.size(), new NameSpan(0, tokens, (EntityType) n[1], 0.9, "test"), offset,
          offset + surface.length(), surface, titled, false));
      offset += surface.length() + 1;
    }
    return new EntityResolver.Found(a, raws);
  }

  private static Object[] person(String text) {
    return new Object[] {text, EntityType.PERSON};
  }

  private static Object[] person(String text, boolean titled) {
    return new Object[] {text, EntityType.PERSON, titled};
  }

  private static Object[] org(String text) {
    return new Object[] {text, EntityType.ORGANIZATION};
  }

  private static Object[] place(String text) {
    return new Object[] {text, EntityType.PLACE};
  }
}
