package org.aftersales.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.TimePrecision;

/**
 * The domain work of the service-level sweep (时限巡检规则), SVC-08, SVC-11…SVC-13: which promises
 * of a request are still watched, and which notices are due for them at an instant. A pure
 * function of the request, the instant and the settings — no port, no clock — so two nodes derive
 * the same notices with the same keys.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Watched.</b> A closed request watches nothing. The response promise
 *       ({@link Milestone#REPLY}) is met by dispatch: it is watched only while the request is
 *       {@link ServiceRequestStatus#REGISTERED}. The arrival promise
 *       ({@link Milestone#ARRIVAL_ON_SITE}) is met once the technician has done anything on site
 *       — filed the service report, had the voucher signed or taken the item to the workshop
 *       (the model records no separate arrival) — so it is watched while the request is
 *       registered, or dispatched with none of those. The workshop repair's promised completion
 *       ({@link Milestone#RESOLUTION}, SVC-08: "a repair that will miss its promised time is
 *       escalated to the service supervisor") is watched while the item is in the workshop and
 *       the repair is not yet recorded.</li>
 *   <li><b>Pre-breach warning</b> ({@link NoticeKind#PRE_BREACH_WARNING}), at
 *       {@code due − warningLead} (not before the call): due at an instant {@code t} with
 *       {@code warningAt ≤ t ≤ due}. A sweep that first sees the promise after its due instant
 *       records the breach instead — a warning after the fact is noise. To the request's
 *       supervisor (SVC-08: "will miss its promised time → the service supervisor").</li>
 *   <li><b>Breach</b> ({@link NoticeKind#BREACH}): due at any {@code t > due} (a promise reached
 *       exactly at its due instant is on time). To the technician once dispatched, else to the
 *       supervisors.</li>
 *   <li><b>Escalation level n</b> ({@link NoticeKind#ESCALATION}): due at any
 *       {@code t > due + afterBreach(n)}; every level passed is due, so a sweep that was skipped
 *       catches up on all of them. To the level's role; the supervisor role means the request's
 *       supervisor once dispatched.</li>
 * </ul>
 * Keys: source {@code service-request}/{@code <id>}, rule SVC-08, step
 * {@code <milestone>.warning}, {@code <milestone>.breach} or {@code <milestone>.escalation-<n>},
 * occurrence the due instant (ISO-8601) — so a promise moved by an audited recompute is watched
 * afresh.
 */
public final class ServiceLevelWatch {

  /** The rule every sweep notice's key names: SVC-08, escalation of a promise at risk. */
  public static final RuleId RULE = RuleId.of("SVC-08");

  private static final Recipient SUPERVISOR_ROLE = Recipient.role(RecipientRole.SUPERVISOR);

  private ServiceLevelWatch() {}

  /**
   * The promises of {@code request} still watched (see the class comment).
   *
   * @param request the request
   * @return the watched promises, in the order of {@link ServiceRequest#promises()}
   */
  public static List<Promise> watched(ServiceRequest request) {
    if (!request.isOpen()) {
      return List.of();
    }
    List<Promise> all = request.promises();
    List<Promise> out = new ArrayList<>(all.size());
    for (Promise p : all) {
      if (isWatched(request, p.milestone())) {
        out.add(p);
      }
    }
    return out;
  }

  /** Whether the milestone's promise of an open request is still watched (class comment). */
  private static boolean isWatched(ServiceRequest request, Milestone milestone) {
    ServiceRequestStatus status = request.status();
    if (milestone.equals(Milestone.REPLY)) {
      return status == ServiceRequestStatus.REGISTERED;
    }
    if (milestone.equals(Milestone.ARRIVAL_ON_SITE)) {
      return status == ServiceRequestStatus.REGISTERED
          || status == ServiceRequestStatus.DISPATCHED && request.reportFiling().isEmpty()
              && request.voucherSigning().isEmpty();
    }
    // The repair's promise: only a repair card sets it, so the request is in the workshop or
    // closed (not watched, see above).
    return request.repairRecord().isEmpty();
  }

  /**
   * The earliest watched deadline of {@code request} strictly before {@code instant}: the
   * deadline by which {@link ServiceRequests#breached} orders.
   *
   * @param request the request
   * @param instant the instant the deadlines are compared with (exclusive)
   * @return the earliest breached deadline, or empty if no watched promise is breached
   */
  public static Optional<Instant> earliestBreach(ServiceRequest request, Instant instant) {
    Instant earliest = null;
    for (Promise p : watched(request)) {
      if (p.due().isBefore(instant) && (earliest == null || p.due().isBefore(earliest))) {
        earliest = p.due();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * The notices due for {@code request} at {@code at}: for each watched promise, its warning, its
   * breach and every escalation level passed (see the class comment), in that order.
   *
   * @param request the request
   * @param at the sweep's instant
   * @param settings the warning lead and the ladder
   * @return the notices; empty if none is due
   */
  public static List<Notice> noticesDue(ServiceRequest request, Instant at,
      ServiceLevelSweepSettings settings) {
    List<SweepCandidate> due = candidates(request, at, settings);
    List<Notice> out = new ArrayList<>(due.size());
    for (SweepCandidate c : due) {
      out.add(c.notice(at));
    }
    return out;
  }

  /**
   * The same as {@link #noticesDue}, as candidates: keys first, notices built on demand.
   *
   * @param request the request
   * @param at the sweep's instant
   * @param settings the warning lead and the ladder
   * @return the candidates, in the order of {@link #noticesDue}; empty if none is due
   */
  public static List<SweepCandidate> candidates(ServiceRequest request, Instant at,
      ServiceLevelSweepSettings settings) {
    List<SweepCandidate> out = null;
    for (Promise promise : watched(request)) {
      Instant due = promise.due();
      if (at.isBefore(due) && at.isBefore(due.minus(settings.warningLead()))) {
        continue; // the common case of a fresh promise: nothing due, nothing built
      }
      String occurrence = isoText(due);
      if (!at.isAfter(due)) {
        Instant warningAt = due.minus(settings.warningLead());
        if (warningAt.isBefore(request.receivedAt())) {
          warningAt = request.receivedAt();
        }
        if (!at.isBefore(warningAt)) {
          out = add(out, candidate(request, promise, occurrence, "warning",
              NoticeKind.PRE_BREACH_WARNING, supervisorOf(request), 0));
        }
        continue;
      }
      Recipient holder = request.technician().<Recipient>map(Recipient::person)
          .orElse(SUPERVISOR_ROLE);
      out = add(out, candidate(request, promise, occurrence, "breach", NoticeKind.BREACH,
          holder, 0));
      for (EscalationLevel level : settings.ladder().levels()) {
        if (!at.isAfter(due.plus(level.afterBreach()))) {
          break;
        }
        Recipient to = level.role() == RecipientRole.SUPERVISOR ? supervisorOf(request)
            : Recipient.role(level.role());
        out = add(out, candidate(request, promise, occurrence, "escalation-" + level.level(),
            NoticeKind.ESCALATION, to, level.level()));
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * When a sweep that ran at {@code at} must look at {@code request} again (SVC-08): the earliest
   * threshold still to come at which {@link #candidates} would answer a notice it does not answer
   * at {@code at}, as the instant a run must be strictly after to find it — or empty ("never")
   * when nothing more can become due until the request changes (nothing watched, or every level
   * of the ladder passed). Per watched promise, mirroring {@link #candidates}:
   * <ul>
   *   <li>before its warning ({@code at} before {@code warningAt = max(due − warningLead,
   *       receivedAt)}, with {@code warningAt ≤ due}): the warning is due from {@code warningAt}
   *       on, inclusive, so the check is the last stored instant (whole microsecond) strictly
   *       before {@code warningAt};</li>
   *   <li>otherwise, not after its due instant: the breach (and level 1 with a zero wait) is due
   *       at any instant after {@code due}, so the check is {@code due};</li>
   *   <li>after its due instant: the first level of the ladder not yet passed (in the ladder's
   *       order, as {@link #candidates} walks it), due after {@code due + afterBreach}, so the
   *       check is that instant; every level passed: nothing.</li>
   * </ul>
   * Checks are truncated to whole microseconds toward the past ({@link
   * org.aftersales.core.shared.TimePrecision#stored}), as a repository stores them; for an
   * {@code at} of whole microseconds (the sweep truncates its instant so) the check is never
   * before {@code at}. The guarantee the sweep relies on: for every {@code b} after {@code at}
   * at which {@link #candidates} answers a key it does not answer at {@code at}, the check is
   * strictly before {@code b}. (A warning whose window has passed is the one key answered at an
   * earlier instant and not at a later one; it is never "new".) A change of the request, the
   * settings or the policy may move the thresholds: the repository resets the check on every
   * save, and {@link ServiceLevelSweep#recheckAll()} after a change of settings or policy.
   *
   * @param request the request
   * @param at the instant the sweep ran at
   * @param settings the warning lead and the ladder
   * @return the next check instant, or empty for never
   */
  public static Optional<Instant> nextCheck(ServiceRequest request, Instant at,
      ServiceLevelSweepSettings settings) {
    Instant earliest = null;
    for (Promise promise : watched(request)) {
      Instant next = nextThreshold(request, promise.due(), at, settings);
      if (next != null && (earliest == null || next.isBefore(earliest))) {
        earliest = next;
      }
    }
    return Optional.ofNullable(earliest);
  }

  /** The check of one watched promise (see {@link #nextCheck}); null for none. */
  private static Instant nextThreshold(ServiceRequest request, Instant due, Instant at,
      ServiceLevelSweepSettings settings) {
    if (!at.isAfter(due)) {
      Instant warningAt = due.minus(settings.warningLead());
      if (warningAt.isBefore(request.receivedAt())) {
        warningAt = request.receivedAt();
      }
      if (at.isBefore(warningAt) && !warningAt.isAfter(due)) {
        // Due from warningAt on, inclusive: a run exactly at warningAt must find it due.
        return TimePrecision.stored(warningAt.minusNanos(1));
      }
      return TimePrecision.stored(due);
    }
    for (EscalationLevel level : settings.ladder().levels()) {
      Instant from = due.plus(level.afterBreach());
      if (!at.isAfter(from)) {
        return TimePrecision.stored(from);
      }
    }
    return null;
  }

  private static List<SweepCandidate> add(List<SweepCandidate> list, SweepCandidate c) {
    List<SweepCandidate> out = list == null ? new ArrayList<>(4) : list;
    out.add(c);
    return out;
  }

  /** The request's supervisor once dispatched, else whoever holds the supervisor role. */
  static Recipient supervisorOf(ServiceRequest request) {
    return request.supervisor().map(Recipient::supervisorPerson).orElse(SUPERVISOR_ROLE);
  }

  private static SweepCandidate candidate(ServiceRequest request, Promise promise,
      String occurrence, String step, NoticeKind kind, Recipient to, int level) {
    NoticeKey key = new NoticeKey(ServiceRequest.KIND_CODE, request.id().value(), RULE,
        promise.milestone().code() + "." + step, occurrence);
    return new SweepCandidate(request, promise, key, kind, to, level);
  }

  /**
   * {@code instant.toString()} (ISO-8601 in UTC), written directly for whole seconds of the years
   * 1000 to 9999 — the keys of a sweep over many requests would otherwise spend most of their
   * time in the JDK's formatter; anything else takes {@link Instant#toString()}.
   *
   * @param instant the instant
   * @return the same text as {@link Instant#toString()}
   */
  static String isoText(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (instant.getNano() != 0 || seconds < MIN_FAST || seconds >= MAX_FAST) {
      return instant.toString();
    }
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    java.time.LocalDate date = java.time.LocalDate.ofEpochDay(days);
    char[] c = new char[20];
    put(c, 0, date.getYear(), 4);
    c[4] = '-';
    put(c, 5, date.getMonthValue(), 2);
    c[7] = '-';
    put(c, 8, date.getDayOfMonth(), 2);
    c[10] = 'T';
    put(c, 11, secondOfDay / 3600, 2);
    c[13] = ':';
    put(c, 14, secondOfDay / 60 % 60, 2);
    c[16] = ':';
    put(c, 17, secondOfDay % 60, 2);
    c[19] = 'Z';
    return new String(c);
  }

  /** 1000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds. */
  private static final long MIN_FAST = -30_610_224_000L;
  private static final long MAX_FAST = 253_402_300_800L;

  private static void put(char[] c, int at, int value, int digits) {
    int v = value;
    for (int i = at + digits - 1; i >= at; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }
}
