package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ObligationSchedule;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.organization.PersonId;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;

/**
 * The scheduler-facing run issues every notice exactly once whatever the windows: for a few
 * random contracts per try (maintenance contracts and free periods, general and security
 * systems, one to three systems, from one day to over two years), random fulfilments (early and
 * late, some followed up), carry-overs and write-offs, and a random split of a period of up to
 * 15 months into consecutive windows (random sizes, some empty, many cut inside quiet hours):
 * <ul>
 *   <li>one whole-period call records exactly the notices a model of the seed predicts — a due
 *       notice for every obligation neither fulfilled nor written off, on its effective due day
 *       minus the seed's lead (0 days for the expiry notice and the free-period report, 7 for the
 *       recurring ones; not before the contract's first day), an overdue reminder the day after
 *       the effective due day's working day (the due day itself if it is a working day, else the
 *       next one) for every one not settled — whose issue instant (the next working morning,
 *       09:00 on a working day of the office calendar) lies in the period;</li>
 *   <li>issuing window by window records the same notices, none twice, each by the window that
 *       holds its issue instant, which is working time (never in quiet hours);</li>
 *   <li>issuing every window twice, or two threads issuing the windows concurrently (one forwards,
 *       one backwards) over one notice log, records the same notices once;</li>
 *   <li>every notice's due day lies inside its contract.</li>
 * </ul>
 * The model is written here from the seed's numbers, not taken from the run.
 * // rule: CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06
 */
class ObligationRunProperties {

  /** Holidays of the office calendar (a week in October, New Year, Spring Festival, May Day). */
  static final Set<LocalDate> HOLIDAYS = holidays();

  static final WorkingCalendar CALENDAR = calendar();
  static final ObligationSchedule SCHEDULE = ContractFixtures.seedSchedule();
  /** The seed's leads in days: 0 for the end notices (CON-01, CON-02), 7 for recurring ones. */
  static final Map<ObligationKind, Integer> SEED_LEAD = seedLeads();
  static final ExecutorService THREADS = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "obligation-run-properties");
    t.setDaemon(true);
    return t;
  });

  private static Set<LocalDate> holidays() {
    Set<LocalDate> out = new HashSet<>();
    addRange(out, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));
    out.add(LocalDate.of(2027, 1, 1));
    addRange(out, LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 12));
    addRange(out, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 5));
    addRange(out, LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 7));
    return Set.copyOf(out);
  }

  private static void addRange(Set<LocalDate> out, LocalDate first, LocalDate last) {
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d);
    }
  }

  private static WorkingCalendar calendar() {
    WorkingCalendar.Builder b = ContractFixtures.seedCalendarBuilder();
    HOLIDAYS.forEach(d -> b.holiday(d, "holiday"));
    return b.build();
  }

  private static Map<ObligationKind, Integer> seedLeads() {
    Map<ObligationKind, Integer> out = new HashMap<>();
    for (ObligationKind k : ObligationKind.values()) {
      out.put(k, 7);
    }
    out.put(ObligationKind.EXPIRY_NOTICE, 0);
    out.put(ObligationKind.FREE_PERIOD_END_REPORT, 0);
    return Map.copyOf(out);
  }

  /**
   * The model's issue instant of a notice of {@code day}: 09:00 in Shanghai on the first day on
   * or after it that is Monday to Friday and no holiday (the office opens at 09:00).
   */
  static Instant nextWorkingMorning(LocalDate day) {
    return workingDay(day).atTime(9, 0).atZone(SHANGHAI).toInstant();
  }

  /**
   * The model's working day of {@code day}: the first day on or after it that is Monday to
   * Friday and no holiday.
   */
  static LocalDate workingDay(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
        || HOLIDAYS.contains(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** A window {@code [from, to)} of the split. */
  record Window(Instant from, Instant to) {}

  /** The files, the period and its split. */
  record Scenario(List<ContractFile> files, Instant from, Instant to, List<Window> windows) {}

  private static final List<LocalTime> QUIET_OR_EDGE = List.of(LocalTime.MIDNIGHT,
      LocalTime.of(3, 17), LocalTime.of(8, 59, 59, 999_999_000), LocalTime.of(9, 0),
      LocalTime.of(9, 0, 0, 1_000), LocalTime.of(12, 30), LocalTime.of(18, 0),
      LocalTime.of(23, 59));

  static Scenario scenario(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate periodStart = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
    Instant from = at(periodStart, random);
    Instant to = from.plus(Duration.ofMinutes(1 + random.nextLong(450L * 24 * 60)));
    List<ContractFile> files = new ArrayList<>();
    int contracts = 1 + random.nextInt(4);
    for (int i = 0; i < contracts; i++) {
      files.add(file(ContractId.of("C-" + seed + "-" + i), periodStart,
          (int) Duration.between(from, to).toDays(), random));
    }
    // Cut points: random instants, quiet-hour and edge times of random days, some repeated.
    List<Instant> cuts = new ArrayList<>();
    int n = random.nextInt(16);
    long span = Duration.between(from, to).toMinutes();
    for (int i = 0; i < n; i++) {
      Instant cut;
      int how = random.nextInt(3);
      if (how == 0 || span < 2) {
        cut = from.plus(Duration.ofMinutes(random.nextLong(Math.max(1, span))));
      } else {
        LocalDate day = LocalDate.ofInstant(from, SHANGHAI)
            .plusDays(random.nextLong(Math.max(1, span / (24 * 60))));
        cut = day.atTime(QUIET_OR_EDGE.get(random.nextInt(QUIET_OR_EDGE.size())))
            .atZone(SHANGHAI).toInstant();
      }
      if (cut.isBefore(from) || cut.isAfter(to)) {
        cut = from;
      }
      cuts.add(cut);
      if (how == 2) {
        cuts.add(cut); // an empty window
      }
    }
    Collections.sort(cuts);
    List<Window> windows = new ArrayList<>();
    Instant start = from;
    for (Instant cut : cuts) {
      windows.add(new Window(start, cut));
      start = cut;
    }
    windows.add(new Window(start, to));
    return new Scenario(List.copyOf(files), from, to, List.copyOf(windows));
  }

  private static Instant at(LocalDate day, SplittableRandom random) {
    return random.nextBoolean()
        ? day.atTime(QUIET_OR_EDGE.get(random.nextInt(QUIET_OR_EDGE.size()))).atZone(SHANGHAI)
            .toInstant()
        : day.atStartOfDay(SHANGHAI).toInstant().plusSeconds(random.nextInt(24 * 3600));
  }

  /** A contract around the period, with random fulfilments, follow-ups and dispositions. */
  private static ContractFile file(ContractId id, LocalDate periodStart, int periodDays,
      SplittableRandom random) {
    // A quarter one-day contracts, a quarter up to two months, half two months to 27 months;
    // the short ones start inside the period, the long ones up to 400 days before it.
    int shape = random.nextInt(4);
    long length = shape == 0 ? 0 : shape == 1 ? random.nextInt(60) : 60 + random.nextInt(760);
    LocalDate start = shape <= 1 ? periodStart.plusDays(random.nextInt(periodDays + 1))
        : periodStart.minusDays(400).plusDays(random.nextInt(400 + periodDays + 1));
    String[] systems = {"SYS-1", "SYS-2", "SYS-3"};
    ServiceContract c = ServiceContract.of(id, ContractFixtures.CUSTOMER,
        random.nextBoolean() ? ContractKind.MAINTENANCE : ContractKind.FREE_MAINTENANCE,
        random.nextBoolean() ? SystemCategory.GENERAL : SystemCategory.SECURITY,
        Arrays.stream(systems).limit(1 + random.nextInt(3))
            .map(SystemId::of).toList(),
        start, start.plusDays(length));
    ContractFile f = ContractFile.open(c);
    PersonId by = PersonId.of("ENG-01");
    for (Obligation o : SCHEDULE.due(c, c.start(), c.end().plusDays(1))) {
      int roll = random.nextInt(20);
      Instant stamp = o.due().atTime(10, 0).atZone(SHANGHAI).toInstant();
      if (roll < 6) {
        // fulfilled between 20 days early and 20 days late
        Instant done = stamp.plus(Duration.ofDays(random.nextInt(41) - 20L));
        f = f.fulfil(o, ObligationFulfilment.of(by, done, "DOC-" + roll), done).state();
        if (ContractFile.needsFollowUp(o.kind()) && random.nextBoolean()) {
          f = f.assignFollowUp(o, FollowUpAssignment.of(PersonId.of("SALES-1"), by, done), done)
              .state();
        }
      } else if (roll == 6) {
        f = f.dispose(o, new ObligationDisposition(DispositionKind.WRITTEN_OFF, o.due(),
            "waived", by, stamp), stamp).state();
      } else if (roll == 7) {
        LocalDate day = c.start().plusDays(random.nextLong(length + 1));
        f = f.dispose(o, new ObligationDisposition(DispositionKind.CARRIED_OVER, day,
            "moved", by, stamp), stamp).state();
      }
    }
    return f;
  }

  /**
   * The model: every notice the seed calls for whose issue instant lies in {@code [from, to)},
   * as {@code <obligation key>|<step>|<effective due day>} with its issue instant.
   */
  static Map<String, Instant> expected(Scenario s) {
    Map<String, Instant> out = new HashMap<>();
    for (ContractFile f : s.files()) {
      ServiceContract c = f.contract();
      for (Obligation o : SCHEDULE.due(c, c.start(), c.end().plusDays(1))) {
        ObligationDisposition d = f.dispositions().get(o.key());
        if (d != null && d.kind() == DispositionKind.WRITTEN_OFF) {
          continue;
        }
        LocalDate due = d != null ? d.due() : o.due();
        boolean fulfilled = f.fulfilments().containsKey(o.key());
        boolean settled = fulfilled && (!(o.kind() == ObligationKind.EXPIRY_NOTICE
            || o.kind() == ObligationKind.FREE_PERIOD_END_REPORT)
            || f.followUps().containsKey(o.key()));
        if (!fulfilled) {
          LocalDate day = due.minusDays(SEED_LEAD.get(o.kind()));
          put(out, o.key() + "|due|" + due, day.isBefore(c.start()) ? c.start() : day, s);
        }
        if (!settled) {
          // The day after the due day's working day, grace 0 (the seed).
          put(out, o.key() + "|overdue|" + due, workingDay(due).plusDays(1), s);
        }
      }
    }
    return out;
  }

  private static void put(Map<String, Instant> out, String key, LocalDate day, Scenario s) {
    Instant issue = nextWorkingMorning(day);
    if (!issue.isBefore(s.from()) && issue.isBefore(s.to())) {
      out.put(key, issue);
    }
  }

  static String tuple(Notice n) {
    String step = n.key().step().split("\\.")[1];
    return n.parameters().get("obligation") + "|" + step + "|" + n.parameters().get("due");
  }

  /** A database with the scenario's files, a log and the run, its clock after the period. */
  static final class Store {
    final InMemoryDatabase database = InMemoryDatabase.create();
    final InMemoryContracts contracts = InMemoryContracts.over(database);
    final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    final ObligationReminders reminders;

    Store(Scenario s) {
      for (ContractFile f : s.files()) {
        contracts.save(f, List.of());
      }
      reminders = new ObligationReminders(contracts, log, SCHEDULE,
          ContractFixtures.seedSettings().withPageSize(2), CALENDAR,
          TestClock.at(s.to().plus(Duration.ofDays(1)), SHANGHAI));
    }

    List<Notice> issue(Window w) {
      return reminders.issue(w.from(), w.to()).recorded();
    }

    Set<Notice> logged() {
      return Set.copyOf(log.all());
    }
  }

  @Property(tries = 100)
  void window_by_window_records_exactly_the_notices_of_one_whole_period_call_each_in_working_time(
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    Scenario s = scenario(seed);
    Map<String, Instant> model = expected(s);
    Store whole = new Store(s);
    ObligationRunReport once = whole.reminders.issue(s.from(), s.to());
    Statistics.label("notices").collect(model.isEmpty() ? "none"
        : model.size() < 20 ? "1-19" : model.size() < 100 ? "20-99" : "100+");
    Statistics.label("windows").collect(s.windows().size() < 5 ? "1-4" : "5+");
    assertEquals(model.keySet(), once.recorded().stream().map(ObligationRunProperties::tuple)
        .collect(Collectors.toSet()), "the whole period matches the model");
    assertEquals(once.recorded().size(), whole.log.all().size());

    Store split = new Store(s);
    int recorded = 0;
    for (Window w : s.windows()) {
      for (Notice n : split.issue(w)) {
        recorded++;
        Instant issue = model.get(tuple(n));
        assertTrue(issue != null && !issue.isBefore(w.from()) && issue.isBefore(w.to()),
            "recorded by the window holding its issue instant: " + tuple(n));
        assertTrue(CALENDAR.isWorkingTime(issue), "never in quiet hours: " + issue);
      }
    }
    assertEquals(whole.logged(), split.logged());
    assertEquals(split.log.all().size(), recorded, "none twice");
    for (Notice n : split.log.all()) {
      ServiceContract c = s.files().stream().map(ContractFile::contract)
          .filter(k -> k.id().value().equals(n.parameters().get("contract"))).findFirst()
          .orElseThrow();
      assertTrue(c.covers((LocalDate) n.parameters().get("due")), "due inside the contract");
    }
  }

  @Property(tries = 60)
  void issuing_every_window_twice_records_the_same_notices_once(
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    Scenario s = scenario(seed);
    Store whole = new Store(s);
    whole.reminders.issue(s.from(), s.to());
    Store twice = new Store(s);
    int recorded = 0;
    for (Window w : s.windows()) {
      recorded += twice.issue(w).size();
      assertEquals(List.of(), twice.issue(w), "the second call of a window records nothing");
    }
    assertEquals(whole.logged(), twice.logged());
    assertEquals(twice.log.all().size(), recorded);
  }

  @Property(tries = 60)
  void two_threads_issuing_the_windows_concurrently_record_the_same_notices_once(
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) throws Exception {
    Scenario s = scenario(seed);
    Store whole = new Store(s);
    whole.reminders.issue(s.from(), s.to());
    Store shared = new Store(s);
    List<Window> forwards = s.windows();
    List<Window> backwards = new ArrayList<>(forwards);
    Collections.reverse(backwards);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> threads = new ArrayList<>();
    for (List<Window> order : List.of(forwards, backwards)) {
      threads.add(CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        int n = 0;
        for (Window w : order) {
          n += shared.issue(w).size();
        }
        return n;
      }, THREADS));
    }
    go.countDown();
    int recorded = 0;
    for (CompletableFuture<Integer> t : threads) {
      recorded += t.get(30, TimeUnit.SECONDS);
    }
    assertEquals(whole.logged(), shared.logged());
    assertEquals(shared.log.all().size(), recorded, "each notice recorded by one thread");
  }
}
