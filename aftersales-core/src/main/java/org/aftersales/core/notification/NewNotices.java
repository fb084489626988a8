package org.aftersales.core.notification;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a sweep or reminder run records the notices it found due (到期通知的登记) — "due and not
 * yet recorded", never "due exactly now": one {@link NoticeLog#recordedAmong} for a page of
 * candidates, then the notices of the others built and recorded with one
 * {@link NoticeLog#recordAllIfAbsent}. A page with no candidate makes no log call, a page whose
 * candidates are all recorded makes no second one. Candidates are keys first and notices only when
 * new, so a run does not build (or an adapter write) what the log already has. Stateless and
 * thread-safe.
 */
public final class NewNotices {

  private NewNotices() {}

  /**
   * Records the candidates not yet recorded. Candidates sharing a key count once (the last one
   * given is the one built, in the place of the first).
   *
   * @param log the notice log
   * @param candidates the page's candidates, in order; may be empty
   * @param key a candidate's notice key
   * @param build a candidate's notice, built only if its key is not recorded
   * @param recorded where the notices this call recorded are added, in order
   * @param <C> the candidate type
   * @return how many distinct candidates were recorded already (by earlier runs, or by another run
   *     between the two calls)
   */
  public static <C> int record(NoticeLog log, List<C> candidates, Function<C, NoticeKey> key,
      Function<C, Notice> build, List<Notice> recorded) {
    requireNonNull(log, "log");
    requireNonNull(recorded, "recorded");
    if (candidates.isEmpty()) {
      return 0;
    }
    Map<NoticeKey, C> due = new LinkedHashMap<>();
    for (C candidate : candidates) {
      due.put(key.apply(candidate), candidate);
    }
    Set<NoticeKey> known = log.recordedAmong(due.keySet());
    List<Notice> fresh = new ArrayList<>();
    due.forEach((k, candidate) -> {
      if (!known.contains(k)) {
        fresh.add(build.apply(candidate));
      }
    });
    if (fresh.isEmpty()) {
      return due.size();
    }
    List<Notice> mine = log.recordAllIfAbsent(fresh);
    recorded.addAll(mine);
    return due.size() - mine.size();
  }
}
