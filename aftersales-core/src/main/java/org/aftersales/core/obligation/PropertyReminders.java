package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.contract.PropertyReminder;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
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
 * The property after-sales reminders (商品房售后提醒), CON-09: every {@link PropertyReminder} of a
 * stored {@link PropertySale} — a payment or mortgage follow-up on the contract's schedule, the
 * move-in notice (入住通知书) after the completion acceptance, the title documents (产权证) within
 * three months of the delivery — issued as {@link NoticeKind#PROPERTY_REMINDER} its kind's lead
 * days before its due day, to every recipient the {@link ProjectReminderSettings} name for its
 * kind. Parameters: {@code contract}, {@code method}, {@code reminder} (the kind's code),
 * {@code due}, {@code reminderKey}.
 *
 * <p>Windows, quiet hours, exactly-once and a missed run work as in {@link ObligationReminders}:
 * keys {@code property-sale/<contract>/CON-09/<code>.<recipient>/<occurrence>@<due>}, the
 * occurrence being the last part of the {@link PropertyReminder#key()} (a corrected acceptance or
 * delivery day gives a new due day, hence a new reminder);
 * {@link #run()} issues {@code [at - lookback, at]}.
 *
 * <p><b>Failure semantics.</b> Changes no sale; a failure leaves notices recorded whole or not at
 * all, and a retry records the rest. Port calls: {@code PropertySales.dueBetween}, then
 * {@code dueBetweenAfter} per further page, each page followed by {@code NoticeLog.recordedAmong}
 * and one {@code NoticeLog.recordAllIfAbsent} for its new notices. Thread-safe if its ports are.
 */
@UseCase
public final class PropertyReminders {

  /** The source kind of property notice keys. */
  public static final String SOURCE = "property-sale";

  private final PropertySales sales;
  private final NoticeLog log;
  private final ProjectReminderSettings settings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  /**
   * Wires the reminders.
   *
   * @param sales the stored property sales
   * @param log the notice log (which also writes the outbox)
   * @param settings recipients and leads per kind, lookback, page size
   * @param calendar the business calendar (its zone and working time: no notice in quiet hours)
   * @param clock the run's instant; its zone is not used
   */
  public PropertyReminders(PropertySales sales, NoticeLog log, ProjectReminderSettings settings,
      BusinessCalendar calendar, Clock clock) {
    this.sales = requireNonNull(sales, "sales");
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
   * Issues the reminders whose issue instant lies in {@code [from, to)} and not after the clock.
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
    int maxLead = 0;
    for (PropertyReminderKind kind : PropertyReminderKind.values()) {
      maxLead = Math.max(maxLead, settings.propertyLeadDays().get(kind));
    }
    // A reminder issued on day D is due D + lead.
    LocalDate scanFrom = window.firstDay();
    LocalDate scanTo = window.lastDay().plusDays(maxLead + 1L);
    int pageSize = settings.pageSize();
    int[] counts = NoticeWindow.recordPages(log, sales.dueBetween(scanFrom, scanTo, pageSize),
        last -> sales.dueBetweenAfter(scanFrom, scanTo, last.contract(), pageSize), pageSize,
        (sale, due) -> {
          for (PropertyReminder r : sale.reminders(scanFrom, scanTo)) {
            if (window.issues(r.due().minusDays(settings.propertyLeadDays().get(r.kind())))) {
              due.addAll(NoticeWindow.Due.of(notices(sale, r, at)));
            }
          }
        }, recorded);
    return new ObligationRunReport(from, to, at, counts[0], counts[1], recorded);
  }

  private List<Notice> notices(PropertySale sale, PropertyReminder r, Instant at) {
    ImmutableSortedMap<String, Object> parameters = ImmutableSortedMap.<String, Object>naturalOrder()
        .put("contract", sale.contract().value())
        .put("method", sale.method().name())
        .put("reminder", r.kind().code())
        .put("due", r.due())
        .put("reminderKey", r.key())
        .build();
    // The key's other parts already name the contract, rule and kind; repeating the whole
    // reminder key would push a long (valid) contract ID past the key's 128-character limit.
    String occurrence = r.key().substring(r.key().lastIndexOf('/') + 1);
    List<Notice> out = new ArrayList<>();
    for (Recipient who : settings.propertyRecipients().get(r.kind())) {
      NoticeKey key = new NoticeKey(SOURCE, sale.contract().value(), PropertySale.RULE,
          NoticeKey.part(r.kind().code() + "." + who.text()), occurrence + "@" + r.due());
      out.add(Notice.of(key, NoticeKind.PROPERTY_REMINDER, who, at, parameters));
    }
    return out;
  }
}
