package org.aftersales.examples.postgres.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.complaint.JdbcComplaints;
import org.aftersales.examples.postgres.contract.JdbcContracts;
import org.aftersales.examples.postgres.notification.JdbcNoticeLog;
import org.aftersales.examples.postgres.numbering.JdbcNumberSequences;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.complaint.FullScanComplaints;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.contract.ContractFixtures;
import org.aftersales.testkit.contract.InMemoryContracts;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The complaint reminders (催办单, CMP-19) and the contract obligation run (CON-01, CON-02,
 * CON-04) on several nodes at once, all nodes running at the same instants as the clocks advance:
 * every urge, inquiry and obligation notice is recorded exactly once — the same notices as the
 * same scenario on one node alone and on the in-memory adapters (the independent reference; for
 * the complaint reminders a full scan, every case in progress read at every run, while the nodes
 * read only the cases due for a reminder check, V8) —
 * every reminder for a digest is listed by one digest, and each notice's event is delivered once
 * by the relays of all nodes.
 *
 * <p>// rule: CMP-19, CON-01, CON-04 (each due notice once, whichever node and run derives it)
 */
@Tag("CMP-19")
@Tag("CON-01")
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class RemindersOnNodesTest {

  static final ZoneId SHANGHAI = ComplaintFixtures.SHANGHAI;

  // ---------------------------------------------------------------- complaint reminders

  static final int CASES = 80;
  /** Pages of 15 cases: a run reads six pages, so the nodes meet inside the paging too. */
  static final ComplaintReminderSettings REMINDER_SETTINGS = ComplaintReminderSettings.seed()
      .withPageSize(15);
  /** The recording clock of the set-up: 1 December, after every business instant used. */
  static final Instant RECORDING = ComplaintFixtures.receivedAt().plus(Duration.ofDays(29));

  /**
   * Accepts the scenario's cases from Monday 2 November 09:00 (Shanghai) every 47 minutes (day
   * and night); every second case has its registration step completed and is handed to QA
   * analysis two hours after its acceptance.
   */
  static void openCases(Complaints complaints, NumberSequences sequences, Clock recording) {
    ComplaintRegistration registration = new ComplaintRegistration(complaints,
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences),
        ComplaintProcedure.seed().withRoute(SeedServiceLevels.COMPLAINT_STEPS),
        TestValidators.commandValidator(), recording);
    ComplaintHandling handling = new ComplaintHandling(complaints,
        TestValidators.commandValidator(), recording);
    Instant monday = ComplaintFixtures.receivedAt().minus(Duration.ofHours(1));
    for (int i = 0; i < CASES; i++) {
      Instant accepted = monday.plus(Duration.ofMinutes(47L * i));
      ComplaintCase c = registration.register(ComplaintFixtures.registerComplaint()
          .requestId(RequestId.of("cmp-" + i)).receivedAt(accepted).build());
      if (i % 2 == 1) {
        Instant passed = accepted.plus(Duration.ofHours(2));
        handling.completeStep(new CompleteComplaintStep(RequestId.of("cmp-done-" + i),
            c.number(), Milestone.COMPLAINT_REGISTRATION, passed));
        handling.handOver(new HandOverComplaint(RequestId.of("cmp-qa-" + i), c.number(),
            Milestone.QA_ANALYSIS, passed));
      }
    }
  }

  /** The cases the complaint runs on the database read, all nodes together. */
  static final AtomicLong CASES_READ = new AtomicLong();

  static ComplaintReminders complaintReminders(Complaints complaints, NoticeLog log,
      Clock clock) {
    return new ComplaintReminders(complaints, log, ComplaintFixtures.SEED_POLICY,
        REMINDER_SETTINGS, clock);
  }

  /** Every two hours from Monday 2 November 10:00 to Monday 9 November 10:00 (Shanghai). */
  static List<Instant> complaintRuns() {
    List<Instant> out = new ArrayList<>();
    Instant first = ComplaintFixtures.receivedAt();
    for (Instant at = first; !at.isAfter(first.plus(Duration.ofDays(7)));
        at = at.plus(Duration.ofHours(2))) {
      out.add(at);
    }
    return out;
  }

  // ---------------------------------------------------------------- obligation run

  static final int CONTRACTS = 60;

  /**
   * Maintenance contracts from 1 December 2025 whose last days fall one a day from 1 December
   * 2026 (so their expiry notices, one month before, fall in the runs' weeks), every third a
   * security system with two systems (two inspections a month).
   */
  static void registerContracts(Contracts contracts, Clock recording) {
    for (int i = 0; i < CONTRACTS; i++) {
      ContractFixtures.Builder b = i % 3 == 0 ? ContractFixtures.securitySystemContract()
          : ContractFixtures.maintenanceContract();
      ContractFixtures.seedCommands(contracts, recording).register(
          b.id(ContractId.of(String.format(Locale.ROOT, "CT-%03d", i)))
              .covering(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 1).plusDays(i))
              .build());
    }
  }

  /** Daily at 10:00 (Shanghai) from 25 October to 8 December 2026. */
  static List<Instant> obligationRuns() {
    List<Instant> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 10, 25); !d.isAfter(LocalDate.of(2026, 12, 8));
        d = d.plusDays(1)) {
      out.add(d.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }
    return out;
  }

  // ---------------------------------------------------------------- the scenarios

  /** What a scenario needs from one node (or the reference): its set-up and its run. */
  interface Scenario {
    void setUp(Cluster.Node first);

    Runnable run(Cluster.Node node);

    List<Instant> runs();
  }

  static Scenario complaints() {
    return new Scenario() {
      @Override
      public void setUp(Cluster.Node first) {
        first.clock().set(RECORDING);
        openCases(new JdbcComplaints(first.store().transactions(), first.json()),
            JdbcNumberSequences.gapless(first.store().transactions()), first.clock());
      }

      @Override
      public Runnable run(Cluster.Node node) {
        ComplaintReminders r = complaintReminders(
            new JdbcComplaints(node.store().transactions(), node.json()),
            new JdbcNoticeLog(node.store().transactions(), node.json()), node.clock());
        return () -> CASES_READ.addAndGet(r.run().casesRead());
      }

      @Override
      public List<Instant> runs() {
        return complaintRuns();
      }
    };
  }

  static Scenario obligations() {
    return new Scenario() {
      @Override
      public void setUp(Cluster.Node first) {
        first.clock().set(Instant.parse("2025-11-20T00:00:00Z"));
        registerContracts(new JdbcContracts(first.store().transactions(), first.json()),
            first.clock());
      }

      @Override
      public Runnable run(Cluster.Node node) {
        ObligationReminders r = ContractFixtures.seedReminders(
            new JdbcContracts(node.store().transactions(), node.json()),
            new JdbcNoticeLog(node.store().transactions(), node.json()), node.clock());
        return r::run;
      }

      @Override
      public List<Instant> runs() {
        return obligationRuns();
      }
    };
  }

  /** {@code scenario} on {@code count} nodes; returns every event the relays delivered. */
  static List<OutboxEvent> onNodes(String name, int count, Scenario scenario) throws Exception {
    try (Cluster cluster = new Cluster(name, count, scenario.runs().get(0), SHANGHAI)) {
      scenario.setUp(cluster.nodes.get(0));
      cluster.startRelays();
      List<Runnable> runs = new ArrayList<>();
      for (Cluster.Node node : cluster.nodes) {
        runs.add(scenario.run(node));
      }
      for (Instant at : scenario.runs()) {
        cluster.setClocks(at);
        cluster.allAtOnce(1, (node, thread) -> runs.get(node.index()).run());
      }
      cluster.drainRelays();
      List<OutboxEvent> delivered = cluster.assertEveryEventDeliveredOnce();
      long notices = delivered.stream().filter(e -> e.event() instanceof Notice).count();
      assertEquals(notices, cluster.count("notice", "true"),
          "each recorded notice's event delivered");
      if (count > 1) {
        System.out.printf(Locale.ROOT, "[R1] %s on %d nodes: delivered per node %s%n", name,
            count, cluster.deliveredByNode());
      }
      return delivered;
    }
  }

  static List<Notice> notices(List<OutboxEvent> events, Function<Notice, Boolean> keep) {
    List<Notice> out = new ArrayList<>();
    for (OutboxEvent e : events) {
      if (e.event() instanceof Notice n && keep.apply(n)) {
        out.add(n);
      }
    }
    return out;
  }

  static void assertSameNotices(List<Notice> reference, List<Notice> alone,
      List<Notice> onNodes) {
    assertEquals(onNodes.size(),
        new HashSet<>(onNodes.stream().map(Notice::key).toList()).size(),
        "no notice key recorded twice");
    assertEquals(new HashSet<>(reference), new HashSet<>(onNodes),
        "the same notices as the in-memory reference, field by field");
    assertEquals(reference.size(), onNodes.size());
    assertEquals(new HashSet<>(alone), new HashSet<>(onNodes), "the same as on one node alone");
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void nodes_running_the_complaint_reminders_at_once_record_every_urge_once(int count)
      throws Exception {
    long started = System.nanoTime();
    List<OutboxEvent> delivered = onNodes("nodes_reminders", count, complaints());
    long nodesMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    Function<Notice, Boolean> reminders =
        n -> ComplaintReminders.REMINDER_KINDS.contains(n.kind());
    List<Notice> onNodes = notices(delivered, reminders);
    CASES_READ.set(0);
    List<Notice> alone = notices(onNodes("nodes_reminders", 1, complaints()), reminders);
    long readAlone = CASES_READ.get();

    InMemoryDatabase database = InMemoryDatabase.create();
    Complaints complaints = FullScanComplaints.over(InMemoryComplaints.over(database));
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    TestClock clock = TestClock.at(RECORDING, SHANGHAI);
    openCases(complaints, InMemoryNumberSequences.create(), clock);
    ComplaintReminders one = complaintReminders(complaints, log, clock);
    long[] fullScanReads = {0};
    for (Instant at : complaintRuns()) {
      clock.set(at);
      fullScanReads[0] += one.run().casesRead();
    }
    long readByFullScan = fullScanReads[0];
    // The one node read only what was due: far fewer cases than the full scan's every case at
    // every run, and still the same notices.
    assertTrue(readAlone < readByFullScan / 2, () -> "one node read " + readAlone
        + " cases, the full scan " + readByFullScan);
    List<Notice> reference = log.all().stream().filter(reminders::apply).toList();

    Set<Object> levels = new HashSet<>();
    onNodes.forEach(n -> levels.add(n.parameters().getOrDefault("level", 0L)));
    assertTrue(levels.size() >= 3, () -> "urges and both levels reached: " + levels);
    assertSameNotices(reference, alone, onNodes);
    Notices.assertEachListedByOneDigest(delivered, ComplaintReminders.DIGEST_KIND,
        ComplaintReminders.REMINDER_KINDS);
    System.out.printf(Locale.ROOT, "[R1] complaint reminders on %d nodes: %d cases, %d runs, "
        + "%d reminders (levels %s), %d events; nodes %d ms, whole test %d ms; cases read by "
        + "one node %d, by the full scan %d%n", count, CASES,
        complaintRuns().size(), onNodes.size(), levels, delivered.size(), nodesMillis,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), readAlone, readByFullScan);
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void nodes_running_the_obligation_run_at_once_record_every_notice_once(int count)
      throws Exception {
    long started = System.nanoTime();
    List<OutboxEvent> delivered = onNodes("nodes_obligations", count, obligations());
    long nodesMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    List<Notice> onNodes = notices(delivered, n -> true);
    List<Notice> alone = notices(onNodes("nodes_obligations", 1, obligations()), n -> true);

    InMemoryDatabase database = InMemoryDatabase.create();
    InMemoryContracts contracts = InMemoryContracts.over(database);
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    TestClock clock = TestClock.at(Instant.parse("2025-11-20T00:00:00Z"), SHANGHAI);
    registerContracts(contracts, clock);
    ObligationReminders one = ContractFixtures.seedReminders(contracts, log, clock);
    for (Instant at : obligationRuns()) {
      clock.set(at);
      one.run();
    }
    List<Notice> reference = log.all();

    Set<NoticeKind> kinds = new HashSet<>();
    onNodes.forEach(n -> kinds.add(n.kind()));
    assertTrue(kinds.contains(NoticeKind.CONTRACT_EXPIRY), () -> "expiry notices: " + kinds);
    assertTrue(kinds.size() >= 3, () -> "several kinds of obligation notice: " + kinds);
    assertSameNotices(reference, alone, onNodes);
    System.out.printf(Locale.ROOT, "[R1] obligation run on %d nodes: %d contracts, %d runs, "
        + "%d notices (%s), %d events; nodes %d ms, whole test %d ms%n", count, CONTRACTS,
        obligationRuns().size(), onNodes.size(), kinds, delivered.size(), nodesMillis,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }
}
