package org.aftersales.rules.configuration;

import static org.aftersales.rules.configuration.Offices.CNY;
import static org.aftersales.rules.configuration.Offices.SHANGHAI;
import static org.aftersales.rules.configuration.Offices.cny;
import static org.aftersales.rules.configuration.Offices.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.workreport.ReportKind;
import org.junit.jupiter.api.Test;

/** The machinery-service configuration (P11) with the seed's numbers, worked out by hand. */
class MachineryServiceConfigurationTest {

  /** Built in each test, not in a static field, so that mutation testing sees the call. */
  static MachineryServiceConfiguration seed() {
    return MachineryServiceConfiguration.seed(SHANGHAI, CNY, Offices.shanghai());
  }

  @Test
  void a_message_received_friday_at_four_is_answered_by_saturday_at_four() {
    // rule: SVC-13 — 24 elapsed hours, weekends included.
    assertEquals(sh("2026-11-07T16:00"), seed().serviceLevels()
        .startClock(ServiceLevelKey.of(Milestone.REPLY), sh("2026-11-06T16:00")).orElseThrow()
        .due().orElseThrow());
  }

  @Test
  void the_engineer_is_due_on_site_at_the_time_the_customer_asked_for() {
    // rule: SVC-13 — no requested time, no deadline; with one, that time.
    ServiceLevelClock arrival = seed().serviceLevels()
        .startClock(ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE), sh("2026-11-06T16:00"))
        .orElseThrow();
    assertEquals(Optional.empty(), arrival.due());
    assertEquals(sh("2026-11-09T10:00"),
        arrival.withRequestedTime(sh("2026-11-09T10:00")).due().orElseThrow());
  }

  @Test
  void the_same_fault_repaired_again_within_30_days_is_a_repeat_repair() {
    // rule: SVC-17
    assertEquals(30, seed().repeatRepairs().windowDays());
  }

  @Test
  void novembers_statistics_are_due_by_the_4th_and_the_project_summary_by_the_5th_of_december() {
    // rule: SVC-18
    YearMonth november = YearMonth.of(2026, 11);
    assertEquals(LocalDate.parse("2026-12-04"),
        seed().reportingDeadlines().dueDay(ReportKind.MONTHLY_STATISTICS, november));
    assertEquals(LocalDate.parse("2026-12-05"),
        seed().reportingDeadlines().dueDay(ReportKind.PROJECT_SUMMARY, november));
  }

  @Test
  void the_service_phones_are_on_from_8_to_22_and_a_phone_off_is_fined_only_then() {
    // rule: SVC-19, PEN-11
    assertEquals(LocalTime.of(8, 0), seed().serviceHours().phonesOn());
    assertEquals(LocalTime.of(22, 0), seed().serviceHours().phonesOff());
    assertFalse(seed().fineSchedule().finedAt(FineKind.PHONE_OFF, sh("2026-11-06T07:30")));
    assertTrue(seed().fineSchedule().finedAt(FineKind.PHONE_OFF, sh("2026-11-06T08:30")));
    assertTrue(seed().fineSchedule().finedAt(FineKind.PHONE_OFF, sh("2026-11-06T21:30")));
    assertFalse(seed().fineSchedule().finedAt(FineKind.PHONE_OFF, sh("2026-11-06T22:30")));
  }

  @Test
  void the_fines_are_50_50_20_10_and_100_per_occurrence() {
    // rule: PEN-11
    MachineryServiceConfiguration c = seed();
    assertEquals(Optional.of(cny("50.00")),
        c.fineSchedule().perOccurrence(FineKind.LEFT_SITE_WITHOUT_CALLING_HQ));
    assertEquals(Optional.of(cny("50.00")),
        c.fineSchedule().perOccurrence(FineKind.LATE_ARRIVAL_PERSONAL));
    assertEquals(Optional.of(cny("20.00")),
        c.fineSchedule().perOccurrence(FineKind.INCOMPLETE_SERVICE_REPORT));
    assertEquals(Optional.of(cny("10.00")), c.fineSchedule().perOccurrence(FineKind.PHONE_OFF));
    assertEquals(Optional.of(cny("100.00")),
        c.fineSchedule().perOccurrence(FineKind.DISOBEYING_HQ));
  }

  @Test
  void quarrelling_taking_goods_personal_delay_and_a_repeat_repair_are_major_demerits() {
    // rule: PEN-11
    MachineryServiceConfiguration c = seed();
    assertTrue(c.fineSchedule().punishedByMajorDemerit(FineKind.QUARRELLING_WITH_CUSTOMER));
    assertTrue(c.fineSchedule().punishedByMajorDemerit(FineKind.TAKING_GOODS_FROM_CUSTOMER));
    assertTrue(c.fineSchedule().punishedByMajorDemerit(FineKind.PERSONAL_DELAY));
    assertTrue(c.fineSchedule().punishedByMajorDemerit(FineKind.REPEAT_REPAIR));
    assertFalse(c.fineSchedule().punishedByMajorDemerit(FineKind.PHONE_OFF));
  }
}
