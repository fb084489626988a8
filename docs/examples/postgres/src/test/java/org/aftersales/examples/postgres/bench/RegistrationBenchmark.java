package org.aftersales.examples.postgres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.complaint.JdbcComplaints;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.examples.postgres.numbering.JdbcNumberSequences;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Complaint registrations per second end to end (投诉登记吞吐量), outbox included:
 * {@link ComplaintRegistration#register} over {@link JdbcComplaints} and
 * {@link JdbcNumberSequences}, each registration in one host transaction of its own
 * ({@code Transactions.inTransaction}), from {@link Bench#THREADS} threads, every command new
 * (fresh request ID, varied intake form of {@link Workload}); and the relay
 * ({@link EventRelay} over {@link JdbcOutbox}) draining their events. Target: 1 000
 * registrations/s or more. // rule: CMP-01, CMP-02
 */
class RegistrationBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int PER_THREAD = 150;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private static PostgresStore store;
  private static final AftersalesJson JSON = new AftersalesJson();

  @BeforeAll
  static void open() {
    store = TestDatabase.node(Bench.database("registration"), 2 * Bench.THREADS + 4);
    Bench.log("registration: " + Bench.load());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Recorded at 1 December 2026 09:00 in Shanghai, after every acceptance instant used. */
  private static final Clock RECORDING = Clock.fixed(
      LocalDateTime.parse("2026-12-01T09:00").atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);

  private static ComplaintRegistration registration(Transactions tx, NumberSequences sequences) {
    return new ComplaintRegistration(new JdbcComplaints(tx, JSON),
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences),
        ComplaintProcedure.seed(), TestValidators.commandValidator(), RECORDING);
  }

  /** Acceptance instants of November 2026 (one numbering key: the month's). */
  private static Instant inNovember(SplittableRandom r) {
    return LocalDateTime.of(2026, 11, 1 + r.nextInt(30), 9 + r.nextInt(9), r.nextInt(60),
        r.nextInt(60)).atZone(SHANGHAI).toInstant();
  }

  /** Acceptance instants over the 24 months of 2025 and 2026 (24 numbering keys). */
  private static Instant overTwoYears(SplittableRandom r) {
    return LocalDateTime.of(2025 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28),
        9 + r.nextInt(9), r.nextInt(60), r.nextInt(60)).atZone(SHANGHAI).toInstant();
  }

  /** New commands for one round, made before the clock starts. */
  private static List<List<RegisterComplaint>> commands(Function<SplittableRandom, Instant> when) {
    SplittableRandom random = new SplittableRandom(SEQUENCE.get() * 7919 + 17);
    List<List<RegisterComplaint>> perThread = new ArrayList<>();
    for (int t = 0; t < Bench.THREADS; t++) {
      List<RegisterComplaint> mine = new ArrayList<>();
      for (int i = 0; i < PER_THREAD; i++) {
        long n = SEQUENCE.incrementAndGet();
        mine.add(new RegisterComplaint(
            RequestId.of(String.format(Locale.ROOT, "bench-%d-%08d", Bench.RUN, n)),
            when.apply(random), Workload.intake(random, n)));
      }
      perThread.add(mine);
    }
    return perThread;
  }

  private static double registrationsPerSecond(Transactions tx, ComplaintRegistration use,
      Function<SplittableRandom, Instant> when) throws Exception {
    List<List<RegisterComplaint>> commands = commands(when);
    long nanos = Bench.parallel(Bench.THREADS, PER_THREAD,
        (t, i) -> tx.inTransaction(c -> use.register(commands.get(t).get(i))));
    return Bench.perSecond((long) Bench.THREADS * PER_THREAD, nanos);
  }

  @Test
  void gapless_registrations_of_one_month_each_in_a_host_transaction() throws Exception {
    Transactions tx = store.transactions();
    ComplaintRegistration use = registration(tx, JdbcNumberSequences.gapless(tx));
    Bench.rounds("registration end to end, gapless numbers, one month (one hot key), "
        + Bench.THREADS + " threads", "registrations/s",
        () -> registrationsPerSecond(tx, use, RegistrationBenchmark::inNovember));
    try (Waits waits = new Waits(store.dataSource())) {
      registrationsPerSecond(tx, use, RegistrationBenchmark::inNovember);
      Bench.result("registration gapless, one month, what the sessions do: " + waits.summary());
    }
  }

  @Test
  void gapless_registrations_over_two_years_each_in_a_host_transaction() throws Exception {
    Transactions tx = store.transactions();
    ComplaintRegistration use = registration(tx, JdbcNumberSequences.gapless(tx));
    Bench.rounds("registration end to end, gapless numbers, 24 months (24 keys), "
        + Bench.THREADS + " threads", "registrations/s",
        () -> registrationsPerSecond(tx, use, RegistrationBenchmark::overTwoYears));
  }

  @Test
  void own_transaction_numbered_registrations_of_one_month() throws Exception {
    Transactions tx = store.transactions();
    ComplaintRegistration use = registration(tx,
        JdbcNumberSequences.ownTransaction(store.dataSource()));
    Bench.rounds("registration end to end, own-transaction numbers, one month, "
        + Bench.THREADS + " threads", "registrations/s",
        () -> registrationsPerSecond(tx, use, RegistrationBenchmark::inNovember));
    try (Waits waits = new Waits(store.dataSource())) {
      registrationsPerSecond(tx, use, RegistrationBenchmark::inNovember);
      Bench.result("registration own-transaction numbers, one month, what the sessions do: "
          + waits.summary());
    }
  }

  @Test
  void round_trips_and_json_of_one_registration() throws Exception {
    RoundTrips counting = new RoundTrips(store.dataSource());
    Transactions tx = new Transactions(counting);
    ComplaintRegistration use = registration(tx, JdbcNumberSequences.gapless(tx));
    List<RegisterComplaint> commands = commands(RegistrationBenchmark::inNovember).get(0);
    List<ComplaintCase> stored = new ArrayList<>();
    for (RegisterComplaint c : commands.subList(0, 50)) {
      stored.add(tx.inTransaction(x -> use.register(c)));
    }
    counting.reset();
    int n = 100;
    for (RegisterComplaint c : commands.subList(50, 50 + n)) {
      stored.add(tx.inTransaction(x -> use.register(c)));
    }
    Map<String, Long> counts = counting.counts();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder line = new StringBuilder();
    counts.forEach((k, v) -> line.append(String.format(Locale.ROOT, "%s %.1f, ", k,
        v / (double) n)));
    Bench.result(String.format(Locale.ROOT,
        "registration round trips per registration: %.1f (%s)", total / (double) n,
        line.substring(0, line.length() - 2)));

    // JSON of a newly registered case, single thread, after warm-up.
    List<String> documents = stored.stream().map(JSON::write).toList();
    int size = documents.stream().mapToInt(d -> d.getBytes(
        java.nio.charset.StandardCharsets.UTF_8).length).sum() / documents.size();
    for (int w = 0; w < 20; w++) {
      for (ComplaintCase c : stored) {
        JSON.read(JSON.write(c), ComplaintCase.class);
      }
    }
    int reps = 20;
    long write = Bench.time(() -> {
      for (int r = 0; r < reps; r++) {
        for (ComplaintCase c : stored) {
          JSON.write(c);
        }
      }
    });
    long read = Bench.time(() -> {
      for (int r = 0; r < reps; r++) {
        for (String d : documents) {
          JSON.read(d, ComplaintCase.class);
        }
      }
    });
    long ops = (long) reps * stored.size();
    Bench.result(String.format(Locale.ROOT,
        "JSON of a new complaint case (%,d bytes on average): write %.1f µs, read %.1f µs",
        size, write / 1e3 / ops, read / 1e3 / ops));
    assertEquals(stored.get(0), JSON.read(documents.get(0), ComplaintCase.class));

    // The CPU of a registration, without a database: validation, the aggregate's registration,
    // and the whole use case over the testkit's in-memory ports.
    List<RegisterComplaint> cpu = commands(RegistrationBenchmark::inNovember).get(2);
    CommandValidator validator = TestValidators.commandValidator();
    DocumentNumbering numbering = SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
        InMemoryNumberSequences.create());
    for (int w = 0; w < 20; w++) {
      ComplaintRegistration memory = new ComplaintRegistration(InMemoryComplaints.create(),
          numbering, ComplaintProcedure.seed(), validator, RECORDING);
      for (RegisterComplaint c : cpu) {
        memory.register(c);
      }
    }
    long validate = Bench.time(() -> {
      for (int r = 0; r < reps; r++) {
        for (RegisterComplaint c : cpu) {
          validator.validate(c);
        }
      }
    });
    long aggregate = Bench.time(() -> {
      for (int r = 0; r < reps; r++) {
        for (RegisterComplaint c : cpu) {
          ComplaintCase made = ComplaintCase.register(c, numbering.next(c.receivedAt()),
              ComplaintProcedure.seed(), RECORDING.instant()).state();
          made.outboxEventsOfSave(List.of());
        }
      }
    });
    long inMemory = Bench.time(() -> {
      for (int r = 0; r < reps; r++) {
        ComplaintRegistration memory = new ComplaintRegistration(InMemoryComplaints.create(),
            numbering, ComplaintProcedure.seed(), validator, RECORDING);
        for (RegisterComplaint c : cpu) {
          memory.register(c);
        }
      }
    });
    long cpuOps = (long) reps * cpu.size();
    Bench.result(String.format(Locale.ROOT,
        "registration CPU without a database (1 thread): validation %.1f µs, "
            + "ComplaintCase.register %.1f µs, the whole use case over in-memory ports %.1f µs",
        validate / 1e3 / cpuOps, aggregate / 1e3 / cpuOps, inMemory / 1e3 / cpuOps));
    Bench.result("server: " + setting("synchronous_commit") + ", " + setting("fsync") + ", "
        + setting("shared_buffers") + ", " + setting("server_version"));

    // Latency of one registration alone (no other thread), for the lock-hold time on the key.
    List<RegisterComplaint> more = commands(RegistrationBenchmark::inNovember).get(1);
    Transactions plain = store.transactions();
    ComplaintRegistration alone = registration(plain, JdbcNumberSequences.gapless(plain));
    long nanos = Bench.time(() -> {
      for (RegisterComplaint c : more) {
        plain.inTransaction(x -> alone.register(c));
      }
    });
    Bench.result(String.format(Locale.ROOT,
        "one registration alone (1 thread, host transaction): %.2f ms", nanos / 1e6 / more.size()));
  }

  private static String setting(String name) throws java.sql.SQLException {
    try (java.sql.Connection c = store.dataSource().getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery("SHOW " + name)) {
      r.next();
      return name + " " + r.getString(1);
    }
  }

  @Test
  void the_relay_drains_the_registrations_events() throws Exception {
    Transactions tx = store.transactions();
    ComplaintRegistration use = registration(tx, JdbcNumberSequences.gapless(tx));
    JdbcOutbox outbox = new JdbcOutbox(tx, JSON, "bench-relay");
    AtomicLong published = new AtomicLong();
    EventRelay relay = new EventRelay(outbox, (OutboxEvent e) -> published.incrementAndGet());
    relay.relayAll(500, Integer.MAX_VALUE);
    Bench.rounds("relay of registration events (1 relay, batches of 500)", "events/s", () -> {
      registrationsPerSecond(tx, use, RegistrationBenchmark::overTwoYears);
      long before = published.get();
      long nanos = Bench.time(() -> relay.relayAll(500, Integer.MAX_VALUE));
      return Bench.perSecond(published.get() - before, nanos);
    });
    assertEquals(List.of(), outbox.undelivered(1), "everything relayed");
  }
}
