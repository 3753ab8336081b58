package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads the Wikidata API's JSON answers (wbsearchentities, wbgetentities) into our records. */
final class WikidataJson {
  private WikidataJson() {}

  static List<SearchHit> hits(JsonArray search) {
    List<SearchHit> out = new ArrayList<>();
    for (JsonValue v : search) {
      if (!v.isObject()) {
        continue;
      }
      JsonObject h = v.getAsObject();
      String id = str(h, "id");
      if (id == null || !id.matches("Q[1-9][0-9]*")) {
        continue;
      }
      JsonObject match = h.hasKey("match") && h.get("match").isObject() ? h.getObj("match") : null;
      out.add(
          new SearchHit(
              id,
              orEmpty(str(h, "label")),
              orEmpty(str(h, "description")),
              match == null ? "" : orEmpty(str(match, "type")),
              match == null ? "" : orEmpty(str(match, "text"))));
    }
    return out;
  }

  static WikidataEntity entity(JsonObject o) {
    String id = str(o, "id");
    if (id == null) {
      return null;
    }
    String label = langValue(o, "labels");
    String description = langValue(o, "descriptions");
    List<String> aliases = new ArrayList<>();
    if (o.hasKey("aliases") && o.get("aliases").isObject()) {
      JsonValue en = o.getObj("aliases").get("en");
      if (en != null && en.isArray()) {
        for (JsonValue a : en.getAsArray()) {
          if (a.isObject() && str(a.getAsObject(), "value") != null) {
            aliases.add(str(a.getAsObject(), "value"));
          }
        }
      }
    }
    Map<String, List<String>> claims = new LinkedHashMap<>();
    boolean coords = false;
    if (o.hasKey("claims") && o.get("claims").isObject()) {
      JsonObject c = o.getObj("claims");
      for (String prop : WikidataClient.CLAIMS) {
        List<String> vals = itemValues(c.get(prop));
        if (!vals.isEmpty()) {
          claims.put(prop, vals);
        }
      }
      coords = c.hasKey("P625");
    }
    return new WikidataEntity(id, orEmpty(label), aliases, orEmpty(description), claims, coords);
  }

  static List<String> itemValues(JsonValue statements) {
    List<String> out = new ArrayList<>();
    if (statements == null || !statements.isArray()) {
      return out;
    }
    for (JsonValue st : statements.getAsArray()) {
      if (!st.isObject() || "deprecated".equals(str(st.getAsObject(), "rank"))) {
        continue;
      }
      JsonObject snak = st.getAsObject().getObj("mainsnak");
      if (snak == null || !"value".equals(str(snak, "snaktype"))) {
        continue;
      }
      JsonObject dv = snak.getObj("datavalue");
      if (dv == null || !"wikibase-entityid".equals(str(dv, "type"))) {
        continue;
      }
      JsonObject val = dv.getObj("value");
      String id = val == null ? null : str(val, "id");
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  static String langValue(JsonObject o, String field) {
    if (!o.hasKey(field) || !o.get(field).isObject()) {
      return null;
    }
    JsonObject en = o.getObj(field).getObj("en");
    return en == null ? null : str(en, "value");
  }

  static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.isString() ? v.getAsString().value() : null;
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
