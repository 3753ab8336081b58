package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Where in an article's list of names the full names (two words or more) are that contain a given
 * word, so that a lone name ("Ruiz") finds the nearest full name it belongs to without reading
 * every name of the article: looking up each lone name in a scan of all the names made an article
 * of 50,000 names cost the square of that.
 */
final class FullNameIndex {
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  /**
   * @param names how many names the article has
   * @param fullName the words of name {@code k} when it is a person's full name, else an empty list
   */
  FullNameIndex(int names, IntFunction<List<String>> fullName) {
    for (int k = 0; k < names; k++) {
      for (String w : new java.util.HashSet<>(fullName.apply(k))) {
        byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k); // ascending k
      }
    }
  }

  /**
   * The names holding {@code word} in the order a search from name {@code i} meets them: those
   * before it, nearest first, then those after it, nearest first; found by binary search and
   * given one at a time, as the search usually stops at the first.
   */
  Iterator<Integer> nearest(String word, int i) {
    List<Integer> at = byWord.getOrDefault(word, List.of());
    int split = Collections.binarySearch(at, i);
    int before = split >= 0 ? split - 1 : -split - 2;
    int after = split >= 0 ? split + 1 : -split - 1;
    return new Iterator<>() {
      private int back = before;
      private int ahead = after;

      @Override
      public boolean hasNext() {
        return back >= 0 || ahead < at.size();
      }

      @Override
      public Integer next() {
        if (back >= 0) {
          return at.get(back--);
        }
        if (ahead < at.size()) {
          return at.get(ahead++);
        }
        throw new NoSuchElementException();
      }
    };
  }
}
