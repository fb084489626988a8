package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The records of what was done about an obligation — a fulfilment (履约记录), a disposition
 * (carried over or written off) and a follow-up assignment — and the events that carry them:
 * instants stored to the microsecond, inside the supported range, texts checked.
 *
 * <p>// rule: CON-01, CON-02, CON-04
 */
class ObligationRecordValuesTest {

  static final Instant AT = Instant.parse("2027-01-29T07:00:00.123456789Z");
  static final Instant AT_MICROS = Instant.parse("2027-01-29T07:00:00.123456Z");
  static final Instant TOO_EARLY = Instant.parse("1899-01-01T00:00:00Z");
  static final Instant TOO_LATE = Instant.parse("2302-01-01T00:00:00Z");

  static PersonId person(String id) {
    return PersonId.of(id);
  }

  static Violation only(InvalidInputException e) {
    assertEquals(1, e.violations().size());
    return e.violations().get(0);
  }

  static String pathOf(Runnable action) {
    return only(assertThrows(InvalidInputException.class, action::run)).path();
  }

  static String nullName(Runnable action) {
    return assertThrows(NullPointerException.class, action::run).getMessage();
  }

  static ObligationDisposition disposition(String reason) {
    return new ObligationDisposition(DispositionKind.CARRIED_OVER, LocalDate.of(2027, 2, 10),
        reason, person("M-1"), AT);
  }

  @Test
  void a_fulfilment_keeps_who_and_the_document_and_stores_its_instant_to_the_microsecond() {
    ObligationFulfilment f = ObligationFulfilment.of(person("T-1"), AT, "DMS/2027/0042");
    assertEquals(person("T-1"), f.by());
    assertEquals(AT_MICROS, f.at());
    assertEquals("DMS/2027/0042", f.document());
    assertEquals(new ObligationFulfilment(person("T-1"), AT_MICROS, "DMS/2027/0042"), f);
  }

  @Test
  void a_fulfilment_outside_the_supported_range_or_with_a_bad_document_is_refused() {
    assertEquals("at", pathOf(() -> ObligationFulfilment.of(person("T-1"), TOO_EARLY, "D")));
    assertEquals("at", pathOf(() -> ObligationFulfilment.of(person("T-1"), TOO_LATE, "D")));
    assertEquals("document", pathOf(() -> ObligationFulfilment.of(person("T-1"), AT, "")));
    assertEquals("document", pathOf(() -> ObligationFulfilment.of(person("T-1"), AT, " D")));
    assertEquals(200, ObligationFulfilment.MAX_DOCUMENT_LENGTH);
    String longest = "D".repeat(200);
    assertEquals(longest, ObligationFulfilment.of(person("T-1"), AT, longest).document());
    assertEquals("document",
        pathOf(() -> ObligationFulfilment.of(person("T-1"), AT, longest + "D")));
    assertEquals("by", nullName(() -> ObligationFulfilment.of(null, AT, "D")));
    assertEquals("at", nullName(() -> ObligationFulfilment.of(person("T-1"), null, "D")));
    assertEquals("document", nullName(() -> ObligationFulfilment.of(person("T-1"), AT, null)));
  }

  @Test
  void a_disposition_keeps_its_fields_and_stores_its_instant_to_the_microsecond() {
    ObligationDisposition d = new ObligationDisposition(DispositionKind.WRITTEN_OFF,
        LocalDate.of(2027, 1, 31), "系统已拆除", person("M-1"), AT);
    assertEquals(DispositionKind.WRITTEN_OFF, d.kind());
    assertEquals(LocalDate.of(2027, 1, 31), d.due());
    assertEquals("系统已拆除", d.reason());
    assertEquals(person("M-1"), d.by());
    assertEquals(AT_MICROS, d.at());
  }

  @Test
  void a_blank_or_too_long_reason_is_refused() {
    for (String blank : List.of("", " ", "\t ")) {
      Violation v = only(assertThrows(InvalidInputException.class, () -> disposition(blank)));
      assertEquals("reason", v.path());
      assertEquals("core.contract.reasonBlank", v.message().key());
    }
    assertEquals(500, ObligationDisposition.MAX_REASON_LENGTH);
    String longest = "因".repeat(500);
    assertEquals(longest, disposition(longest).reason());
    assertEquals("reason", pathOf(() -> disposition(longest + "因")));
    assertEquals("reason", pathOf(() -> disposition("a\u0000b")));
  }

  @Test
  void a_disposition_outside_the_supported_range_or_with_a_missing_field_is_refused() {
    assertEquals("due", pathOf(() -> new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(1899, 12, 31), "r", person("M-1"), AT)));
    assertEquals("due", pathOf(() -> new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(2301, 1, 1), "r", person("M-1"), AT)));
    assertEquals("at", pathOf(() -> new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(2027, 2, 10), "r", person("M-1"), TOO_LATE)));
    assertEquals("kind", nullName(() -> new ObligationDisposition(null,
        LocalDate.of(2027, 2, 10), "r", person("M-1"), AT)));
    assertEquals("due", nullName(() -> new ObligationDisposition(DispositionKind.CARRIED_OVER,
        null, "r", person("M-1"), AT)));
    assertEquals("reason", nullName(() -> new ObligationDisposition(
        DispositionKind.CARRIED_OVER, LocalDate.of(2027, 2, 10), null, person("M-1"), AT)));
    assertEquals("by", nullName(() -> new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(2027, 2, 10), "r", null, AT)));
    assertEquals("at", nullName(() -> new ObligationDisposition(DispositionKind.CARRIED_OVER,
        LocalDate.of(2027, 2, 10), "r", person("M-1"), null)));
  }

  @Test
  void a_follow_up_assignment_keeps_who_and_by_whom_to_the_microsecond() {
    FollowUpAssignment a = FollowUpAssignment.of(person("S-1"), person("M-1"), AT);
    assertEquals(person("S-1"), a.assignee());
    assertEquals(person("M-1"), a.by());
    assertEquals(AT_MICROS, a.at());
    assertEquals(new FollowUpAssignment(person("S-1"), person("M-1"), AT_MICROS), a);
    assertEquals("at", pathOf(() -> FollowUpAssignment.of(person("S-1"), person("M-1"),
        TOO_EARLY)));
    assertEquals("assignee", nullName(() -> FollowUpAssignment.of(null, person("M-1"), AT)));
    assertEquals("by", nullName(() -> FollowUpAssignment.of(person("S-1"), null, AT)));
    assertEquals("at", nullName(() -> FollowUpAssignment.of(person("S-1"), person("M-1"),
        null)));
  }

  @Test
  void every_event_names_its_missing_field() {
    ContractId c = ContractId.of("C-1");
    String key = "3:C-1/MONTHLY_INSPECTION/2027-01 SYS-1";
    ObligationKind k = ObligationKind.MONTHLY_INSPECTION;
    ObligationFulfilment f = ObligationFulfilment.of(person("T-1"), AT, "D");
    ObligationDisposition d = disposition("r");
    FollowUpAssignment a = FollowUpAssignment.of(person("S-1"), person("M-1"), AT);

    assertEquals("contract", nullName(() -> new ObligationFulfilled(null, key, k, f, AT)));
    assertEquals("obligation", nullName(() -> new ObligationFulfilled(c, null, k, f, AT)));
    assertEquals("kind", nullName(() -> new ObligationFulfilled(c, key, null, f, AT)));
    assertEquals("fulfilment", nullName(() -> new ObligationFulfilled(c, key, k, null, AT)));
    assertEquals("occurredAt", nullName(() -> new ObligationFulfilled(c, key, k, f, null)));

    assertEquals("contract", nullName(() -> new ObligationCarriedOver(null, key, k, d, AT)));
    assertEquals("obligation", nullName(() -> new ObligationCarriedOver(c, null, k, d, AT)));
    assertEquals("kind", nullName(() -> new ObligationCarriedOver(c, key, null, d, AT)));
    assertEquals("disposition", nullName(() -> new ObligationCarriedOver(c, key, k, null, AT)));
    assertEquals("occurredAt", nullName(() -> new ObligationCarriedOver(c, key, k, d, null)));

    assertEquals("contract", nullName(() -> new ObligationWrittenOff(null, key, k, d, AT)));
    assertEquals("obligation", nullName(() -> new ObligationWrittenOff(c, null, k, d, AT)));
    assertEquals("kind", nullName(() -> new ObligationWrittenOff(c, key, null, d, AT)));
    assertEquals("disposition", nullName(() -> new ObligationWrittenOff(c, key, k, null, AT)));
    assertEquals("occurredAt", nullName(() -> new ObligationWrittenOff(c, key, k, d, null)));

    assertEquals("contract", nullName(() -> new FollowUpAssigned(null, key, k, a, AT)));
    assertEquals("obligation", nullName(() -> new FollowUpAssigned(c, null, k, a, AT)));
    assertEquals("kind", nullName(() -> new FollowUpAssigned(c, key, null, a, AT)));
    assertEquals("assignment", nullName(() -> new FollowUpAssigned(c, key, k, null, AT)));
    assertEquals("occurredAt", nullName(() -> new FollowUpAssigned(c, key, k, a, null)));

    ObligationFulfilled e = new ObligationFulfilled(c, key, k, f, AT);
    assertEquals(AT, e.occurredAt());
    assertEquals(f, e.fulfilment());
  }
}
