package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The safeguard reminders (安全备份提醒), CON-07 and CON-08: the host's scheduler runs them (say
 * hourly). Each run records, exactly once through the {@link NoticeLog}:
 * <ul>
 *   <li><b>a missing change notice</b> ({@link NoticeKind#CHANGE_NOTICE_MISSING}, CON-07) for
 *       every planned change whose window starts within {@code changeNoticeLead} and whose
 *       customer has not been told ({@code priorNotice} empty) — the seed asks that the customer
 *       hear of the plan, impact, scope and time beforehand (事先告知). Key
 *       {@code change/<id>/CON-07/notice-missing.<recipient>/<window start>}; parameters
 *       {@code change}, {@code project}, {@code windowStart}, {@code windowEnd};</li>
 *   <li><b>an overdue backup</b> ({@link NoticeKind#BACKUP_OVERDUE}, CON-08) for every backup
 *       obligation whose latest backup is older than its interval plus the grace (or that has no
 *       backup at all): one reminder per latest backup — key
 *       {@code backup/<project>/CON-08/overdue.<recipient>/<latest backup's instant or none>} —
 *       so a stretch without backups is reminded once, and again only after a new backup was
 *       taken and its interval passed too. Parameters {@code project}, {@code lastBackup} (or
 *       absent), {@code dueBy} (absent without a backup).</li>
 * </ul>
 *
 * <p><b>Quiet hours.</b> A reminder due in non-working time of the {@link BusinessCalendar} is
 * recorded from its next working moment — except a change notice, which is recorded at its due
 * instant when the next working moment would only come after the change's window has started
 * (an imminent change outranks the quiet hours). A run issues what is due at or before its
 * instant and not yet recorded, so a missed run is caught up by the next (a change whose window
 * started meanwhile is no longer reminded: it was made without notice, which
 * {@link ChangeRecord#withoutPriorNotice()} reports).
 *
 * <p><b>Failure semantics.</b> Changes nothing stored; a failure leaves reminders recorded whole
 * (with their outbox events) or not at all, and a retry records the rest. Port calls:
 * {@code ChangeRecords.startingBetween} then {@code startingBetweenAfter} per further page,
 * {@code Backups.all} then {@code allAfter} per further page (a further page is read only
 * after a full one), each page with reminders due followed by {@code NoticeLog.recordedAmong}
 * and one {@code recordAllIfAbsent} for the reminders not among them. Safe on several
 * nodes at once. Thread-safe if its ports are.
 */
@UseCase
public final class SafeguardReminders {

  /** The rule of a missing change notice. */
  public static final RuleId CHANGE_RULE = RuleId.of("CON-07");

  /** The rule of an overdue backup. */
  public static final RuleId BACKUP_RULE = RuleId.of("CON-08");

  private final ChangeRecords changes;
  private final Backups backups;
  private final NoticeLog log;
  private final SafeguardSettings settings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  /**
   * Wires the reminders.
   *
   * @param changes the stored change records
   * @param backups the stored backup obligations
   * @param log the notice log (which also writes the outbox)
   * @param settings recipients, lead, grace, page size
   * @param calendar the business calendar: quiet hours
   * @param clock the run's instant; its zone is not used
   */
  public SafeguardReminders(ChangeRecords changes, Backups backups, NoticeLog log,
      SafeguardSettings settings, BusinessCalendar calendar, Clock clock) {
    this.changes = requireNonNull(changes, "changes");
    this.backups = requireNonNull(backups, "backups");
    this.log = requireNonNull(log, "log");
    this.settings = requireNonNull(settings, "settings");
    this.calendar = requireNonNull(calendar, "calendar");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * One run at the clock's instant (truncated to the microsecond).
   *
   * @return what this run recorded ({@code from} and {@code to} both the run's instant;
   *     {@code contractsRead} counts the change records and backup obligations read)
   */
  public ObligationRunReport run() {
    Instant at = TimePrecision.stored(clock.instant());
    List<Notice> recorded = new ArrayList<>();
    int pageSize = settings.pageSize();
    // Windows starting in (at, at + lead]: their reminder is due by now, and they have not begun.
    // Stored instants are whole microseconds, so the half-open bounds step by one microsecond:
    // a database adapter keeps them exactly (a nanosecond bound would be rounded by the driver).
    Instant from = at.plus(1, TimePrecision.STORED_UNIT);
    Instant to = TimePrecision.stored(at.plus(settings.changeNoticeLead()))
        .plus(1, TimePrecision.STORED_UNIT);
    int[] changeCounts = NoticeWindow.recordPages(log, changes.startingBetween(from, to, pageSize),
        last -> changes.startingBetweenAfter(from, to, last.id(), pageSize), pageSize,
        (c, due) -> {
          if (c.priorNotice().isEmpty() && !changeReminderInstant(c).isAfter(at)) {
            due.addAll(NoticeWindow.Due.of(changeNotices(c, at)));
          }
        }, recorded);
    int[] backupCounts = NoticeWindow.recordPages(log, backups.all(pageSize),
        last -> backups.allAfter(last.project(), pageSize), pageSize,
        (b, due) -> due.addAll(NoticeWindow.Due.of(backupNotices(b, at))), recorded);
    return new ObligationRunReport(at, at, at, changeCounts[0] + backupCounts[0],
        changeCounts[1] + backupCounts[1], recorded);
  }

  /**
   * When a missing notice of {@code change} is reminded: the next working moment at or after
   * {@code windowStart - lead}, or that instant itself if the next working moment would come only
   * after the window has started.
   *
   * @param change a planned change
   * @return the reminder's instant
   */
  public Instant changeReminderInstant(ChangeRecord change) {
    Instant due = change.windowStart().minus(settings.changeNoticeLead());
    Instant working = calendar.nextWorkingMoment(due);
    return working.isBefore(change.windowStart()) ? working : due;
  }

  private List<Notice> changeNotices(ChangeRecord c, Instant at) {
    ImmutableSortedMap<String, Object> parameters = ImmutableSortedMap.<String, Object>naturalOrder()
        .put("change", c.id().value()).put("project", c.project().value())
        .put("windowStart", c.windowStart()).put("windowEnd", c.windowEnd()).build();
    List<Notice> out = new ArrayList<>();
    for (Recipient who : settings.recipients()) {
      out.add(Notice.of(new NoticeKey("change", c.id().value(), CHANGE_RULE,
          NoticeKey.part("notice-missing." + who.text()), c.windowStart().toString()),
          NoticeKind.CHANGE_NOTICE_MISSING, who, at, parameters));
    }
    return out;
  }

  private List<Notice> backupNotices(BackupObligation b, Instant at) {
    Optional<BackupRecord> latest = b.latestAt(at);
    ImmutableSortedMap.Builder<String, Object> parameters =
        ImmutableSortedMap.<String, Object>naturalOrder().put("project", b.project().value());
    String occurrence;
    if (latest.isPresent()) {
      Instant dueBy = latest.get().takenAt().plus(b.terms().interval())
          .plus(settings.backupGrace());
      if (calendar.nextWorkingMoment(dueBy).isAfter(at)) {
        return List.of();
      }
      parameters.put("lastBackup", latest.get().takenAt()).put("dueBy", dueBy);
      occurrence = latest.get().takenAt().toString();
    } else {
      // Due since the obligation was opened: at the latest now, so the quiet-hours rule defers
      // it to the next working moment like any other reminder.
      if (calendar.nextWorkingMoment(at).isAfter(at)) {
        return List.of();
      }
      occurrence = "none";
    }
    List<Notice> out = new ArrayList<>();
    ImmutableSortedMap<String, Object> built = parameters.build();
    for (Recipient who : settings.recipients()) {
      out.add(Notice.of(new NoticeKey("backup", b.project().value(), BACKUP_RULE,
          NoticeKey.part("overdue." + who.text()), occurrence), NoticeKind.BACKUP_OVERDUE,
          who, at, built));
    }
    return out;
  }
}
