package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.aftersales.core.contract.HandoverDocument;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The project handover reminders (项目移交提醒), CON-03: for every open handover, the
 * <b>join notice</b> ({@link NoticeKind#HANDOVER_JOIN}: after-sales joins the project, 售后服务组
 * 介入) on its join-by day (one month before the final acceptance by default) minus the lead, and
 * <b>one overdue reminder</b> ({@link NoticeKind#HANDOVER_OVERDUE}) the day after its due day
 * (two weeks after the acceptance by default; a due day without working time counts as the next
 * working day) plus the grace, while it is not completed — each to
 * every recipient of the {@link ProjectReminderSettings}. Parameters: {@code project},
 * {@code finalAcceptance}, {@code joinBy}, {@code dueBy}, {@code missing} (the missing documents'
 * names, comma-separated, or empty).
 *
 * <p>Windows, quiet hours, exactly-once and a missed run work as in {@link ObligationReminders}:
 * a notice of a day is issued at the day's first working moment of the calendar; {@link #issue}
 * records the notices whose issue instant lies in {@code [from, to)} and not after the clock, each
 * key once ({@code project-handover/<project>/CON-03/<join|overdue>.<recipient>/<day>}); {@link
 * #run()} issues {@code [at - lookback, at]}. A join notice is issued even if the checklist is
 * already complete, as long as the handover is open: joining is a step of its own.
 *
 * <p><b>Failure semantics.</b> Changes no handover; a failure leaves notices recorded whole or
 * not at all, and a retry records the rest. Port calls: {@code ProjectHandovers.dueBetween}, then
 * {@code dueBetweenAfter} per further page, each page followed by {@code NoticeLog.recordedAmong}
 * and one {@code NoticeLog.recordAllIfAbsent} for its new notices. Thread-safe if its ports are.
 */
@UseCase
public final class HandoverReminders {

  /** The source kind of handover notice keys. */
  public static final String SOURCE = "project-handover";

  private final ProjectHandovers handovers;
  private final NoticeLog log;
  private final ProjectReminderSettings settings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  /**
   * Wires the reminders.
   *
   * @param handovers the stored handovers
   * @param log the notice log (which also writes the outbox)
   * @param settings recipients, lead, grace, lookback, page size
   * @param calendar the business calendar (its zone and working time: no notice in quiet hours);
   *     the handovers' days are read as days of the calendar's zone, which should be the
   *     handovers' own {@link ProjectHandover#zone()}
   * @param clock the run's instant; its zone is not used
   */
  public HandoverReminders(ProjectHandovers handovers, NoticeLog log,
      ProjectReminderSettings settings, BusinessCalendar calendar, Clock clock) {
    this.handovers = requireNonNull(handovers, "handovers");
    this.log = requireNonNull(log, "log");
    this.settings = requireNonNull(settings, "settings");
    this.calendar = requireNonNull(calendar, "calendar");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * One scheduled run: the window from the clock's instant (to the microsecond) minus the
   * lookback, up to and including that instant.
   *
   * @return what this run recorded
   */
  public ObligationRunReport run() {
    Instant at = TimePrecision.stored(clock.instant());
    return issue(at.minus(settings.lookback()), at.plusNanos(1), at);
  }

  /**
   * Issues the notices whose issue instant lies in {@code [from, to)} and not after the clock.
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

  private ObligationRunReport issue(Instant from, Instant to, Instant at) {
    NoticeWindow window = NoticeWindow.of(calendar, from, to, at);
    List<Notice> recorded = new ArrayList<>();
    if (window.isEmpty()) {
      return new ObligationRunReport(from, to, at, 0, 0, recorded);
    }
    int grace = settings.handoverGraceDays();
    int lead = settings.handoverJoinLeadDays();
    // A join notice of day D is for a join-by day D + lead; an overdue reminder of day D for a
    // due day D - 1 - grace.
    LocalDate scanFrom = NoticeWindow.firstDayWorkingFrom(calendar,
        window.firstDay().minusDays(1L + grace));
    LocalDate scanTo = window.lastDay().plusDays(lead + 1L);
    int pageSize = settings.pageSize();
    int[] counts = NoticeWindow.recordPages(log, handovers.dueBetween(scanFrom, scanTo, pageSize),
        last -> handovers.dueBetweenAfter(scanFrom, scanTo, last.project(), pageSize), pageSize,
        (h, due) -> {
          if (h.isCompleted()) {
            return;
          }
          if (window.issues(h.joinBy().minusDays(lead))) {
            due.addAll(NoticeWindow.Due.of(
                notices(NoticeKind.HANDOVER_JOIN, "join", h, h.joinBy(), at)));
          }
          if (window.issues(NoticeWindow.workingDay(calendar, h.dueBy()).plusDays(1L + grace))) {
            due.addAll(NoticeWindow.Due.of(
                notices(NoticeKind.HANDOVER_OVERDUE, "overdue", h, h.dueBy(), at)));
          }
        }, recorded);
    return new ObligationRunReport(from, to, at, counts[0], counts[1], recorded);
  }

  private List<Notice> notices(NoticeKind kind, String step, ProjectHandover h, LocalDate day,
      Instant at) {
    ImmutableSortedMap<String, Object> parameters = ImmutableSortedMap.<String, Object>naturalOrder()
        .put("project", h.project().value())
        .put("finalAcceptance", h.finalAcceptance())
        .put("joinBy", h.joinBy())
        .put("dueBy", h.dueBy())
        .put("missing", h.checklist().missing().stream().map(HandoverDocument::name)
            .collect(Collectors.joining(",")))
        .build();
    List<Notice> out = new ArrayList<>();
    for (Recipient who : settings.handoverRecipients()) {
      NoticeKey key = new NoticeKey(SOURCE, h.project().value(), ProjectHandover.RULE,
          NoticeKey.part(step + "." + who.text()), day.toString());
      out.add(Notice.of(key, kind, who, at, parameters));
    }
    return out;
  }
}
