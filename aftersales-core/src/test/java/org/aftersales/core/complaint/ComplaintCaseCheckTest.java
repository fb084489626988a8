package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintLifecycleTest.DECIDED_AT;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.NUMBER;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.RECEIVED;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.allowanceAndReturn;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.decided;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.open;
import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the case's invariant check ({@code ComplaintCase.check}) by its path: what a
 * repository adapter rebuilding a case through the builder cannot store.
 *
 * <p>// rule: CMP-01, CMP-07, CMP-09, CMP-10
 */
class ComplaintCaseCheckTest {

  static final DocumentNumber OTHER = DocumentNumber.of(SeriesId.COMPLAINTS, "261108", "2026-11",
      LocalDate.of(2026, 11, 1), 8);
  static final Instant CLOSED_AT = Instant.parse("2026-11-10T08:00:00Z");

  /** Every attribute of a case, taken from a valid one, to change one or two and build. */
  static final class Spec {
    ComplaintStatus status;
    RoutingLedger routing;
    List<ComplaintCommand> handled;
    Optional<ComplaintOutcome> outcome;
    Optional<ComplaintQuantities> quantities;
    Optional<ReopenRejectedComplaint> rejection;
    Optional<DocumentNumber> rejectedBy;
    Optional<Instant> closedAt;
    final ComplaintCase from;

    Spec(ComplaintCase c) {
      from = c;
      status = c.status();
      routing = c.routing();
      handled = new ArrayList<>(c.handled());
      outcome = c.outcome();
      quantities = c.quantities();
      rejection = c.rejection();
      rejectedBy = c.rejectedBy();
      closedAt = c.closedAt();
    }

    ComplaintCase build() {
      return ComplaintCase.builder().number(from.number()).requestId(from.requestId())
          .receivedAt(from.receivedAt()).intake(from.intake()).routing(routing)
          .addAllHandled(handled).status(status).outcome(outcome).quantities(quantities)
          .rejection(rejection).rejectedBy(rejectedBy).closedAt(closedAt)
          .version(from.version()).build();
    }

    /** The paths of the violations the build is refused with. */
    List<String> refusedPaths() {
      InvalidInputException e = assertThrows(InvalidInputException.class, this::build);
      return e.violations().stream().map(Violation::path).toList();
    }
  }

  static ComplaintCase decidedCase() {
    return decided(open(ComplaintSeverity.GENERAL), allowanceAndReturn());
  }

  @Test
  void a_copy_of_a_valid_case_builds() {
    // rule: CMP-07 — the Spec itself refuses nothing.
    ComplaintCase c = decidedCase();
    assertEquals(c, new Spec(c).build());
  }

  @Test
  void a_decided_status_without_the_decision_is_refused() {
    // rule: CMP-07
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.status = ComplaintStatus.DECIDED;
    assertEquals(List.of("decision"), s.refusedPaths());
  }

  @Test
  void a_closed_status_without_the_decision_is_refused() {
    // rule: CMP-09 — a closed case was decided first.
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.status = ComplaintStatus.CLOSED;
    s.closedAt = Optional.of(CLOSED_AT);
    assertEquals(List.of("decision"), s.refusedPaths());
  }

  @Test
  void an_open_status_with_a_decision_is_refused() {
    // rule: CMP-07
    Spec s = new Spec(decidedCase());
    s.status = ComplaintStatus.OPEN;
    assertEquals(List.of("decision"), s.refusedPaths());
  }

  @Test
  void a_decision_without_its_outcome_is_refused() {
    // rule: CMP-07
    Spec s = new Spec(decidedCase());
    s.outcome = Optional.empty();
    assertEquals(List.of("decision"), s.refusedPaths());
  }

  @Test
  void an_outcome_without_its_quantities_is_refused() {
    // rule: CMP-16
    Spec s = new Spec(decidedCase());
    s.quantities = Optional.empty();
    assertEquals(List.of("decision"), s.refusedPaths());
  }

  @Test
  void quantities_without_an_outcome_or_decision_are_refused() {
    // rule: CMP-16 — an open case with quantities alone.
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.quantities = decidedCase().quantities();
    assertEquals(List.of("decision"), s.refusedPaths());
  }

  @Test
  void a_rejection_without_the_new_case_or_the_new_case_without_a_rejection_is_refused() {
    // rule: CMP-10
    Spec withoutNew = new Spec(decidedCase());
    withoutNew.rejection = Optional.of(new ReopenRejectedComplaint(RequestId.of("rj"), NUMBER,
        CLOSED_AT, "No"));
    assertEquals(List.of("rejectedBy"), withoutNew.refusedPaths());
    Spec withoutRejection = new Spec(decidedCase());
    withoutRejection.rejectedBy = Optional.of(OTHER);
    assertEquals(List.of("rejectedBy"), withoutRejection.refusedPaths());
  }

  @Test
  void a_closed_status_without_its_instant_or_an_instant_without_the_status_is_refused() {
    // rule: CMP-09
    Spec closedWithoutInstant = new Spec(decidedCase());
    closedWithoutInstant.status = ComplaintStatus.CLOSED;
    assertEquals(List.of("closedAt"), closedWithoutInstant.refusedPaths());
    Spec decidedWithInstant = new Spec(decidedCase());
    decidedWithInstant.closedAt = Optional.of(CLOSED_AT);
    assertEquals(List.of("closedAt"), decidedWithInstant.refusedPaths());
  }

  @Test
  void a_closing_instant_before_the_routing_forms_latest_instant_is_refused() {
    // rule: CMP-09, CMP-06 — a case closes after its route's last step; a stored case that says
    // otherwise is refused when it is read back.
    Spec s = new Spec(decidedCase());
    s.status = ComplaintStatus.CLOSED;
    s.closedAt = Optional.of(s.routing.latestInstant().minusNanos(1_000));
    assertEquals(List.of("closedAt"), s.refusedPaths());
    s.closedAt = Optional.of(s.routing.latestInstant());
    assertEquals(Optional.of(s.routing.latestInstant()), s.build().closedAt());
  }

  @Test
  void a_closed_case_with_its_decision_and_instant_builds() {
    // rule: CMP-09 — the positive side of the two checks above.
    Spec s = new Spec(decidedCase());
    s.status = ComplaintStatus.CLOSED;
    s.closedAt = Optional.of(CLOSED_AT);
    assertEquals(Optional.of(CLOSED_AT), s.build().closedAt());
  }

  @Test
  void a_routing_form_of_another_market_is_refused() {
    // rule: CMP-06 — the closing limit is the intake's market's.
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.routing = RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.OVERSEAS, RECEIVED)
        .handOver(PROCEDURE.route().get(0), RECEIVED);
    assertEquals(List.of("routing.market"), s.refusedPaths());
  }

  @Test
  void a_routing_form_of_an_equal_market_read_back_from_storage_builds() {
    // rule: CMP-06 — a market read back from storage is equal to the intake's, not the same
    // object: the case is compared by value.
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    ServiceZone readBack = ServiceZone.of("DOMESTIC", "Domestic", "国内");
    s.routing = RoutingLedger.accepted(PROCEDURE.route(), readBack, RECEIVED)
        .handOver(PROCEDURE.route().get(0), RECEIVED);
    assertEquals(readBack, s.build().routing().market());
  }

  @Test
  void a_handled_command_of_another_case_is_refused_by_its_position() {
    // rule: CMP-05
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.handled.add(new RecordCustomerVisit(RequestId.of("v1"), NUMBER, DECIDED_AT,
        PersonId.of("S"), false, "ok"));
    s.handled.add(new RecordCustomerVisit(RequestId.of("v2"), OTHER, DECIDED_AT,
        PersonId.of("S"), false, "ok"));
    assertEquals(List.of("handled[1]"), s.refusedPaths());
  }

  @Test
  void a_request_id_handled_twice_is_refused_at_its_second_position() {
    // rule: CMP-05 — request IDs make the commands idempotent, so each is used once per case.
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.handled.add(new RecordCustomerVisit(RequestId.of("v1"), NUMBER, DECIDED_AT,
        PersonId.of("S"), false, "ok"));
    s.handled.add(new RecordCustomerVisit(RequestId.of("v2"), NUMBER, DECIDED_AT,
        PersonId.of("S"), false, "ok"));
    s.handled.add(new RecordCustomerVisit(RequestId.of("v1"), NUMBER, DECIDED_AT,
        PersonId.of("T"), false, "again"));
    assertEquals(List.of("handled[2]"), s.refusedPaths());
  }

  @Test
  void every_violation_is_reported_at_once() {
    // rule: CMP-01 — the adapter sees all that is wrong with a stored row (the exception orders
    // the violations by path).
    Spec s = new Spec(open(ComplaintSeverity.GENERAL));
    s.status = ComplaintStatus.CLOSED;
    s.rejectedBy = Optional.of(OTHER);
    s.routing = RoutingLedger.accepted(PROCEDURE.route(), ServiceZone.OVERSEAS, RECEIVED);
    s.handled.add(new RecordCustomerVisit(RequestId.of("v1"), OTHER, DECIDED_AT,
        PersonId.of("S"), false, "ok"));
    assertEquals(List.of("closedAt", "decision", "handled[0]", "rejectedBy", "routing.market"),
        s.refusedPaths());
  }
}
