package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;

/**
 * A notice the sweep found due, before it is built (巡检候选通知): its key, and what the notice is
 * made of. The sweep asks the log which keys are recorded and builds a {@link Notice} only for the
 * others — on a steady day nearly every due key is recorded already, so most candidates never
 * become notices.
 *
 * @param request the request
 * @param promise the promise
 * @param key the notice's key
 * @param kind the notice's kind
 * @param recipient to whom
 * @param level the escalation level, or 0 for a warning or a breach
 */
public record SweepCandidate(ServiceRequest request, Promise promise, NoticeKey key,
    NoticeKind kind, Recipient recipient, int level) {

  /**
   * Checks the fields.
   *
   * @param request the request
   * @param promise the promise
   * @param key the key
   * @param kind the kind
   * @param recipient to whom
   * @param level the level, 0 or more
   */
  public SweepCandidate {
    requireNonNull(request, "request");
    requireNonNull(promise, "promise");
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    requireNonNull(recipient, "recipient");
  }

  /**
   * The notice, derived at {@code at}: parameters {@code serviceRequest}, {@code milestone},
   * {@code due} and, for an escalation, {@code level}.
   *
   * @param at the sweep's instant
   * @return the notice
   */
  public Notice notice(Instant at) {
    ImmutableSortedMap<String, Object> parameters = level == 0
        ? ImmutableSortedMap.of("due", promise.due(), "milestone", promise.milestone().code(),
            "serviceRequest", request.id().value())
        : ImmutableSortedMap.of("due", promise.due(), "level", (long) level,
            "milestone", promise.milestone().code(), "serviceRequest", request.id().value());
    return Notice.of(key, kind, recipient, at, parameters);
  }
}
