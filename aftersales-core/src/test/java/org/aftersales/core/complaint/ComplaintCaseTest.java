package org.aftersales.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/** The complaint case aggregate. // rule: CMP-01, CMP-10 */
class ComplaintCaseTest {

  static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00Z");
  static final DocumentNumber NUMBER = DocumentNumber.of(SeriesId.COMPLAINTS, "2611-07", "2026-11",
      LocalDate.of(2026, 11, 1), 7);

  static ComplaintCase open() {
    return ComplaintCase.register(NUMBER, RequestId.of("r-1"), RECEIVED, "Customer", "Peeling",
        Optional.empty(), RECEIVED).state();
  }

  @Test
  void registering_creates_an_open_unsaved_case_and_one_event() {
    Changed<ComplaintCase> c = ComplaintCase.register(NUMBER, RequestId.of("r-1"), RECEIVED,
        "Customer", "Peeling", Optional.empty(), RECEIVED.plusSeconds(5));
    assertEquals(ComplaintStatus.OPEN, c.state().status());
    assertEquals(Version.initial(), c.state().version());
    assertEquals(List.of(new ComplaintRegistered(NUMBER, RECEIVED, Optional.empty(), RECEIVED.plusSeconds(5))),
        c.events());
  }

  @Test
  void a_voided_case_keeps_its_number_and_cannot_be_voided_again() {
    ComplaintCase voided = open().voided("duplicate of 2611-06", RECEIVED.plusSeconds(60)).state();
    assertEquals(NUMBER, voided.number());
    assertEquals(ComplaintStatus.VOIDED, voided.status());
    assertEquals(Optional.of("duplicate of 2611-06"), voided.voidReason());
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> voided.voided("again", RECEIVED));
    assertEquals("CMP-01", e.ruleId().value());
    assertEquals("Refused by rule CMP-01: complaint case 2611-07 is already voided", e.getMessage(Locale.ENGLISH));
  }

  @Test
  void voiding_does_not_change_the_original_value() {
    ComplaintCase original = open();
    original.voided("x", RECEIVED);
    assertEquals(ComplaintStatus.OPEN, original.status());
  }

  @Test
  void no_invalid_case_can_be_built() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ComplaintCase.builder()
        .number(NUMBER).requestId(RequestId.of("r")).receivedAt(RECEIVED).customerName(" ")
        .description("").status(ComplaintStatus.VOIDED).version(Version.initial()).build());
    assertEquals(List.of("customerName", "description", "status"),
        e.violations().stream().map(v -> v.path()).toList());
  }
}
