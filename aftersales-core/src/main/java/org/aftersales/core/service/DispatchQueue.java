package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.NewNotices;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.UseCase;

/**
 * A working day's dispatch queue and its carry-over (派工队列与结转), SVC-10: jobs not dispatched by
 * the end of their working day are carried to the next working day and dispatched first.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li>A request's <b>working day</b> is the date, in the calendar's zone, of the first working
 *       moment at or after its call ({@link BusinessCalendar#nextWorkingMoment}): a call on
 *       Friday evening, on a weekend or on a holiday belongs to the next working day — a make-up
 *       working day (调休) included — and is not carried over into it.</li>
 *   <li>The queue of working day {@code D} holds the undispatched requests
 *       ({@link ServiceRequestStatus#REGISTERED}) whose working day is {@code D} or earlier;
 *       those of an earlier day are <b>carried over</b>. Order: carried-over jobs first, oldest
 *       call first; then the day's own jobs by their {@link ServiceRequest#firstDue() first
 *       deadline} (jobs promised none last), then oldest call first; ties by ID.</li>
 *   <li>{@link #recordCarryOvers} records one {@link NoticeKind#CARRIED_OVER} notice per
 *       carried-over job and day through the {@link NoticeLog} (key
 *       {@code service-request/<id>/SVC-10/carry-over/<D>}; for the dispatch desk, so listed in
 *       the supervisors' next digest), so a report counts them with
 *       {@link NoticeLog#recordedBetween}; recording again records nothing.</li>
 * </ul>
 *
 * <h2>Failure semantics</h2>
 * Reading the queue changes nothing. Recording is safe to retry and to run on several nodes: each
 * notice is recorded once, its instant is the day's first working moment (not a clock), so a retry
 * derives equal notices. Port calls, in order: {@code ServiceRequests.open} then
 * {@code ServiceRequests.openAfter} per further page; for recording, then
 * {@code NoticeLog.recordedAmong} and one {@code NoticeLog.recordAllIfAbsent} for the jobs not yet
 * recorded (none if every one is).
 *
 * <p>Thread-safe if its ports and calendar are.
 */
@UseCase
public final class DispatchQueue {

  /** SVC-10. */
  public static final RuleId RULE = RuleId.of("SVC-10");

  private final ServiceRequests requests;
  private final NoticeLog log;
  private final BusinessCalendar calendar;
  private final SweepPaging paging;

  /**
   * Wires the queue.
   *
   * @param requests the stored requests
   * @param log the notice log the carry-overs are recorded in
   * @param calendar the dispatch desk's working calendar; its zone cuts the days
   * @param paging how many open requests one read fetches
   */
  public DispatchQueue(ServiceRequests requests, NoticeLog log, BusinessCalendar calendar,
      SweepPaging paging) {
    this.requests = requireNonNull(requests, "requests");
    this.log = requireNonNull(log, "log");
    this.calendar = requireNonNull(calendar, "calendar");
    this.paging = requireNonNull(paging, "paging");
  }

  /**
   * The queue of working day {@code day}.
   *
   * @param day a working day of the calendar
   * @return the entries, carried-over jobs first (see the class comment)
   * @throws InvalidInputException if {@code day} is not a working day (path {@code day})
   */
  public List<DispatchQueueEntry> forDay(LocalDate day) {
    firstWorkingMoment(day);
    return order(undispatched(), day, calendar);
  }

  /**
   * Records the carry-over of every job carried into working day {@code day}, once per job.
   *
   * @param day a working day of the calendar
   * @return the notices this call recorded (not those recorded before)
   * @throws InvalidInputException if {@code day} is not a working day (path {@code day})
   */
  public List<Notice> recordCarryOvers(LocalDate day) {
    Instant opening = firstWorkingMoment(day);
    List<Notice> due = new ArrayList<>();
    for (DispatchQueueEntry entry : order(undispatched(), day, calendar)) {
      if (entry.carriedOver()) {
        due.add(carryOverNotice(entry, day, opening));
      }
    }
    List<Notice> recorded = new ArrayList<>();
    NewNotices.record(log, due, Notice::key, n -> n, recorded);
    return List.copyOf(recorded);
  }

  /**
   * The queue of {@code day} among {@code candidates}: the domain part of {@link #forDay}, a pure
   * function of the requests, the day and the calendar.
   *
   * @param candidates requests in any state and order; only registered ones are queued
   * @param day the queue's day
   * @param calendar the calendar the working days are read on
   * @return the entries, carried-over jobs first (see the class comment)
   */
  public static List<DispatchQueueEntry> order(List<ServiceRequest> candidates, LocalDate day,
      BusinessCalendar calendar) {
    List<DispatchQueueEntry> carried = new ArrayList<>();
    List<DispatchQueueEntry> today = new ArrayList<>();
    for (ServiceRequest r : candidates) {
      if (r.status() != ServiceRequestStatus.REGISTERED) {
        continue;
      }
      LocalDate workingDate = calendar.nextWorkingMoment(r.receivedAt())
          .atZone(calendar.zone()).toLocalDate();
      if (workingDate.isBefore(day)) {
        carried.add(new DispatchQueueEntry(r, workingDate, true));
      } else if (workingDate.equals(day)) {
        today.add(new DispatchQueueEntry(r, workingDate, false));
      }
    }
    Comparator<DispatchQueueEntry> oldestCall = Comparator.comparing(
        (DispatchQueueEntry e) -> e.request().receivedAt()).thenComparing(e -> e.request().id());
    carried.sort(oldestCall);
    today.sort(Comparator.comparing((DispatchQueueEntry e) -> e.request().firstDue()
        .orElse(Instant.MAX)).thenComparing(oldestCall));
    List<DispatchQueueEntry> out = new ArrayList<>(carried.size() + today.size());
    out.addAll(carried);
    out.addAll(today);
    return List.copyOf(out);
  }

  private static Notice carryOverNotice(DispatchQueueEntry entry, LocalDate day,
      Instant opening) {
    ServiceRequest r = entry.request();
    NoticeKey key = new NoticeKey(ServiceRequest.KIND_CODE, r.id().value(), RULE, "carry-over",
        day.toString());
    Map<String, Object> parameters = Map.of("serviceRequest", r.id().value(), "day", day,
        "from", entry.workingDate(), "receivedAt", r.receivedAt());
    return Notice.of(key, NoticeKind.CARRIED_OVER, Recipient.role(RecipientRole.SUPERVISOR),
        opening, parameters);
  }

  /** Every open request; {@link #order} keeps the undispatched ones. */
  private List<ServiceRequest> undispatched() {
    List<ServiceRequest> out = new ArrayList<>();
    List<ServiceRequest> page = requests.open(paging.pageSize());
    while (true) {
      out.addAll(page); // order(...) keeps the registered ones
      if (page.size() < paging.pageSize()) {
        return out;
      }
      ServiceRequest last = page.get(page.size() - 1);
      page = requests.openAfter(last.receivedAt(), last.id(), paging.pageSize());
    }
  }

  /** The first working moment of {@code day}, which must be a working day. */
  private Instant firstWorkingMoment(LocalDate day) {
    requireNonNull(day, "day");
    Instant opening = calendar.nextWorkingMoment(day.atStartOfDay(calendar.zone()).toInstant());
    if (!opening.atZone(calendar.zone()).toLocalDate().equals(day)) {
      throw InvalidInputException.of("day",
          MessageBundle.CORE.message("core.sweep.notAWorkingDay"), day);
    }
    return opening;
  }
}
