package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftersales.core.notification.NewNotices;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeDigests;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The service-level sweep (时限巡检), SVC-08, SVC-11…SVC-13: the host runs it on a schedule (every
 * few minutes, on one node or several); each run finds the open requests whose promises are near
 * or past their due instants, records each due notice once through the {@link NoticeLog}, and
 * gives every supervisor one digest of what awaits them.
 *
 * <h2>What a run does</h2>
 * <ol>
 *   <li>Reads the open requests <b>due for a check</b> at the run's instant, page by page
 *       ({@link ServiceRequests#dueForSweep}, {@link ServiceRequests#dueForSweepAfter}: never
 *       checked since their last save, or whose check instant is strictly before the run's), and
 *       derives the notices due at the run's instant ({@link ServiceLevelWatch#candidates}:
 *       warnings, breaches, escalation levels, as keys).</li>
 *   <li>Selects those not yet recorded ({@link NoticeLog#recordedAmong}, one call per page) and
 *       builds and records them ({@link NoticeLog#recordAllIfAbsent}, one call per page): <b>due
 *       and not yet recorded</b>, never "due exactly now", so a skipped run is caught up by the
 *       next.</li>
 *   <li>Only then, for every request of the page, stores its next check
 *       ({@link ServiceRequests#scheduleSweepChecks}): {@link ServiceLevelWatch#nextCheck}, the
 *       earliest threshold still to come at which a notice not due now becomes due, or "never".
 *       The repository keeps a check only while the request's stored version is the one read; a
 *       save resets it to "check at once".</li>
 *   <li>Reads the notices awaiting a digest ({@link NoticeLog#awaitingDigest}) and records one
 *       {@link NoticeKind#SUPERVISOR_DIGEST digest} per supervisor listing them
 *       ({@link NoticeLog#recordDigest}); no notice awaiting → no digest. If another node's
 *       digest listed some of them first (the log refuses a second listing), it reads the
 *       awaiting notices again and lists what is left — at most three rounds.</li>
 * </ol>
 *
 * <p>It lists only its own kinds ({@link #DIGESTED_KINDS}), read with
 * {@link NoticeLog#awaitingDigest(Set, int)}: over a log shared with the complaint reminders,
 * neither lists the other's notices.
 *
 * <h2>Why a run reads only the requests due (O(due), not O(open))</h2>
 * A run's cost is the requests due for a check, not every open request. The schedule is written
 * only after the page's notices are recorded, so it is never later than a due notice left
 * unrecorded: a fault before it leaves the requests due, and the next run derives the same
 * notices, finds them recorded and schedules. A check is the instant a run must be
 * <em>strictly after</em> to find the request due, matching "due when the run is strictly after
 * the threshold". With several nodes, two runs at different instants may store different checks
 * for one request (the last write wins); either is safe, since each is no later than what its own
 * run left unrecorded, and a check too early only costs one more read. A run at an instant
 * earlier than a run already finished (clocks of nodes apart) may miss only a pre-breach warning
 * whose window the later run had already passed — a notice the later run would not record
 * either.
 *
 * <h2>After a change of policy, calendar or settings: {@link #recheckAll()}</h2>
 * The checks are derived from the settings (warning lead, ladder) and the promised instants on
 * each request. A change that brings a due instant <b>earlier</b> — a shorter ladder wait, a
 * longer warning lead, promises recomputed earlier outside a save — must be followed by
 * {@link #recheckAll()} (before the next run with the new settings): it makes every request due
 * at once. A change that moves due instants later needs nothing: a check comes early, finds
 * nothing due, and schedules again.
 *
 * <h2>Exactly once</h2>
 * A notice's key is a function of the request, the promise and the level, never of the run; the
 * log's unique constraint records it once, whichever run or node derives it first. A digest's key
 * is a function of its recipient and the first notice it lists, and recording it marks the listed
 * notices in the same atomic step, so a notice is listed by one digest only; notices recorded by a
 * run that failed before its digest are listed by the next run's. Recorded notices reach the
 * outbox in the log's step, and {@link org.aftersales.core.notification.Notifications} through the
 * relay, at least once under a stable key.
 *
 * <h2>Failure semantics</h2>
 * Safe to retry and to run concurrently: a failure anywhere leaves notices recorded whole (with
 * their outbox events) or not at all, and the next run records the rest; a failure before a
 * page's checks are stored leaves its requests due, so the next run reads them again. It changes
 * no request (a check is kept beside it, not in it). Port calls, in order:
 * {@code ServiceRequests.dueForSweep} then {@code ServiceRequests.dueForSweepAfter} per further
 * page, each followed by {@code NoticeLog.recordedAmong} and one
 * {@code NoticeLog.recordAllIfAbsent} for its new notices (pages with no notice due make no log
 * call), then
 * {@code ServiceRequests.scheduleSweepChecks} (empty pages make none); then
 * {@code NoticeLog.awaitingDigest} and a {@code NoticeLog.recordDigest} per supervisor.
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ServiceLevelSweep {

  /** The source kind of digest keys. */
  public static final String DIGEST_SOURCE = "supervisor-digest";

  /**
   * The kinds of notice a supervisor digest lists: the sweep's own (warnings, breaches,
   * escalations, carry-overs), never another use case's notices awaiting a digest of their own.
   */
  public static final Set<NoticeKind> DIGESTED_KINDS = Set.of(NoticeKind.PRE_BREACH_WARNING,
      NoticeKind.BREACH, NoticeKind.ESCALATION, NoticeKind.CARRIED_OVER);

  private final ServiceRequests requests;
  private final NoticeLog log;
  private final ServiceLevelSweepSettings settings;
  private final Clock clock;

  /**
   * Wires the sweep.
   *
   * @param requests the stored requests
   * @param log the notice log (which also writes the outbox)
   * @param settings the warning lead, the ladder, the sizes
   * @param clock the run's instant; its zone is not used
   */
  public ServiceLevelSweep(ServiceRequests requests, NoticeLog log,
      ServiceLevelSweepSettings settings, Clock clock) {
    this.requests = requireNonNull(requests, "requests");
    this.log = requireNonNull(log, "log");
    this.settings = requireNonNull(settings, "settings");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * One run at the clock's instant (truncated to the microsecond).
   *
   * @return what this run recorded
   */
  public SweepReport sweep() {
    Instant at = TimePrecision.stored(clock.instant());
    List<Notice> recorded = new ArrayList<>();
    int pageSize = settings.pageSize();
    List<ServiceRequest> page = requests.dueForSweep(at, pageSize);
    while (true) {
      recordDue(page, at, recorded);
      // Only after the page's notices are recorded: a fault above leaves the page due.
      scheduleChecks(page, at);
      if (page.size() < pageSize) {
        break;
      }
      ServiceRequest last = page.get(page.size() - 1);
      page = requests.dueForSweepAfter(at, last.receivedAt(), last.id(), pageSize);
    }
    return new SweepReport(at, recorded, digest(at));
  }

  /**
   * Makes every stored request due for a check at once ({@link
   * ServiceRequests#resetSweepChecks()}): call it after a change of the service-level policy, its
   * calendars or this sweep's settings that brings any due instant earlier (see the class
   * comment), before the next run. Safe to call at any time and on any node; the next run reads
   * every open request once and schedules each again.
   */
  public void recheckAll() {
    requests.resetSweepChecks();
  }

  private void scheduleChecks(List<ServiceRequest> page, Instant at) {
    if (page.isEmpty()) {
      return;
    }
    List<SweepCheck> checks = new ArrayList<>(page.size());
    for (ServiceRequest request : page) {
      checks.add(ServiceLevelWatch.nextCheck(request, at, settings)
          .map(next -> SweepCheck.at(request.id(), request.version(), next))
          .orElseGet(() -> SweepCheck.never(request.id(), request.version())));
    }
    requests.scheduleSweepChecks(checks);
  }

  private void recordDue(List<ServiceRequest> page, Instant at, List<Notice> recorded) {
    List<SweepCandidate> due = new ArrayList<>();
    for (ServiceRequest request : page) {
      due.addAll(ServiceLevelWatch.candidates(request, at, settings));
    }
    NewNotices.record(log, due, SweepCandidate::key, candidate -> candidate.notice(at), recorded);
  }


  private List<Notice> digest(Instant at) {
    return NoticeDigests.record(log, DIGESTED_KINDS, settings.digestBatch(), DIGEST_ROUNDS,
        (recipient, notices) -> digestOf(recipient, notices, at));
  }

  /** How often one run reads the awaiting notices again after a refused digest, at most. */
  static final int DIGEST_ROUNDS = 3;

  /**
   * The digest for {@code recipient} listing {@code notices}: key
   * {@code supervisor-digest/<recipient>/SVC-08/digest/<digest of the first listed key>};
   * parameters {@code count} and {@code notice-000000}, {@code notice-000001}, … the listed keys'
   * texts, in the order recorded.
   */
  static Notice digestOf(Recipient recipient, List<Notice> notices, Instant at) {
    return NoticeDigests.of(DIGEST_SOURCE, ServiceLevelWatch.RULE, NoticeKind.SUPERVISOR_DIGEST,
        recipient, notices, at);
  }

}
