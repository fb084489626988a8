package org.aftersales.core.obligation;

import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The contract obligation reminders (合同义务提醒), CON-01, CON-02, CON-04…CON-06, SUR-06: the
 * host's scheduler calls {@link #run()} (say hourly, on one node or several) or
 * {@link #issue(Instant, Instant)} for an explicit window. Every obligation the
 * {@link ObligationSchedule} creates gets a <b>due notice</b> ({@code lead} days before its
 * effective due day — the expiry notice {@link NoticeKind#CONTRACT_EXPIRY}, the free-period report
 * {@link NoticeKind#FREE_PERIOD_ENDING}, any other {@link NoticeKind#OBLIGATION_DUE}) and, if it is
 * still not settled after its effective due day's working day (the due day itself, or the next
 * day with working time if it has none) plus the grace, <b>one overdue reminder</b>
 * ({@link NoticeKind#OBLIGATION_OVERDUE}); each to every recipient the
 * {@link ObligationSettings} name for its kind.
 *
 * <h2>When a notice is due: quiet hours</h2>
 * A notice for a day is issued at that day's first working moment of the {@link BusinessCalendar}
 * ({@code calendar.nextWorkingMoment(start of the day in the calendar's zone)}): a notice of a
 * Sunday, a holiday or the night is issued when the office next opens — never in quiet hours.
 * Each notice therefore has one <b>issue instant</b>, a function of the obligation, the settings
 * and the calendar only.
 *
 * <h2>Exactly once, for any windows</h2>
 * {@code issue(from, to)} records every notice whose issue instant lies in {@code [from, to)}
 * and not after the clock's instant, that is not yet recorded, and whose obligation is still
 * open: the due notice while it is neither fulfilled nor written off, the overdue reminder while
 * it is not {@linkplain ContractFile#settled settled}. Keys are a function of the obligation, the
 * step, the recipient and the effective due day ({@code contract-obligation/<contract>/<rule>/
 * <KIND>.due.<recipient>/<occurrence>@<due>}), and {@link NoticeLog#recordAllIfAbsent} records each
 * key once — so calling it for any split of a period into windows, repeatedly, concurrently on
 * several nodes, or for a window overlapping an earlier one, records every notice exactly once.
 * {@link #run()} issues the window {@code [at - lookback, at]}: a missed run (shorter than the
 * lookback) is caught up by the next. The part of a window after the clock's instant is left for
 * a later call: nothing is announced before its time, and an overdue reminder only once the day
 * has really passed.
 *
 * <h2>Failure semantics</h2>
 * Safe to retry and to run concurrently: it changes no contract file; a failure leaves notices
 * recorded whole (with their outbox events) or not at all, and a retry records the rest. Port
 * calls, in order: {@code Contracts.overlapping}, then {@code Contracts.overlappingAfter} per
 * further page, each page followed by {@code NoticeLog.recordedAmong} and
 * one {@code NoticeLog.recordAllIfAbsent} for its new notices (a page with nothing due makes no log
 * call).
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ObligationReminders {

  private final Contracts contracts;
  private final NoticeLog log;
  private final ObligationSchedule schedule;
  private final ObligationSettings settings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  /**
   * Wires the reminders.
   *
   * @param contracts the stored contract files
   * @param log the notice log (which also writes the outbox)
   * @param schedule the obligation schedule (e.g. the rules module's seed schedule)
   * @param settings recipients, leads, grace, lookback, page size
   * @param calendar the business calendar: its zone turns days into instants, its working time
   *     keeps notices out of quiet hours
   * @param clock the run's instant; its zone is not used
   */
  public ObligationReminders(Contracts contracts, NoticeLog log, ObligationSchedule schedule,
      ObligationSettings settings, BusinessCalendar calendar, Clock clock) {
    this.contracts = requireNonNull(contracts, "contracts");
    this.log = requireNonNull(log, "log");
    this.schedule = requireNonNull(schedule, "schedule");
    this.settings = requireNonNull(settings, "settings");
    this.calendar = requireNonNull(calendar, "calendar");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * One scheduled run: issues the window from the clock's instant (truncated to the microsecond)
   * minus the lookback, up to and including that instant.
   *
   * @return what this run recorded
   */
  public ObligationRunReport run() {
    Instant at = TimePrecision.stored(clock.instant());
    return issue(at.minus(settings.lookback()), at.plusNanos(1), at);
  }

  /**
   * Issues the notices whose issue instant lies in {@code [from, to)} and not after the clock's
   * instant (see the class comment).
   *
   * @param from the window's start (inclusive)
   * @param to the window's end (exclusive), not before {@code from}
   * @return what this call recorded
   * @throws InvalidInputException if {@code to} is before {@code from} or either is outside the
   *     supported range
   */
  public ObligationRunReport issue(Instant from, Instant to) {
    return issue(from, to, TimePrecision.stored(clock.instant()));
  }

  /**
   * The instant a notice of {@code day} is issued: the first working moment at or after the
   * day's start in the calendar's zone.
   *
   * @param day a calendar date of the business's zone
   * @return the issue instant
   */
  public Instant issueInstant(LocalDate day) {
    return NoticeWindow.issueInstant(calendar, requireNonNull(day, "day"));
  }

  private ObligationRunReport issue(Instant from, Instant to, Instant at) {
    NoticeWindow window = NoticeWindow.of(calendar, from, to, at);
    List<Notice> recorded = new ArrayList<>();
    if (window.isEmpty()) {
      return new ObligationRunReport(from, to, at, 0, 0, recorded);
    }
    LocalDate firstDay = window.firstDay();
    LocalDate lastDay = window.lastDay();
    // Due notices of a day D are for obligations due D + lead (lead >= 0, clamped to the
    // contract's first day); overdue reminders for those whose due day's working day is
    // D - 1 - grace: every obligation concerned is due in [scanFrom, scanTo).
    int grace = settings.overdueGraceDays();
    int maxLead = 0;
    for (ObligationKind kind : ObligationKind.values()) {
      maxLead = Math.max(maxLead, settings.leadOf(kind));
    }
    LocalDate scanFrom = NoticeWindow.firstDayWorkingFrom(calendar, firstDay.minusDays(1L + grace));
    LocalDate scanTo = lastDay.plusDays(maxLead + 1L);
    int pageSize = settings.pageSize();
    int[] counts = NoticeWindow.recordPages(log,
        contracts.overlapping(scanFrom, scanTo, pageSize),
        last -> contracts.overlappingAfter(scanFrom, scanTo, last.id(), pageSize), pageSize,
        (file, due) -> {
          for (Obligation o : file.obligationsDue(schedule, scanFrom, scanTo)) {
            noticesOf(file, o, window, at, due);
          }
        }, recorded);
    return new ObligationRunReport(from, to, at, counts[0], counts[1], recorded);
  }

  private void noticesOf(ContractFile file, Obligation o, NoticeWindow window, Instant at,
      List<NoticeWindow.Due> out) {
    if (file.settled(o)) {
      return;
    }
    ServiceContract contract = file.contract();
    LocalDate due = file.effectiveDue(o);
    boolean fulfilled = file.fulfilment(o).isPresent();
    if (!fulfilled) {
      LocalDate day = due.minusDays(settings.leadOf(o.kind()));
      if (day.isBefore(contract.start())) {
        day = contract.start();
      }
      if (window.issues(day)) {
        out.addAll(ObligationNotices.notices(ObligationNotices.dueKind(o.kind()), contract, o,
            "due", settings.recipientsOf(o.kind()), due, at));
      }
    }
    LocalDate overdueDay = NoticeWindow.workingDay(calendar, due)
        .plusDays(1L + settings.overdueGraceDays());
    if (window.issues(overdueDay)) {
      out.addAll(ObligationNotices.notices(NoticeKind.OBLIGATION_OVERDUE, contract, o,
          "overdue", settings.recipientsOf(o.kind()), due, at));
    }
  }
}
