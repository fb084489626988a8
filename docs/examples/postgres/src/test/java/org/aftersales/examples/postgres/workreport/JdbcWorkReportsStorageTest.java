package org.aftersales.examples.postgres.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityLapseRecorded;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.BranchReportForwarded;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.core.workreport.RecordAvailabilityLapse;
import org.aftersales.core.workreport.SignBranchReport;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.workreport.InMemoryAvailabilityLog;
import org.aftersales.testkit.workreport.InMemoryBranchReports;
import org.aftersales.testkit.workreport.WorkReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * What the contracts do not check of {@link JdbcBranchReports} and {@link JdbcAvailabilityLog}:
 * the host's transaction (a rollback takes the row and its events with it; a refusal inside it
 * leaves it usable), and the use cases giving the same report and lapse over these adapters as
 * over the in-memory ones, read back equal. // rule: SVC-09, SVC-19
 */
class JdbcWorkReportsStorageTest {

  private static final AftersalesJson JSON = new AftersalesJson();
  private static final AtomicLong COUNTER = new AtomicLong();

  private final Transactions tx = TestDatabase.shared().transactions();

  private BranchReports reports() {
    return new JdbcBranchReports(tx, JSON);
  }

  private AvailabilityLog log() {
    return new JdbcAvailabilityLog(tx, JSON);
  }

  /** A branch no other test signs for: the fixtures' branch and day hold one report only. */
  private static UnitId newBranch() {
    return UnitId.of("分公司-浦东-" + System.nanoTime() + "-" + COUNTER.incrementAndGet());
  }

  @Test
  void a_host_transaction_rolled_back_leaves_neither_the_report_nor_its_event() {
    // rule: SVC-09 — the report and its BranchReportForwarded commit together or not at all
    BranchReport report = BranchReport.sign(WorkReportFixtures.signBranchReport()
        .branch(newBranch()).build(), ServiceFixtures.SHANGHAI, WorkReportFixtures.SIGNED_AT)
        .state();
    List<OutboxEvent> events = report.outboxEventsOfSave(List.of(new BranchReportForwarded(
        report.branch(), report.day(), report.serviceDepartment(), report.signedAt())));
    IllegalStateException boom = new IllegalStateException("the host fails after the save");

    assertSame(boom, assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      reports().save(report, events);
      throw boom;
    })));

    assertEquals(Optional.empty(), reports().find(report.branch(), report.day()));
    assertEquals(0, storedEvents(events));
    reports().save(report, events);
    assertEquals(1, storedEvents(events));
  }

  @Test
  void a_host_transaction_rolled_back_leaves_neither_the_lapse_nor_its_event() {
    // rule: SVC-19
    AvailabilityLapse lapse = WorkReportFixtures.anAvailabilityLapse();
    List<OutboxEvent> events = OutboxEvent.of(AvailabilityLapse.KIND_CODE,
        lapse.eventId().value(), Version.of(1), List.of(new AvailabilityLapseRecorded(
            lapse.eventId(), lapse.kind(), lapse.responsible(), lapse.from(), lapse.to(),
            lapse.recordedAt())));
    IllegalStateException boom = new IllegalStateException("the host fails after the append");

    assertSame(boom, assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      log().append(lapse, events);
      throw boom;
    })));

    assertEquals(Optional.empty(), log().find(lapse.eventId()));
    assertEquals(0, storedEvents(events));
  }

  @Test
  void a_refused_append_inside_a_host_transaction_leaves_it_usable() {
    // rule: SVC-19 — a lapse ID recorded once; the refusal fails no statement
    AvailabilityLapse first = WorkReportFixtures.anAvailabilityLapse();
    log().append(first, List.of());
    AvailabilityLapse other = WorkReportFixtures.anAvailabilityLapse();
    tx.inTransaction(c -> {
      assertThrows(DuplicateRequestException.class, () -> log().append(first, List.of()));
      return log().append(other, List.of());
    });
    assertEquals(Optional.of(other), log().find(other.eventId()));
  }

  @Test
  void signing_through_the_use_case_stores_what_the_in_memory_adapter_stores() {
    // rule: SVC-09 — the signed report, its team report and times survive the adapter
    SignBranchReport command = WorkReportFixtures.signBranchReport().branch(newBranch())
        .build();
    Clock clock = Clock.fixed(WorkReportFixtures.SIGNED_AT, ServiceFixtures.SHANGHAI);

    BranchReport overJdbc = WorkReportFixtures.seedBranchReportSigning(reports(), clock)
        .sign(command);
    BranchReport expected = WorkReportFixtures.seedBranchReportSigning(
        InMemoryBranchReports.create(), clock).sign(command);

    assertEquals(expected, overJdbc);
    assertEquals(Optional.of(expected), reports().find(command.branch(), expected.day()));
    assertTrue(command.branch().value().startsWith("分公司"), "a Chinese branch key");
  }

  @Test
  void recording_a_lapse_through_the_use_case_stores_what_the_in_memory_adapter_stores() {
    // rule: SVC-19 — the lapse with its fine case survives the adapter
    RecordAvailabilityLapse command = WorkReportFixtures.recordAvailabilityLapse().build();
    Clock clock = Clock.fixed(WorkReportFixtures.LAPSE_FROM.plusSeconds(3600).plusNanos(1_000),
        ServiceFixtures.SHANGHAI);

    AvailabilityLapse overJdbc = WorkReportFixtures.seedAvailabilityViolations(log(), clock)
        .record(command);
    AvailabilityLapse expected = WorkReportFixtures.seedAvailabilityViolations(
        InMemoryAvailabilityLog.create(), clock).record(command);

    assertEquals(expected, overJdbc);
    assertTrue(expected.fineCase().isPresent(), "an unanswered hotline in hotline hours is fined");
    assertEquals(Optional.of(expected), log().find(command.eventId()));
  }

  private int storedEvents(List<OutboxEvent> events) {
    return tx.withConnection("counting events", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE event_id = ANY (?)")) {
        s.setArray(1, c.createArrayOf("text",
            events.stream().map(e -> e.eventId().value()).toArray()));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }
}
