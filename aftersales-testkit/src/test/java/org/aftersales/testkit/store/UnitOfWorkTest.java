package org.aftersales.testkit.store;

import static org.aftersales.testkit.complaint.ComplaintFixtures.anIntake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.faults.InjectedFault;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * The unit-of-work contract of docs/failure-semantics.md, as a host runs it: numbering and saving
 * in one transaction give gapless complaint numbers; each call on its own leaves a gap (never a
 * duplicate) when the save fails after the number was drawn. // rule: CMP-01 — tag: reliability
 */
class UnitOfWorkTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final InMemoryDatabase database = InMemoryDatabase.create();
  final FaultInjector faults = FaultInjector.over(database);
  final InMemoryComplaints complaints = InMemoryComplaints.over(database);
  final ComplaintRegistration registration = new ComplaintRegistration(
      faults.wrap(Complaints.class, complaints),
      SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
          faults.wrap(NumberSequences.class, database.numberSequences())), ComplaintProcedure.seed(),
      TestValidators.commandValidator(), Clock.fixed(Instant.parse("2026-11-02T03:00:00Z"),
          SHANGHAI));

  static RegisterComplaint complaint(String requestId) {
    return new RegisterComplaint(RequestId.of(requestId),
        ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant(), anIntake("Suzhou Motors",
        "Pump leaks after repair"));
  }

  @Test
  void the_port_calls_of_a_registration_are_the_documented_ones_in_order() {
    registration.register(complaint("calls"));
    assertEquals(List.of("Complaints.findByRequestId", "NumberSequences.next", "Complaints.save"),
        faults.calls());
  }

  @Test
  void in_one_host_transaction_a_failed_save_gives_its_serial_back_and_numbers_stay_gapless() {
    database.inTransaction(() -> registration.register(complaint("a")));
    // The save of "b" fails after the serial 02 was drawn, inside the host's transaction.
    faults.failAt(faults.callCount() + 2, FaultInjector.Phase.BEFORE);
    assertThrows(InjectedFault.class,
        () -> database.inTransaction(() -> registration.register(complaint("b"))));
    ComplaintCase c = database.inTransaction(() -> registration.register(complaint("c")));
    ComplaintCase b = database.inTransaction(() -> registration.register(complaint("b")));
    assertEquals("261102", c.number().text(), "the serial of the failed attempt was given back");
    assertEquals("261103", b.number().text());
    assertEquals(List.of("261101", "261102", "261103"),
        complaints.all().stream().map(x -> x.number().text()).toList());
  }

  @Test
  void without_a_host_transaction_a_failed_save_leaves_a_gap_but_never_a_duplicate() {
    registration.register(complaint("a"));
    faults.failAt(faults.callCount() + 2, FaultInjector.Phase.BEFORE);
    assertThrows(InjectedFault.class, () -> registration.register(complaint("b")));
    ComplaintCase b = registration.register(complaint("b"));
    assertEquals("261103", b.number().text(), "serial 02 was used up by the failed attempt");
    assertEquals(List.of("261101", "261103"),
        complaints.all().stream().map(x -> x.number().text()).toList());
  }

  @Test
  void a_retry_after_a_lost_reply_is_answered_before_a_number_is_drawn() {
    faults.failAt(2, FaultInjector.Phase.AFTER); // the save committed, its reply was lost
    assertThrows(InjectedFault.class, () -> registration.register(complaint("a")));
    int before = faults.callCount();
    ComplaintCase retried = registration.register(complaint("a"));
    assertEquals("261101", retried.number().text());
    assertEquals(List.of("Complaints.findByRequestId"),
        faults.calls().subList(before, faults.callCount()));
  }
}
