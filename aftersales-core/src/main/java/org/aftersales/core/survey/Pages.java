package org.aftersales.core.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads every row of a period through a query that answers at most {@code max} rows ordered by an
 * instant: keyset paging on the instant, rows at the boundary instant read again and skipped by
 * key, the page doubled when a whole page shares one instant (so ties never loop).
 */
final class Pages {

  /** Rows per query at first. */
  static final int PAGE = 500;

  private Pages() {}

  /** A query of {@code [from, to)} answering at most {@code max} rows in instant order. */
  interface Query<T> {
    List<T> page(Instant from, int max);
  }

  static <T, K> List<T> all(Query<T> query, Instant from, Function<T, Instant> instant,
      Function<T, K> key) {
    List<T> out = new ArrayList<>();
    Set<K> seen = new HashSet<>();
    Instant cursor = from;
    int max = PAGE;
    while (true) {
      List<T> page = query.page(cursor, max);
      for (T row : page) {
        if (seen.add(key.apply(row))) {
          out.add(row);
        }
      }
      if (page.size() < max) {
        return out;
      }
      Instant last = instant.apply(page.get(page.size() - 1));
      if (last.equals(cursor)) {
        max *= 2; // a whole page at one instant: read more of it at once
      } else {
        cursor = last;
      }
    }
  }
}
