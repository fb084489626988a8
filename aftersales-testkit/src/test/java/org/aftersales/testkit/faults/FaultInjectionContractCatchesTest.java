package org.aftersales.testkit.faults;

import static org.aftersales.testkit.complaint.ComplaintFixtures.anIntake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The fault-injection suite fails a use case that is not safe to retry: a registration that does
 * not look up its request ID before numbering, so a retry after a lost reply is refused (or, with
 * a lenient repository, numbered twice). The naive use case runs in a static nested contract
 * subclass, which Surefire does not run on its own. // rule: CMP-01 — tag: reliability
 */
class FaultInjectionContractCatchesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Numbers and saves without checking the request ID first. */
  record Naive(Complaints complaints, DocumentNumbering numbering, InMemoryComplaints view) {
    ComplaintCase register(RegisterComplaint command) {
      Changed<ComplaintCase> c = ComplaintCase.register(command,
          numbering.next(command.receivedAt()), ComplaintProcedure.seed(), Instant.parse("2026-11-03T00:00:00Z"));
      return complaints.save(c.state(), c.state().outboxEventsOfSave(c.events()));
    }
  }

  static final class NaiveRegistrationSuite extends FaultInjectionContract<Naive> {
    @Override
    protected Naive newWorld(InMemoryDatabase database, FaultInjector faults) {
      InMemoryComplaints complaints = InMemoryComplaints.over(database);
      return new Naive(faults.wrap(Complaints.class, complaints),
          SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
              faults.wrap(NumberSequences.class, database.numberSequences())),
          complaints);
    }

    @Override
    protected List<Step<Naive>> scenario() {
      return List.of(new Step<>("register", w -> w.register(new RegisterComplaint(
          RequestId.of("n-1"), Instant.parse("2026-11-02T02:00:00Z"), anIntake("Suzhou Motors", "Leak")))));
    }

    @Override
    protected Object observeResult(Naive world, Object result) {
      return ((ComplaintCase) result).requestId();
    }

    @Override
    protected Object observe(Naive world, List<OutboxEvent> delivered) {
      return List.of(world.view().size(), delivered.size());
    }
  }

  @Test
  void a_registration_that_does_not_check_its_request_id_first_fails_the_suite() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(NaiveRegistrationSuite.class)).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    List<String> failed = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName()).toList();
    // The save's reply lost (call 1, AFTER; and after the host's commit): the retry draws a new
    // number and is refused as a duplicate request. Even without a fault, the suite's repeat of
    // a successful step does the same, so every fault point fails.
    assertTrue(failed.contains("register: call 1 fails AFTER"), failed.toString());
    assertTrue(failed.contains("register: after the commit"), failed.toString());
    assertEquals(13, failed.size(), "2 calls x 3 phases, twice, and the lost reply: " + failed);
    // The relay's own tests do not repeat steps: they pass.
    assertTrue(summary.getTestsSucceededCount() > 0);
    assertEquals(0, summary.getTestsAbortedCount());
  }
}
