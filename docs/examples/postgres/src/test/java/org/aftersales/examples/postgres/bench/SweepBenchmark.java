package org.aftersales.examples.postgres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintReminderReport;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminderWatch;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceLevelSweep;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceLevelWatch;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.SweepReport;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.complaint.JdbcComplaints;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.examples.postgres.notification.JdbcNoticeLog;
import org.aftersales.examples.postgres.service.JdbcServiceRequests;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.service.ServiceRequestStates;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reminder run ({@link ComplaintReminders}, CMP-19) over {@link Bench#CASES} open complaint
 * cases and the service-level sweep ({@link ServiceLevelSweep}, SVC-08) over as many open
 * service requests, on the seed's Shanghai office calendar, each at Tuesday 1 December 2026
 * 11:00 in Shanghai. Target: 2 s or less per run.
 *
 * <p>The aggregates are loaded through the adapters ({@code JdbcComplaints.save},
 * {@code JdbcServiceRequests.save}; 8 threads, 500 saves per host transaction), made by the
 * aggregates' own registration from fresh commands of {@link Workload} — saved without their
 * registration events (the runs do not read the outbox). Complaint cases: nine in ten accepted on
 * Monday 30 November between 13:31 and 16:14, so that their first step (registration, ½ working
 * day = 225 minutes, CMP-05) is overdue at the run and urged once (level 0; level 1 comes ½
 * working day after the due instant, later than the run); one in ten accepted on Tuesday between
 * 09:00 and 10:59, not yet due. Service requests: received on Monday 30 November between 13:00
 * and 15:29, in the city (arrival within 6 working hours, SVC-11) or the suburbs (7), one in
 * three dispatched ten minutes after the call: their arrival promises fall due on Tuesday
 * between 10:30 and 12:30, so most are breached or within the warning lead (60 minutes) at the
 * run, the rest not yet due.
 *
 * <p>Per sweep it reports: the first run (every aggregate saved since its last check, so all of
 * them are read; it records every notice due — the backlog of a first run after loading — and
 * schedules each aggregate's next check), a repeat at the same instant (nothing is due for a
 * check: the floor of a run, in rounds), eight hourly runs from 12:00 to 19:00 (each reads the
 * aggregates whose check fell in its hour and records what became due: the steady state of an
 * hourly schedule), and where the time goes in reading: the SQL alone (paging the documents' text), the
 * adapter's pages (SQL + JSON + the domain's checks), deriving what is due in memory, and the
 * plan of the page query (EXPLAIN ANALYZE). // rule: CMP-19, SVC-08
 */
class SweepBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant AT = shanghai("2026-12-01T11:00");
  private static final int LOADERS = 8;
  private static final int BATCH = 500;
  /** How many hourly runs follow the first. */
  private static final int HOURS = 8;
  private static final AftersalesJson JSON = new AftersalesJson();

  private static PostgresStore store;

  @BeforeAll
  static void open() {
    store = TestDatabase.node(Bench.database("sweeps"), 2 * LOADERS + 4);
    Bench.log("sweeps: " + Bench.load());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Instant shanghai(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  /** Minutes {@code from} … {@code to − 1} after {@code start}, chosen at random. */
  private static Instant within(SplittableRandom r, String start, int from, int to) {
    return shanghai(start).plusSeconds(60L * (from + r.nextInt(to - from)) + r.nextInt(60));
  }

  /** Saves {@code count} aggregates made by {@code make(i)}, spread over loader threads. */
  private static <T> long load(int count, Transactions tx, java.util.function.IntFunction<T> make,
      java.util.function.Consumer<T> save) throws Exception {
    int perThread = (count + LOADERS - 1) / LOADERS;
    int batches = (perThread + BATCH - 1) / BATCH;
    return Bench.parallel(LOADERS, batches, (t, b) -> tx.inTransaction(c -> {
      for (int k = 0; k < BATCH; k++) {
        int i = t * perThread + b * BATCH + k;
        if (i < Math.min(count, (t + 1) * perThread)) {
          save.accept(make.apply(i));
        }
      }
      return null;
    }));
  }

  // --- complaint reminders ------------------------------------------------------------------

  @Test
  void complaint_reminders_over_the_open_cases() throws Exception {
    Transactions tx = store.transactions();
    JdbcComplaints complaints = new JdbcComplaints(tx, JSON);
    ComplaintProcedure procedure = ComplaintProcedure.seed()
        .withRoute(SeedServiceLevels.COMPLAINT_STEPS);
    DocumentNumbering numbering = SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
        InMemoryNumberSequences.create());
    int n = Bench.CASES;
    long loadNanos = load(n, tx, i -> {
      SplittableRandom r = new SplittableRandom(i * 31L + 7);
      Instant accepted = i % 10 == 9
          ? within(r, "2026-12-01T09:00", 0, 119)
          : within(r, "2026-11-30T13:31", 0, 163);
      RegisterComplaint command = new RegisterComplaint(
          RequestId.of(String.format(Locale.ROOT, "bench-load-%d-%07d", Bench.RUN, i)), accepted,
          Workload.intake(r, i));
      return ComplaintCase.register(command, numbering.next(accepted), procedure, accepted)
          .state();
    }, c -> complaints.save(c, List.of()));
    Bench.result(String.format(Locale.ROOT,
        "loaded %,d open complaint cases through JdbcComplaints.save in %.1f s (%,.0f/s, %d "
            + "threads, %d per transaction); table %s", n, loadNanos / 1e9,
        Bench.perSecond(n, loadNanos), LOADERS, BATCH, size("complaint_case")));
    analyze("complaint_case");

    String page = "SELECT version, document::text FROM complaint_case WHERE in_progress"
        + " AND (series, period_start, serial, number_text) > (?, ?, ?, ?)"
        + " ORDER BY series, period_start, serial, number_text LIMIT ?";
    ComplaintReminderSettings settings = ComplaintReminderSettings.seed();
    ComplaintReminderWatch watch = new ComplaintReminderWatch(ComplaintFixtures.SEED_POLICY,
        settings);
    // Where the time goes: warm the JVM and the buffers first (a running ERP is warm).
    for (int w = 0; w < 1; w++) {
      complaintPages(complaints, settings.pageSize());
    }
    String order = " ORDER BY series, period_start, serial, number_text LIMIT ?";
    String after = " AND (series, period_start, serial, number_text) > (?, ?, ?, ?)";
    long[] sql = new long[3];
    String[] selects = {"version", "length(document::text)", "version, document::text"};
    for (int v = 0; v < selects.length; v++) {
      String keyed = "SELECT series, period_start, serial, number_text, " + selects[v]
          + " FROM complaint_case WHERE in_progress";
      sql[v] = Bench.time(() -> sqlPages(keyed + order, keyed + after + order,
          settings.pageSize(), 4));
    }
    sqlSplit("complaint reminders", n, sql);
    long sqlOnly = sql[2];
    List<ComplaintCase> all = new ArrayList<>();
    long adapter = Bench.time(() -> all.addAll(complaintPages(complaints, settings.pageSize())));
    assertEquals(n, all.size());
    long derive = Bench.time(() -> {
      int due = 0;
      for (ComplaintCase c : all) {
        due += watch.urgesDue(c, AT).size();
      }
      Bench.log("urges due: " + due);
    });
    phases("complaint reminders", n, sqlOnly, adapter, derive);
    explain("complaint page query (keyset, from the middle)",
        "EXPLAIN (ANALYZE, BUFFERS) " + page.replace("LIMIT ?", "LIMIT " + settings.pageSize()),
        "SELECT series, period_start, serial, number_text FROM complaint_case WHERE in_progress"
            + " ORDER BY series, period_start, serial, number_text OFFSET " + n / 2
            + " LIMIT 1");

    JdbcNoticeLog log = new JdbcNoticeLog(tx, JSON);
    TestClock clock = TestClock.at(AT, SHANGHAI);
    ComplaintReminders reminders = new ComplaintReminders(complaints, log,
        ComplaintFixtures.SEED_POLICY, settings, clock);
    ComplaintReminderReport[] report = new ComplaintReminderReport[1];
    long firstRun = Bench.time(() -> report[0] = reminders.run());
    Bench.result(String.format(Locale.ROOT,
        "complaint reminders, first run over %,d open cases: %.2f s, %,d cases read, %,d notices "
            + "recorded (%s), %,d digests (%.2f ms per notice recorded)",
        n, firstRun / 1e9, report[0].casesRead(), report[0].recorded().size(),
        kinds(report[0].recorded()), report[0].digests().size(),
        firstRun / 1e6 / Math.max(1, report[0].recorded().size())));
    assertTrue(report[0].recorded().size() >= n * 8 / 10, "most cases are due");
    // The load's statistics say every case is due; autovacuum analyses the table after the first
    // run (it updated every row) — done here at once, as an ERP that loads and sweeps would.
    analyze("complaint_case");
    List<NoticeKey> dueKeys = new ArrayList<>();
    for (ComplaintCase c : all) {
      watch.urgesDue(c, AT).forEach(u -> dueKeys.add(u.key()));
    }
    recordedAmong("complaint reminders", log, dueKeys, settings.pageSize());
    Bench.rounds("complaint reminders, a repeat at the same instant over " + n
        + " open cases (every case checked: none due)", "ms", 0, Bench.SWEEP_ROUNDS, () -> {
          long nanos = Bench.time(() -> assertEquals(0, reminders.run().recorded().size()));
          return Bench.millis(nanos);
        });
    floor("complaint reminders", List.of(
        () -> complaints.dueForReminderCheck(AT, settings.pageSize()).size(),
        () -> complaints.closedBetween(AT.minus(settings.closedLookback()), AT).size(),
        () -> log.awaitingDigest(ComplaintReminders.REMINDER_KINDS, settings.digestBatch())
            .size()),
        List.of("Complaints.dueForReminderCheck", "Complaints.closedBetween",
            "NoticeLog.awaitingDigest"));
    Timed.Totals totals = new Timed.Totals();
    ComplaintReminders timed = new ComplaintReminders(
        Timed.of(org.aftersales.core.complaint.Complaints.class, complaints, totals),
        Timed.of(org.aftersales.core.notification.NoticeLog.class, log, totals),
        ComplaintFixtures.SEED_POLICY, settings, clock);
    hourly("complaint reminders", n, clock, "complaint_case", "reminder_check", () -> {
      totals.clear();
      ComplaintReminderReport r = timed.run();
      Bench.result("complaint reminders, the run's port calls: " + totals);
      return new int[] {r.casesRead(), r.recorded().size()};
    });
  }

  /**
   * The runs of an hourly schedule after the first: the clock one hour on each time, from 12:00
   * to 19:00 in Shanghai on Tuesday 1 December — the afternoon in which the level-1 escalations
   * of the loaded cases (½ working day after their due instants) and the breaches of the loaded
   * requests fall due. Each run reads only what is due for a check; it reports its time, the
   * aggregates due before it (counted in SQL), those it read and the notices it recorded.
   */
  private static void hourly(String what, int open, TestClock clock, String table,
      String checkColumn, java.util.function.Supplier<int[]> run) throws Exception {
    int recordedInAll = 0;
    long slowest = 0;
    for (int hour = 1; hour <= HOURS; hour++) {
      clock.advance(Duration.ofHours(1));
      long due = countDue(table, checkColumn, clock.instant());
      int[][] result = new int[1][];
      long nanos = Bench.time(() -> result[0] = run.get());
      if (result[0][0] < 0) {
        result[0][0] = (int) due;
      }
      slowest = Math.max(slowest, nanos);
      recordedInAll += result[0][1];
      Bench.result(String.format(Locale.ROOT,
          "%s, hourly run at %s over %,d open: %.0f ms, %,d due for a check before it, %,d read, "
              + "%,d notices recorded (%.1f µs per aggregate read)",
          what, clock.instant().atZone(SHANGHAI).toLocalTime(), open, nanos / 1e6, due,
          result[0][0], result[0][1], nanos / 1e3 / Math.max(1, result[0][0])));
    }
    Bench.result(String.format(Locale.ROOT,
        "%s, hourly runs 12:00–%02d:00: slowest %.0f ms, %,d notices recorded in all", what,
        11 + HOURS, slowest / 1e6, recordedInAll));
    assertTrue(recordedInAll > 0, "the afternoon's runs find something newly due");
  }

  /** Where a run with nothing due spends its time: each of its port calls, timed alone. */
  private static void floor(String what, List<java.util.function.IntSupplier> calls,
      List<String> names) throws Exception {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < calls.size(); i++) {
      java.util.function.IntSupplier call = calls.get(i);
      call.getAsInt(); // warm
      int[] rows = new int[1];
      long nanos = Bench.time(() -> rows[0] = call.getAsInt());
      out.append(String.format(Locale.ROOT, "%s%s %.1f ms (%d rows)", i == 0 ? "" : "; ",
          names.get(i), nanos / 1e6, rows[0]));
    }
    Bench.result(what + ", a run with nothing due, its port calls alone: " + out);
  }

  /** The aggregates due for a check at {@code at}: what a run reads (the sweep reports none). */
  private static long countDue(String table, String checkColumn, Instant at) {
    try {
      return count("SELECT count(*) FROM " + table + " WHERE " + checkColumn + " < ?", at);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql, Instant at) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * The complaint reminders' steady state over a month of open cases: {@link Bench#CASES} cases
   * accepted at random instants over the four weeks before the first run (3 November to
   * 1 December 2026, any hour: the budgets count working time on the Shanghai calendar from the
   * acceptance), in a database of their own. The first run records the backlog and schedules
   * every case; then eight hourly runs from 12:00 to 19:00, each reading only the cases whose
   * check fell in its hour (the step's, the report's or the overall limit's levels, spread as a
   * month's registrations spread them). // rule: CMP-19
   */
  @Test
  void complaint_reminders_hourly_over_a_month_of_open_cases() throws Exception {
    PostgresStore shared = store;
    try (PostgresStore own = TestDatabase.node(Bench.database("sweeps_month"), 2 * LOADERS + 4)) {
      store = own;
      Transactions tx = own.transactions();
      JdbcComplaints complaints = new JdbcComplaints(tx, JSON);
      ComplaintProcedure procedure = ComplaintProcedure.seed()
          .withRoute(SeedServiceLevels.COMPLAINT_STEPS);
      DocumentNumbering numbering = SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
          InMemoryNumberSequences.create());
      int n = Bench.CASES;
      long loadNanos = load(n, tx, i -> {
        SplittableRandom r = new SplittableRandom(i * 17L + 5);
        Instant accepted = within(r, "2026-11-03T11:00", 0, 28 * 24 * 60);
        RegisterComplaint command = new RegisterComplaint(
            RequestId.of(String.format(Locale.ROOT, "bench-month-%d-%07d", Bench.RUN, i)),
            accepted, Workload.intake(r, i));
        return ComplaintCase.register(command, numbering.next(accepted), procedure, accepted)
            .state();
      }, c -> complaints.save(c, List.of()));
      Bench.result(String.format(Locale.ROOT,
          "month of complaints: loaded %,d open cases accepted over 28 days in %.1f s", n,
          loadNanos / 1e9));
      analyze("complaint_case");
      JdbcNoticeLog log = new JdbcNoticeLog(tx, JSON);
      TestClock clock = TestClock.at(AT, SHANGHAI);
      ComplaintReminders reminders = new ComplaintReminders(complaints, log,
          ComplaintFixtures.SEED_POLICY, ComplaintReminderSettings.seed(), clock);
      ComplaintReminderReport[] first = new ComplaintReminderReport[1];
      long firstRun = Bench.time(() -> first[0] = reminders.run());
      Bench.result(String.format(Locale.ROOT,
          "month of complaints, first run (every case due: the backlog): %.2f s, %,d read, %,d "
              + "notices recorded (%s)", firstRun / 1e9, first[0].casesRead(),
          first[0].recorded().size(), kinds(first[0].recorded())));
      analyze("complaint_case");
      hourly("month of complaints", n, clock, "complaint_case", "reminder_check", () -> {
        ComplaintReminderReport r = reminders.run();
        return new int[] {r.casesRead(), r.recorded().size()};
      });
    } finally {
      store = shared;
    }
  }

  private static List<ComplaintCase> complaintPages(JdbcComplaints complaints, int pageSize) {
    List<ComplaintCase> all = new ArrayList<>();
    List<ComplaintCase> page = complaints.inProgress(pageSize);
    while (true) {
      all.addAll(page);
      if (page.size() < pageSize) {
        return all;
      }
      page = complaints.inProgressAfter(page.get(page.size() - 1).number(), pageSize);
    }
  }

  // --- service-level sweep ------------------------------------------------------------------

  @Test
  void service_level_sweep_over_the_open_requests() throws Exception {
    Transactions tx = store.transactions();
    JdbcServiceRequests requests = new JdbcServiceRequests(tx, JSON);
    int n = Bench.CASES;
    ServiceLevelPolicy levels = ServiceFixtures.seedServiceLevels(); // built once: it is costly
    long loadNanos = load(n, tx, i -> {
      SplittableRandom r = new SplittableRandom(i * 131L + 3);
      Instant received = within(r, "2026-11-30T13:00", 0, 150);
      RegisterServiceRequest command = ServiceFixtures.registerServiceRequest()
          .requestId(RequestId.of(String.format(Locale.ROOT, "bench-svc-%d-%07d",
              Bench.RUN, i)))
          .receivedAt(received)
          .customerName(Workload.customer(r))
          .address(Workload.address(r))
          .phone(Workload.phone(r))
          .productModel(Workload.model(r))
          .zone(r.nextInt(3) == 0 ? ServiceZone.SUBURB : ServiceZone.CITY)
          .channel(Workload.channel(r))
          .problem(Workload.problem(r))
          .build();
      ServiceRequest registered = ServiceRequest.register(command,
          r.nextInt(4) == 0 ? ServiceFixtures.anEntitlement() : Entitlement.none(), levels,
          received).state();
      Instant dispatch = received.plus(Duration.ofMinutes(10));
      return i % 3 == 2 ? ServiceRequestStates.dispatched(registered, dispatch) : registered;
    }, r -> requests.save(r, List.of()));
    Bench.result(String.format(Locale.ROOT,
        "loaded %,d open service requests through JdbcServiceRequests.save in %.1f s (%,.0f/s, "
            + "%d threads, %d per transaction); table %s", n, loadNanos / 1e9,
        Bench.perSecond(n, loadNanos), LOADERS, BATCH, size("service_request")));
    analyze("service_request");

    ServiceLevelSweepSettings settings = ServiceLevelSweepSettings.seed();
    String page = "SELECT document::text FROM service_request WHERE status <> 'CLOSED'"
        + " AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?";
    for (int w = 0; w < 1; w++) {
      servicePages(requests, settings.pageSize());
    }
    long[] sql = new long[3];
    String[] selects = {"version", "length(document::text)", "document::text"};
    for (int v = 0; v < selects.length; v++) {
      String keyed = "SELECT received_at, id, " + selects[v] + " FROM service_request"
          + " WHERE status <> 'CLOSED'";
      sql[v] = Bench.time(() -> sqlPages(keyed + " ORDER BY received_at, id LIMIT ?",
          keyed + " AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?",
          settings.pageSize(), 2));
    }
    sqlSplit("service-level sweep", n, sql);
    long sqlOnly = sql[2];
    List<ServiceRequest> all = new ArrayList<>();
    long adapter = Bench.time(() -> all.addAll(servicePages(requests, settings.pageSize())));
    assertEquals(n, all.size());
    long derive = Bench.time(() -> {
      int due = 0;
      for (ServiceRequest r : all) {
        due += ServiceLevelWatch.candidates(r, AT, settings).size();
      }
      Bench.log("service notices due: " + due);
    });
    phases("service-level sweep", n, sqlOnly, adapter, derive);
    explain("service page query (keyset, from the middle)",
        "EXPLAIN (ANALYZE, BUFFERS) " + page.replace("LIMIT ?", "LIMIT " + settings.pageSize()),
        "SELECT received_at, id FROM service_request WHERE status <> 'CLOSED'"
            + " ORDER BY received_at, id OFFSET " + n / 2 + " LIMIT 1");

    JdbcNoticeLog log = new JdbcNoticeLog(tx, JSON);
    TestClock clock = TestClock.at(AT, SHANGHAI);
    ServiceLevelSweep sweep = new ServiceLevelSweep(requests, log, settings, clock);
    SweepReport[] report = new SweepReport[1];
    long firstRun = Bench.time(() -> report[0] = sweep.sweep());
    Bench.result(String.format(Locale.ROOT,
        "service-level sweep, first run over %,d open requests: %.2f s, %,d notices recorded "
            + "(%s), %,d digests (%.2f ms per notice recorded)",
        n, firstRun / 1e9, report[0].recorded().size(), kinds(report[0].recorded()),
        report[0].digests().size(),
        firstRun / 1e6 / Math.max(1, report[0].recorded().size())));
    assertTrue(report[0].recorded().size() >= n * 8 / 10, "most requests are due");
    analyze("service_request"); // as for the complaint cases
    List<NoticeKey> dueKeys = new ArrayList<>();
    for (ServiceRequest r : all) {
      ServiceLevelWatch.candidates(r, AT, settings).forEach(c -> dueKeys.add(c.key()));
    }
    recordedAmong("service-level sweep", log, dueKeys, settings.pageSize());
    Bench.rounds("service-level sweep, a repeat at the same instant over " + n
        + " open requests (every request checked: none due)", "ms", 0, Bench.SWEEP_ROUNDS,
        () -> {
          long nanos = Bench.time(() -> assertEquals(0, sweep.sweep().recorded().size()));
          return Bench.millis(nanos);
        });
    floor("service-level sweep", List.of(
        () -> requests.dueForSweep(AT, settings.pageSize()).size(),
        () -> log.awaitingDigest(ServiceLevelSweep.DIGESTED_KINDS, settings.digestBatch())
            .size()),
        List.of("ServiceRequests.dueForSweep", "NoticeLog.awaitingDigest"));
    // The sweep's report does not count the requests it read: they are the ones due before it.
    hourly("service-level sweep", n, clock, "service_request", "sweep_check_at",
        () -> new int[] {-1, sweep.sweep().recorded().size()});
  }

  private static List<ServiceRequest> servicePages(JdbcServiceRequests requests, int pageSize) {
    List<ServiceRequest> all = new ArrayList<>();
    List<ServiceRequest> page = requests.open(pageSize);
    while (true) {
      all.addAll(page);
      if (page.size() < pageSize) {
        return all;
      }
      ServiceRequest last = page.get(page.size() - 1);
      page = requests.openAfter(last.receivedAt(), last.id(), pageSize);
    }
  }

  // --- where the time goes --------------------------------------------------------------------

  /**
   * Times the notice log's look-up of which due keys are recorded, a page's keys at a time (as a
   * run does per page of aggregates), and shows the plan of one look-up.
   */
  private static void recordedAmong(String what, JdbcNoticeLog log, List<NoticeKey> keys,
      int pageSize) throws Exception {
    int[] found = {0};
    long nanos = Bench.time(() -> {
      for (int from = 0; from < keys.size(); from += pageSize) {
        found[0] += log.recordedAmong(
            new HashSet<>(keys.subList(from, Math.min(keys.size(), from + pageSize)))).size();
      }
    });
    int calls = (keys.size() + pageSize - 1) / pageSize;
    Bench.result(String.format(Locale.ROOT,
        "%s, NoticeLog.recordedAmong over %,d due keys in %d calls of up to %d: %.0f ms (%.1f ms "
            + "a call), %,d found recorded", what, keys.size(), calls, pageSize, nanos / 1e6,
        nanos / 1e6 / Math.max(1, calls), found[0]));
    List<NoticeKey> page = keys.subList(0, Math.min(keys.size(), pageSize));
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) SELECT n.source_kind,"
            + " n.source_id, n.rule, n.step, n.occurrence FROM unnest(?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[]) AS k(source_kind, source_id, rule, step,"
            + " occurrence) JOIN notice n ON n.source_kind = k.source_kind AND n.source_id ="
            + " k.source_id AND n.rule = k.rule AND n.step = k.step AND n.occurrence ="
            + " k.occurrence")) {
      List<java.util.function.Function<NoticeKey, String>> parts = List.of(
          NoticeKey::sourceKind, NoticeKey::sourceId, k -> k.rule().value(), NoticeKey::step,
          NoticeKey::occurrence);
      for (int i = 0; i < parts.size(); i++) {
        s.setArray(i + 1, c.createArrayOf("text", page.stream().map(parts.get(i)).toArray()));
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          plan.append("\n    ").append(r.getString(1));
        }
      }
      Bench.result(what + ", plan of one recordedAmong (" + page.size() + " keys):" + plan);
    }
  }

  private static void sqlSplit(String what, int n, long[] sql) {
    Bench.result(String.format(Locale.ROOT,
        "%s, the SQL's share (%,d rows, pages of 500): index and heap only %.0f ms (%.1f µs a "
            + "row); + the server turning jsonb into text %.0f ms (+%.1f µs); + sending the text "
            + "and decoding it in the driver %.0f ms (+%.1f µs)",
        what, n, sql[0] / 1e6, sql[0] / 1e3 / n, sql[1] / 1e6, (sql[1] - sql[0]) / 1e3 / n,
        sql[2] / 1e6, (sql[2] - sql[1]) / 1e3 / n));
  }

  private static void phases(String what, int n, long sqlOnly, long adapter, long derive) {
    Bench.result(String.format(Locale.ROOT,
        "%s, where a run's reading goes (%,d aggregates, pages of 500, 1 thread): SQL paging the "
            + "documents' text %.0f ms; the adapter's pages (SQL + JSON + the domain's checks) "
            + "%.0f ms, i.e. %.1f µs per aggregate for JSON and checks; deriving what is due in "
            + "memory %.0f ms (%.1f µs per aggregate)",
        what, n, sqlOnly / 1e6, adapter / 1e6, (adapter - sqlOnly) / 1e3 / n, derive / 1e6,
        derive / 1e3 / n));
  }

  /**
   * Pages through a table as the adapter does, reading the documents' text only (no JSON): the
   * SQL's and the transfer's share of a run. {@code first} and {@code page} select the
   * {@code keys} keyset columns first, the document's text last; {@code page} binds the keyset
   * columns of the previous page's last row, then the page size.
   */
  private static void sqlPages(String first, String page, int pageSize, int keys)
      throws SQLException {
    try (Connection c = store.dataSource().getConnection()) {
      Object[] last = new Object[keys];
      int rows;
      try (PreparedStatement s = c.prepareStatement(first)) {
        s.setInt(1, pageSize);
        rows = drain(s, last);
      }
      while (rows == pageSize) {
        try (PreparedStatement s = c.prepareStatement(page)) {
          for (int i = 0; i < keys; i++) {
            s.setObject(i + 1, last[i]);
          }
          s.setInt(keys + 1, pageSize);
          rows = drain(s, last);
        }
      }
    }
  }

  private static int drain(PreparedStatement s, Object[] last) throws SQLException {
    int rows = 0;
    try (ResultSet r = s.executeQuery()) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 0; i < last.length; i++) {
          last[i] = r.getObject(i + 1);
        }
        r.getString(columns);
        rows++;
      }
    }
    return rows;
  }

  private static void explain(String what, String explain, String middleKeys)
      throws SQLException {
    try (Connection c = store.dataSource().getConnection()) {
      Object[] keys;
      try (PreparedStatement k = c.prepareStatement(middleKeys); ResultSet r = k.executeQuery()) {
        r.next();
        keys = new Object[r.getMetaData().getColumnCount()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = r.getObject(i + 1);
        }
      }
      StringBuilder plan = new StringBuilder();
      try (PreparedStatement s = c.prepareStatement(explain)) {
        for (int i = 0; i < keys.length; i++) {
          s.setObject(i + 1, keys[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            plan.append("\n    ").append(r.getString(1));
          }
        }
      }
      Bench.result(what + ":" + plan);
    }
  }

  private static void analyze(String table) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("VACUUM ANALYZE " + table)) {
      s.execute();
    }
  }

  private static String size(String table) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT pg_size_pretty(pg_total_relation_size(?::regclass)),"
                + " avg(pg_column_size(document))::int FROM " + table)) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1) + " with indexes, documents " + r.getInt(2)
            + " bytes on average (jsonb, compressed)";
      }
    }
  }

  private static String kinds(List<Notice> notices) {
    Map<String, Integer> byKind = new TreeMap<>();
    for (Notice n : notices) {
      byKind.merge(n.kind().code() + " level " + n.parameters().getOrDefault("level", 0L), 1,
          Integer::sum);
    }
    return byKind.toString();
  }
}
