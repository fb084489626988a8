package org.aftersales.core.obligation;

import static org.aftersales.core.obligation.ObligationFakes.freePeriod;
import static org.aftersales.core.obligation.ObligationFakes.maintenance;
import static org.aftersales.core.obligation.ObligationFakes.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aftersales.core.contract.MonthEndSchedule;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.obligation.ObligationFakes.Files;
import org.aftersales.core.obligation.ObligationFakes.Log;
import org.aftersales.core.obligation.ObligationFakes.TestClock;
import org.aftersales.core.servicelevel.OfficeCalendar;

/**
 * Any split of a period into windows issues every notice exactly once: the union of what the
 * windows record is what one call for the whole period records, and no window finds a notice
 * of another already recorded. Windows are cut at instants that matter — the start of a day,
 * just before, at and just after 09:00, noon and the evening — on any of the period's days,
 * with a holiday week and three contracts (one starting mid-month, one a free period).
 *
 * <p>// rule: CON-01, CON-02, CON-04
 */
class ObligationWindowProperties {

  static final Instant START = sh("2027-01-01T00:00");
  static final int DAYS = 200;
  static final Duration[] TIMES = {Duration.ZERO, Duration.ofHours(9).minusNanos(1_000),
      Duration.ofHours(9), Duration.ofHours(9).plusNanos(1_000), Duration.ofHours(12),
      Duration.ofHours(17).plusMinutes(30)};
  static final Instant END = START.plus(Duration.ofDays(DAYS));

  static Files files() {
    Files files = new Files();
    files.stored(maintenance("C-1", List.of("SYS-1", "SYS-2"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 31)));
    files.stored(maintenance("C-3", List.of("SYS-1"), LocalDate.of(2027, 1, 15),
        LocalDate.of(2027, 5, 20)));
    files.stored(freePeriod("F-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 6, 30)));
    return files;
  }

  static ObligationReminders reminders(Files files, Log log) {
    Set<LocalDate> holidays = new TreeSet<>();
    for (int d = 1; d <= 7; d++) {
      holidays.add(LocalDate.of(2027, 2, d));
    }
    return new ObligationReminders(files, log, new MonthEndSchedule(),
        ObligationSettings.seed(), new OfficeCalendar(holidays), new TestClock(END));
  }

  static Instant cut(int code) {
    return START.plus(Duration.ofDays(code / TIMES.length)).plus(TIMES[code % TIMES.length]);
  }

  static Set<String> keys(List<Notice> notices) {
    Set<String> out = new TreeSet<>();
    notices.forEach(n -> out.add(n.key().text()));
    return out;
  }

  @Property(tries = 150)
  void any_split_of_a_period_into_windows_issues_each_notice_exactly_once(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = DAYS * 6 - 1) Integer> cuts) {
    Set<Instant> bounds = new TreeSet<>();
    bounds.add(START);
    bounds.add(END);
    cuts.forEach(c -> bounds.add(cut(c)));
    List<Instant> ordered = new ArrayList<>(bounds);

    Log whole = new Log();
    List<Notice> expected = reminders(files(), whole).issue(START, END).recorded();

    Log split = new Log();
    Files files = files();
    List<Notice> recorded = new ArrayList<>();
    int already = 0;
    for (int i = 0; i + 1 < ordered.size(); i++) {
      ObligationRunReport r = reminders(files, split).issue(ordered.get(i), ordered.get(i + 1));
      recorded.addAll(r.recorded());
      already += r.alreadyRecorded();
    }
    assertEquals(0, already);
    assertEquals(expected.size(), recorded.size());
    assertEquals(keys(expected), keys(recorded));
    // C-1: 2 systems × 3 months × (due + overdue) + expiry (due + overdue) = 14; C-3: Jan–Apr
    // inspections (May's month end lies after 20 May) × 2 + expiry × 2 = 10; F-1: 6 months × 2
    // + the report × 2 = 14 (June's overdue reminder, 1 July, inside the 200 days). The holiday
    // week moves January's overdue reminders (due Sun 31 Jan, working day Mon 8 Feb) to Tue 9 Feb:
    // a window starting in the closure must reach back over it to Sun 31 Jan.
    assertEquals(38, expected.size());
  }

  @Property(tries = 100)
  void overlapping_windows_in_any_order_then_the_whole_period_leave_each_notice_once(
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = DAYS * 6 - 1) Integer> starts,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 60 * 6) Integer> lengths) {
    Log log = new Log();
    Files files = files();
    int n = Math.min(starts.size(), lengths.size());
    for (int i = 0; i < n; i++) {
      Instant from = cut(starts.get(i));
      Instant to = from.plus(Duration.between(START, cut(lengths.get(i))));
      reminders(files, log).issue(from, to.isAfter(END) ? END : to);
    }
    int before = log.notices.size();
    ObligationRunReport last = reminders(files, log).issue(START, END);
    assertEquals(38, log.notices.size());
    assertEquals(38 - before, last.recorded().size());
    assertEquals(before, last.alreadyRecorded());
  }
}
