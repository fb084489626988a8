package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.aftersales.testkit.workreport.Jobs.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityViolations;
import org.aftersales.core.workreport.LapseKind;
import org.aftersales.core.workreport.RecordAvailabilityLapse;
import org.aftersales.core.workreport.ServiceHours;
import org.aftersales.core.workreport.ServiceHoursViolated;
import org.aftersales.rules.penalty.FineSchedule;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Hotline and phone availability (SVC-19): lapses in the service hours — hotline 9:00–22:00 (P8),
 * phones 8:00–22:00 (P11), Shanghai time — become fine cases the seed's fine schedule fines (50 元
 * per unanswered hotline call, 10 元 per phone off or refused call); outside the hours, none.
 * // rule: SVC-19, PEN-11, PEN-12
 */
class AvailabilityViolationsTest {

  static final PersonId WANG = PersonId.of("tech-wang");
  static final OrganizationUnit GROUP = OrganizationUnit.builder().id(UnitId.of("service-1"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
      .addMember(new Member(WANG, BasePoints.of(1))).lead(WANG).build();

  final InMemoryAvailabilityLog log = InMemoryAvailabilityLog.create();
  final AvailabilityViolations violations = new AvailabilityViolations(log,
      ServiceHours.seed(SHANGHAI), TestValidators.commandValidator(),
      Clock.fixed(shanghai(11, 5, 12, 0), SHANGHAI));

  static RecordAvailabilityLapse lapse(String id, LapseKind kind, Instant from, Instant to) {
    return new RecordAvailabilityLapse(RequestId.of(id), kind, WANG, GROUP, from, to);
  }

  Optional<FineCase> fineOf(LapseKind kind, Instant at) {
    return violations.record(lapse("at-" + kind + "-" + at, kind, at, at)).fineCase();
  }

  @Test
  void an_unanswered_hotline_call_is_a_violation_from_9_00_inclusive_to_22_00_exclusive() {
    // rule: SVC-19 — P8 §2(6): 服务电话的畅通(9:00-22:00).
    Instant nine = shanghai(11, 2, 9, 0);
    assertEquals(Optional.empty(), fineOf(LapseKind.HOTLINE_UNANSWERED, nine.minusNanos(1000)));
    assertEquals(nine, fineOf(LapseKind.HOTLINE_UNANSWERED, nine).orElseThrow().occurredAt());
    Instant ten = shanghai(11, 2, 22, 0);
    assertEquals(FineKind.HOTLINE_UNANSWERED,
        fineOf(LapseKind.HOTLINE_UNANSWERED, ten.minusNanos(1000)).orElseThrow().kind());
    assertEquals(Optional.empty(), fineOf(LapseKind.HOTLINE_UNANSWERED, ten));
    // The phones' hours start at 8:00: a refused call at 8:30 is a violation, an unanswered
    // hotline call at 8:30 is not.
    assertEquals(FineKind.PHONE_CALL_REFUSED, fineOf(LapseKind.PHONE_CALL_REFUSED,
        shanghai(11, 2, 8, 30)).orElseThrow().kind());
    assertEquals(Optional.empty(), fineOf(LapseKind.HOTLINE_UNANSWERED, shanghai(11, 2, 8, 30)));
  }

  @Test
  void a_phone_off_overnight_counts_one_occurrence_per_day_whose_hours_it_overlaps() {
    // rule: SVC-19 — off 21:00 on 2 Nov to 09:00 on 3 Nov overlaps 21:00–22:00 and 08:00–09:00:
    // two occurrences, occurred at 21:00; off 22:00 to 08:00 overlaps nothing.
    FineCase overnight = violations.record(lapse("off-1", LapseKind.PHONE_OFF,
        shanghai(11, 2, 21, 0), shanghai(11, 3, 9, 0))).fineCase().orElseThrow();
    assertEquals(2, overnight.occurrences());
    assertEquals(shanghai(11, 2, 21, 0), overnight.occurredAt());
    assertEquals(Optional.of(WANG), overnight.responsible());
    assertEquals(Optional.empty(), violations.record(lapse("off-2", LapseKind.PHONE_OFF,
        shanghai(11, 2, 22, 0), shanghai(11, 3, 8, 0))).fineCase());
    FineCase early = violations.record(lapse("off-3", LapseKind.PHONE_OFF,
        shanghai(11, 2, 6, 0), shanghai(11, 2, 8, 0).plusNanos(1000))).fineCase().orElseThrow();
    assertEquals(1, early.occurrences());
    assertEquals(shanghai(11, 2, 8, 0), early.occurredAt());
  }

  @Test
  void the_seed_fine_schedule_fines_the_cases_50_and_10_yuan_per_occurrence() {
    // rule: SVC-19, PEN-11, PEN-12 — hotline 50 元/次 (P8), phone off 10 元/次 (P11 §四.7).
    FineSchedule seed = FineSchedule.seed(Currency.getInstance("CNY"), SHANGHAI);
    FineDecision hotline = seed.decide(fineOf(LapseKind.HOTLINE_UNANSWERED,
        shanghai(11, 2, 10, 0)).orElseThrow());
    assertEquals(Money.parse("CNY 50.00"),
        assertInstanceOf(FineDecision.Fine.class, hotline).amount());
    FineDecision phone = seed.decide(violations.record(lapse("off-1", LapseKind.PHONE_OFF,
        shanghai(11, 2, 21, 0), shanghai(11, 3, 9, 0))).fineCase().orElseThrow());
    assertEquals(Money.parse("CNY 20.00"),
        assertInstanceOf(FineDecision.Fine.class, phone).amount());
  }

  @Test
  void a_lapse_is_recorded_once_per_id_and_fined_once() {
    // rule: SVC-19
    RecordAvailabilityLapse command = lapse("call-77", LapseKind.HOTLINE_UNANSWERED,
        shanghai(11, 2, 10, 0), shanghai(11, 2, 10, 0));
    AvailabilityLapse first = violations.record(command);
    assertEquals(first, violations.record(command));
    assertEquals(1, log.all().size());
    assertEquals(2, log.outbox().undelivered(10).size());
    assertInstanceOf(ServiceHoursViolated.class, log.outbox().undelivered(10).get(1).event());
    assertThrows(DuplicateRequestException.class, () -> violations.record(lapse("call-77",
        LapseKind.HOTLINE_UNANSWERED, shanghai(11, 2, 11, 0), shanghai(11, 2, 11, 0))));
    violations.record(lapse("call-78", LapseKind.HOTLINE_UNANSWERED, shanghai(11, 2, 23, 0),
        shanghai(11, 2, 23, 0)));
    assertEquals(3, log.outbox().undelivered(10).size());
  }

  @Test
  void a_lapse_ending_before_it_starts_or_with_missing_fields_is_refused_and_nothing_recorded() {
    // rule: SVC-19
    InvalidInputException reversed = assertThrows(InvalidInputException.class,
        () -> violations.record(lapse("off-9", LapseKind.PHONE_OFF, shanghai(11, 2, 10, 0),
            shanghai(11, 2, 9, 0))));
    assertEquals("to", reversed.violations().get(0).path());
    InvalidInputException nulls = assertThrows(InvalidInputException.class,
        () -> violations.record(new RecordAvailabilityLapse(null, null, null, null, null, null)));
    assertEquals(6, nulls.violations().size());
    assertEquals(List.of(), log.all());
  }

  @Test
  void hours_are_configurable_and_an_end_not_after_its_start_is_refused() {
    // rule: SVC-19
    ServiceHours late = new ServiceHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(23, 0),
        LocalTime.of(8, 0), LocalTime.of(22, 0));
    assertEquals(FineKind.HOTLINE_UNANSWERED, late.violation(LapseKind.HOTLINE_UNANSWERED,
        shanghai(11, 2, 22, 30), shanghai(11, 2, 22, 30), WANG, GROUP).orElseThrow().kind());
    assertThrows(InvalidInputException.class, () -> new ServiceHours(SHANGHAI,
        LocalTime.of(9, 0), LocalTime.of(9, 0), LocalTime.of(8, 0), LocalTime.of(22, 0)));
    assertThrows(InvalidInputException.class, () -> new ServiceHours(SHANGHAI,
        LocalTime.of(9, 0), LocalTime.of(22, 0), LocalTime.of(8, 0), LocalTime.of(7, 0)));
  }
}
