package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.extract.EntityResolver.Entity;
import org.newsgraph.nlp.EntityType;

/** Organisations written both as acronyms ("ACLU") and in full ("American Civil Liberties Union"). */
final class Acronyms {
  private Acronyms() {}

  /** An organisation written as an acronym joins the one whose initials it spells. */
  static void join(Map<String, Entity> others) {
    Map<String, Entity> byInitials = new HashMap<>();
    for (Map.Entry<String, Entity> en : others.entrySet()) {
      Entity e = en.getValue();
      if (e.type != EntityType.ORGANIZATION) {
        continue;
      }
      for (String f : e.forms.keySet()) {
        String ini = initials(f);
        if (ini.length() >= 3) {
          byInitials.putIfAbsent(ini, e);
        }
      }
    }
    for (Map.Entry<String, Entity> en : new ArrayList<>(others.entrySet())) {
      Entity e = en.getValue();
      if (e.type != EntityType.ORGANIZATION || e.forms.size() != 1) {
        continue;
      }
      String f = e.forms.keySet().iterator().next();
      String acr = f.replace(".", "");
      if (!acr.matches("\\p{Lu}{3,6}")) {
        continue;
      }
      Entity full = byInitials.get(acr);
      if (full != null && full != e) {
        e.forms.forEach((k, v) -> full.forms.merge(k, v, Integer::sum));
        others.put(en.getKey(), full);
      }
    }
  }

  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }
}
