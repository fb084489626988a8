package org.aftersales.core.complaint;

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
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The complaint reminders (催办与洽办), CMP-19, PCB §14: the host's scheduler runs them (say
 * hourly, on one node or several). Each run urges (催办单) every overdue step of a case in
 * progress, its overall limit and its missing investigation report, climbing the escalation
 * ladder, and sends an inquiry (洽办单) for every case closed late; each notice is recorded once
 * through the {@link NoticeLog}, and every recipient gets one digest of what the run found for
 * them. What is due is derived by the {@link ComplaintReminderWatch} (see there).
 *
 * <h2>What a run does</h2>
 * <ol>
 *   <li>Reads the cases in progress <b>due for a check</b>, page by page
 *       ({@link Complaints#dueForReminderCheck}, then {@link Complaints#dueForReminderCheckAfter}
 *       from the last number read): saved since their last check, or whose scheduled check is
 *       strictly before the run's instant. It derives the urges due at the run's instant, selects
 *       those not yet recorded ({@link NoticeLog#recordedAmong}, one call per page) and records
 *       them ({@link NoticeLog#recordAllIfAbsent}, one call per page): <b>due and not yet
 *       recorded</b>, never "due
 *       exactly now", so a skipped run is caught up by the next — every level passed meanwhile
 *       fires then, once. Then it schedules each case of the page
 *       ({@link Complaints#scheduleReminderChecks}) at its next threshold
 *       ({@link ComplaintReminderWatch#nextCheck}), or never; the repository keeps a check only
 *       if the case was not saved meanwhile. A run thus reads what is due, not every case in
 *       progress (with an adapter that keeps the checks; the port's defaults read them all).</li>
 *   <li>Reads the cases closed in {@code [at - closedLookback, at)}
 *       ({@link Complaints#closedBetween})
 *       and records, the same way, the inquiry for each closed late.</li>
 *   <li>Reads the notices awaiting a digest ({@link NoticeLog#awaitingDigest}), keeps the urges
 *       and inquiries among them, and records one digest ({@link #DIGEST_KIND}) per recipient
 *       listing them ({@link NoticeLog#recordDigest}); nothing awaiting → no digest. If another
 *       node's digest listed some of them first (the log refuses a second listing), it reads
 *       again and lists what is left — at most three rounds.</li>
 * </ol>
 *
 * <h2>The schedule: never later than a notice left unrecorded</h2>
 * A case's check is written only after everything due for its page at {@code at} is recorded, and
 * it is the earliest threshold {@code T >= at} strictly after which something new falls due, so
 * a run after {@code T} finds the case due and records what fell due — however many runs were
 * skipped. A save makes the case due at once (its schedule may have changed); a check derived
 * from a version no longer stored is ignored. <b>Several nodes:</b> two runs at different
 * instants may write different checks for one case, in either order; either is safe, as each is
 * no later than what its own run left unrecorded, and the later run recorded at least as much (a
 * check too early only costs a read). <b>A changed policy, calendar or ladder</b> that brings an
 * instant earlier needs {@link #recheckAll()} once every node runs it; one that brings instants
 * later needs nothing.
 *
 * <h2>Exactly once; what a skipped run leaves</h2>
 * A reminder's key is a function of the case, the routing entry (or the overall limit, the
 * report, the closure) and the level, never of the run; the log's unique constraint records it
 * once, whichever run or node derives it first. A digest's key is a function of its recipient and
 * the first notice it lists, and recording it marks the listed notices in the same atomic step,
 * so a notice is listed by one digest only; notices recorded by a run that failed before its
 * digest are listed by the next run's. A step that became overdue and was completed (or returned)
 * while no run happened is not urged: there is nothing left for its department to do, and its
 * lateness is audited when the case closes (the inquiry lists the late steps). A case closed
 * while no run happened gets no urge either, and its inquiry if it was closed late, provided the
 * outage was shorter than the lookback.
 *
 * <h2>Failure semantics</h2>
 * Safe to retry and to run concurrently: a failure anywhere leaves notices recorded whole (with
 * their outbox events) or not at all, and the next run (or a retry) records the rest; it changes
 * no case. Port calls, in order: {@code Complaints.dueForReminderCheck}, then
 * {@code Complaints.dueForReminderCheckAfter} per further page, each page followed by
 * {@code NoticeLog.recordedAmong} and one {@code NoticeLog.recordAllIfAbsent} for its new notices
 * (a page with nothing new makes no such call), then {@code Complaints.scheduleReminderChecks} (an empty
 * page makes none); then {@code Complaints.closedBetween}, followed the same way per page of
 * closed cases (no schedule); then {@code NoticeLog.awaitingDigest} and a
 * {@code NoticeLog.recordDigest} per recipient. A fault at a read leaves what earlier pages
 * recorded and scheduled; a fault at {@code recordAllIfAbsent} leaves the page's new notices
 * recorded or not, each whole (the retry finds them recorded, or records them) and the page
 * unscheduled, so due; a fault at
 * {@code scheduleReminderChecks} leaves some or none of the page's checks written (the cases not
 * scheduled stay due: the retry reads them, finds their notices recorded and schedules them); a
 * fault at a digest leaves its notices awaiting, listed by the retry's digest.
 *
 * <p><b>Shared notice log.</b> Each digesting use case reads only its own kinds
 * ({@link NoticeLog#awaitingDigest(Set, int)}): this one urges and inquiries
 * ({@link #REMINDER_KINDS}), the {@link org.aftersales.core.service.ServiceLevelSweep} its
 * warnings, breaches and escalations, so over one log neither lists, nor crowds out, the other's.
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ComplaintReminders {

  /** The source kind of digest keys. */
  public static final String DIGEST_SOURCE = "reminder-digest";

  /**
   * The kind of a recipient's digest of one run (催办汇总): parameters {@code count} and
   * {@code notice-000000}, {@code notice-000001}, … the listed notices' key texts.
   */
  public static final NoticeKind DIGEST_KIND = NoticeKind.REMINDER_DIGEST;

  /** The kinds a reminder digest lists: urges and inquiries. */
  public static final Set<NoticeKind> REMINDER_KINDS = Set.of(NoticeKind.URGE, NoticeKind.INQUIRY);

  /** How often one run reads the awaiting notices again after a refused digest, at most. */
  static final int DIGEST_ROUNDS = 3;

  private final Complaints complaints;
  private final NoticeLog log;
  private final ComplaintReminderSettings settings;
  private final ComplaintReminderWatch watch;
  private final Clock clock;

  /**
   * Wires the reminders.
   *
   * @param complaints the stored cases
   * @param log the notice log (which also writes the outbox)
   * @param policy the service levels the due instants come from (the complaint procedure's)
   * @param settings the departments, the ladder, the lookback, the sizes
   * @param clock the run's instant; its zone is not used
   */
  public ComplaintReminders(Complaints complaints, NoticeLog log, ServiceLevelPolicy policy,
      ComplaintReminderSettings settings, Clock clock) {
    this.complaints = requireNonNull(complaints, "complaints");
    this.log = requireNonNull(log, "log");
    this.settings = requireNonNull(settings, "settings");
    this.watch = new ComplaintReminderWatch(policy, settings);
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * One run at the clock's instant (truncated to the microsecond).
   *
   * @return what this run recorded
   * @throws org.aftersales.core.shared.InvalidInputException if the policy has no budget for a
   *     step or the closure in a case's market (nothing of that page is recorded)
   */
  public ComplaintReminderReport run() {
    Instant at = TimePrecision.stored(clock.instant());
    List<Notice> recorded = new ArrayList<>();
    int[] already = {0};
    int pageSize = settings.pageSize();
    int read = 0;
    List<ComplaintCase> page = complaints.dueForReminderCheck(at, pageSize);
    while (true) {
      read += page.size();
      List<ComplaintReminder> due = new ArrayList<>();
      List<ReminderCheck> checks = new ArrayList<>(page.size());
      for (ComplaintCase c : page) {
        due.addAll(watch.urgesDue(c, at));
        checks.add(watch.nextCheck(c, at));
      }
      record(due, at, recorded, already);
      // Only now, with everything due for the page recorded (or found recorded): a fault before
      // this line leaves the page due, and the retry finds its notices recorded and schedules.
      if (!checks.isEmpty()) {
        complaints.scheduleReminderChecks(checks);
      }
      if (page.size() < pageSize) {
        break;
      }
      page = complaints.dueForReminderCheckAfter(at, page.get(page.size() - 1).number(),
          pageSize);
    }
    List<ComplaintCase> closed = complaints.closedBetween(at.minus(settings.closedLookback()), at);
    for (int from = 0; from < closed.size(); from += pageSize) {
      List<ComplaintReminder> due = new ArrayList<>();
      for (ComplaintCase c : closed.subList(from, Math.min(closed.size(), from + pageSize))) {
        watch.inquiryDue(c).ifPresent(due::add);
      }
      record(due, at, recorded, already);
    }
    return new ComplaintReminderReport(at, read, closed.size(), already[0], recorded,
        digest(at));
  }

  /**
   * Forgets every scheduled reminder check ({@link Complaints#resetReminderChecks()}), so the next
   * run reads every case in progress again and schedules each anew. <b>Call it after any change
   * that may bring a due instant or a ladder level earlier</b>: a policy with a shorter budget, a
   * calendar with more working time (a holiday removed, longer hours), a ladder with fewer
   * working days or a new level. (Another department map needs nothing: it changes recipients,
   * not instants.)
   * Without it, a case scheduled under the old policy is checked at its old, later instant and
   * its urges come late (never lost: they are recorded at that check). A change that only brings
   * instants later needs nothing: the early check finds nothing new and reschedules.
   *
   * <p>Port call: {@code Complaints.resetReminderChecks}. Safe to repeat and to call while runs
   * go on (a run that read a case before the reset may still schedule it: its check is derived
   * with the policy of that run's watch, so reset after every node runs the new policy).
   */
  public void recheckAll() {
    complaints.resetReminderChecks();
  }

  private void record(List<ComplaintReminder> reminders, Instant at, List<Notice> recorded,
      int[] already) {
    already[0] += NewNotices.record(log, reminders, ComplaintReminder::key, r -> r.notice(at),
        recorded);
  }


  private List<Notice> digest(Instant at) {
    return NoticeDigests.record(log, REMINDER_KINDS, settings.digestBatch(), DIGEST_ROUNDS,
        (recipient, notices) -> digestOf(recipient, notices, at));
  }

  /**
   * The digest for {@code recipient} listing {@code notices}: key
   * {@code reminder-digest/<recipient>/CMP-19/digest/<digest of the first listed key>},
   * delivered on its own.
   */
  static Notice digestOf(Recipient recipient, List<Notice> notices, Instant at) {
    return NoticeDigests.of(DIGEST_SOURCE, ComplaintReminderWatch.RULE, DIGEST_KIND, recipient,
        notices, at);
  }

}
