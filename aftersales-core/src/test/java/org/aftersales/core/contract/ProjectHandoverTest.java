package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A project handover (项目移交, P8 §1): after-sales joins one month before final acceptance, the
 * handover completes within two weeks after it, and not while a required document is missing.
 */
@Tag("CON-03")
class ProjectHandoverTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ProjectId PROJECT = ProjectId.of("XM-2026-07");
  static final PersonId WANG = PersonId.of("wang");
  static final PersonId LI = PersonId.of("li");
  static final Instant T = Instant.parse("2026-03-20T02:00:00Z");

  static ProjectHandover accepted(LocalDate finalAcceptance) {
    return ProjectHandover.of(PROJECT, finalAcceptance, SHANGHAI, HandoverTerms.seed());
  }

  static HandoverItem item(HandoverDocument document) {
    return HandoverItem.of(document, WANG, T, "DMS/" + document.name());
  }

  static ProjectHandover withAllDocuments(ProjectHandover handover) {
    ProjectHandover result = handover;
    for (HandoverDocument document : HandoverDocument.values()) {
      result = result.record(item(document));
    }
    return result;
  }

  @Test
  void after_sales_joins_one_month_before_and_the_handover_is_due_two_weeks_after_acceptance() {
    // rule: CON-03 — acceptance Sun 15 March 2026: joined by 15 February, due 15 + 14 = 29 March
    ProjectHandover handover = accepted(LocalDate.of(2026, 3, 15));
    assertEquals(LocalDate.of(2026, 2, 15), handover.joinBy());
    assertEquals(LocalDate.of(2026, 3, 29), handover.dueBy());
    assertEquals(PROJECT, handover.project());
    assertEquals(LocalDate.of(2026, 3, 15), handover.finalAcceptance());
    assertEquals(SHANGHAI, handover.zone());
    assertEquals(new HandoverTerms(Period.ofMonths(1), Period.ofDays(14)), handover.terms());
  }

  @Test
  void a_month_before_an_acceptance_on_the_31st_is_the_last_day_of_the_shorter_month() {
    // rule: CON-03 — 31 March − 1 month: 28 February 2026, 29 February 2028 (leap year)
    assertEquals(LocalDate.of(2026, 2, 28), accepted(LocalDate.of(2026, 3, 31)).joinBy());
    assertEquals(LocalDate.of(2028, 2, 29), accepted(LocalDate.of(2028, 3, 31)).joinBy());
    // 20 December + 14 days crosses the year: 3 January
    assertEquals(LocalDate.of(2027, 1, 3), accepted(LocalDate.of(2026, 12, 20)).dueBy());
  }

  @Test
  void both_offsets_are_configurable() {
    // rule: CON-03 — six weeks before, ten days after 15 March: 1 February and 25 March
    ProjectHandover handover = ProjectHandover.of(PROJECT, LocalDate.of(2026, 3, 15), SHANGHAI,
        new HandoverTerms(Period.ofWeeks(6), Period.ofDays(10)));
    assertEquals(LocalDate.of(2026, 2, 1), handover.joinBy());
    assertEquals(LocalDate.of(2026, 3, 25), handover.dueBy());
  }

  @Test
  void completion_is_refused_while_a_document_is_missing_and_names_the_missing_ones() {
    // rule: CON-03
    ProjectHandover handover = accepted(LocalDate.of(2026, 3, 15))
        .record(item(HandoverDocument.TECHNICAL_DOCUMENTS))
        .record(item(HandoverDocument.EXTERNAL_BOUNDARY));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> handover.complete(T, LI));
    assertEquals(RuleId.of("CON-03"), e.ruleId());
    assertEquals("Refused by rule CON-03: the handover of project XM-2026-07 cannot be completed:"
        + " missing OPEN_ISSUES_AND_SCHEDULE, INTERNAL_BOUNDARY", e.getMessage(Locale.ENGLISH));
    assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains("缺少"));
    assertEquals(EnumSet.of(HandoverDocument.OPEN_ISSUES_AND_SCHEDULE,
        HandoverDocument.INTERNAL_BOUNDARY), handover.checklist().missing());
    assertFalse(handover.isCompleted());
    assertThrows(RuleRefusalException.class,
        () -> accepted(LocalDate.of(2026, 3, 15)).complete(T, LI));
  }

  @Test
  void a_complete_checklist_completes_on_time_up_to_the_end_of_the_due_day_in_the_business_zone() {
    // rule: CON-03 — due 29 March; 29 March 23:59:59 in Shanghai is 15:59:59 UTC
    ProjectHandover ready = withAllDocuments(accepted(LocalDate.of(2026, 3, 15)));
    ProjectHandover onTime = ready.complete(Instant.parse("2026-03-29T15:59:59Z"), LI);
    assertTrue(onTime.isCompleted());
    assertFalse(onTime.completedLate());
    assertEquals(Optional.of(LI), onTime.completedBy());
    assertEquals(Optional.of(Instant.parse("2026-03-29T15:59:59Z")), onTime.completedAt());
    ProjectHandover late = ready.complete(Instant.parse("2026-03-29T16:00:00Z"), LI);
    assertTrue(late.completedLate());
    assertFalse(ready.completedLate());
    assertEquals(Optional.empty(), ready.completedAt());
    assertEquals(Optional.empty(), ready.completedBy());
  }

  @Test
  void an_open_handover_is_overdue_from_the_day_after_its_due_date() {
    // rule: CON-03 — due 29 March
    ProjectHandover open = accepted(LocalDate.of(2026, 3, 15));
    assertFalse(open.isOverdue(LocalDate.of(2026, 3, 29)));
    assertTrue(open.isOverdue(LocalDate.of(2026, 3, 30)));
    ProjectHandover done = withAllDocuments(open).complete(T, LI);
    assertFalse(done.isOverdue(LocalDate.of(2026, 4, 30)));
  }

  @Test
  void a_completed_handover_is_neither_completed_again_nor_changed() {
    // rule: CON-03
    ProjectHandover done = withAllDocuments(accepted(LocalDate.of(2026, 3, 15))).complete(T, LI);
    RuleRefusalException again = assertThrows(RuleRefusalException.class,
        () -> done.complete(T.plusSeconds(60), WANG));
    assertEquals(RuleId.of("CON-03"), again.ruleId());
    assertThrows(RuleRefusalException.class,
        () -> done.record(item(HandoverDocument.TECHNICAL_DOCUMENTS)));
  }

  @Test
  void each_item_keeps_who_when_and_the_reference_and_recording_again_replaces_it() {
    // rule: CON-03
    HandoverItem first = item(HandoverDocument.INTERNAL_BOUNDARY);
    HandoverItem refiled = HandoverItem.of(HandoverDocument.INTERNAL_BOUNDARY, LI,
        T.plusSeconds(3600), "DMS/FAQ-v2");
    HandoverChecklist checklist = HandoverChecklist.empty().record(first).record(refiled);
    assertEquals(List.of(refiled), checklist.items());
    assertEquals(LI, checklist.items().get(0).recordedBy());
    assertEquals("DMS/FAQ-v2", checklist.items().get(0).reference());
    assertEquals(EnumSet.of(HandoverDocument.TECHNICAL_DOCUMENTS,
        HandoverDocument.OPEN_ISSUES_AND_SCHEDULE, HandoverDocument.EXTERNAL_BOUNDARY),
        checklist.missing());
    assertEquals(HandoverChecklist.empty().record(refiled), checklist);
    assertEquals(HandoverChecklist.empty().record(refiled).hashCode(), checklist.hashCode());
    assertNotEquals(HandoverChecklist.empty().record(first), checklist);
    assertNotEquals(HandoverChecklist.empty().record(first).hashCode(), checklist.hashCode());
    assertTrue(checklist.toString().contains("DMS/FAQ-v2"));
  }

  @Test
  void bad_input_is_refused() {
    // rule: CON-03
    assertThrows(InvalidInputException.class,
        () -> new HandoverTerms(Period.ofMonths(-1), Period.ofWeeks(2)));
    assertThrows(InvalidInputException.class,
        () -> new HandoverTerms(Period.ofMonths(1), Period.ofDays(-1)));
    assertThrows(InvalidInputException.class,
        () -> new HandoverTerms(Period.ofYears(-1), Period.ofDays(1)));
    assertThrows(InvalidInputException.class,
        () -> HandoverItem.of(HandoverDocument.INTERNAL_BOUNDARY, LI, T, " "));
    assertThrows(InvalidInputException.class, () -> HandoverItem.of(
        HandoverDocument.INTERNAL_BOUNDARY, LI, Instant.parse("2400-01-01T00:00:00Z"), "x"));
    assertThrows(InvalidInputException.class, () -> accepted(LocalDate.of(1900, 1, 15)));
    assertThrows(InvalidInputException.class, () -> accepted(LocalDate.of(2300, 12, 25)));
    assertThrows(InvalidInputException.class, () -> withAllDocuments(
        accepted(LocalDate.of(2026, 3, 15))).complete(Instant.parse("2400-01-01T00:00:00Z"), LI));
  }

  @Test
  void equal_handovers_are_the_same_project_dates_checklist_and_completion() {
    // rule: CON-03
    ProjectHandover a = withAllDocuments(accepted(LocalDate.of(2026, 3, 15)));
    ProjectHandover b = withAllDocuments(accepted(LocalDate.of(2026, 3, 15)));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.complete(T, LI));
    assertNotEquals(a, accepted(LocalDate.of(2026, 3, 16)));
    assertNotEquals(a.hashCode(), a.complete(T, LI).hashCode());
    assertTrue(a.toString().contains("due 2026-03-29"));
    assertTrue(a.toString().endsWith(", open]"));
    assertTrue(a.complete(T, LI).toString().contains("completed"));
  }
}
