package org.aftersales.rules.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceZone;
import org.junit.jupiter.api.Test;

/**
 * The small values of the SLA configuration: conditions, stretches of hours, weekly schedules.
 *
 * <p>// rule: SVC-11, SVC-12
 */
class SlaValuesTest {

  static final ContractId HT = ContractId.of("HT-1");

  @Test
  void conditions_are_equal_when_the_same_conditions_have_the_same_values() {
    Applicability a = Applicability.any().inZone(ServiceZone.CITY).forCategory(ServiceCategory.A).forContract(HT);
    Applicability same = Applicability.any().forContract(HT).forCategory(ServiceCategory.A).inZone(ServiceZone.CITY);
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, Applicability.any().inZone(ServiceZone.SUBURB).forCategory(ServiceCategory.A).forContract(HT));
    assertNotEquals(a, Applicability.any().inZone(ServiceZone.CITY).forCategory(ServiceCategory.B).forContract(HT));
    assertNotEquals(a, Applicability.any().inZone(ServiceZone.CITY).forCategory(ServiceCategory.A)
        .forContract(ContractId.of("HT-2")));
    assertNotEquals(a, Applicability.any().inZone(ServiceZone.CITY).forCategory(ServiceCategory.A));
    assertNotEquals(a, "any");
    assertEquals(Applicability.any(), Applicability.any());
  }

  @Test
  void conditions_say_what_they_are_and_how_specific() {
    Applicability a = Applicability.any().inZone(ServiceZone.CITY).forCategory(ServiceCategory.A).forContract(HT);
    assertEquals("category A, zone CITY, contract HT-1", a.toString());
    assertEquals("zone CITY", Applicability.any().inZone(ServiceZone.CITY).toString());
    assertEquals("contract HT-1", Applicability.any().forContract(HT).toString());
    assertEquals("category B, contract HT-1",
        Applicability.any().forCategory(ServiceCategory.B).forContract(HT).toString());
    assertEquals("any", Applicability.any().toString());
    assertEquals(3, a.specificity());
    assertEquals(0, Applicability.any().specificity());
    assertEquals(1, Applicability.any().forCategory(ServiceCategory.C).specificity());
    assertEquals(1, Applicability.any().inZone(ServiceZone.CITY).specificity());
    assertEquals(1, Applicability.any().forContract(HT).specificity());
    assertEquals(Optional.of(ServiceCategory.A), a.category());
    assertEquals(Optional.empty(), Applicability.any().category());
    assertEquals(Optional.of(HT), a.contract());
    assertTrue(Applicability.any().forCategory(ServiceCategory.A).matches(ServiceLevelKey.builder()
        .milestone(Milestone.REPLY).category(ServiceCategory.A).build()));
    assertFalse(Applicability.any().forCategory(ServiceCategory.A).matches(ServiceLevelKey.of(Milestone.REPLY)));
  }

  @Test
  void a_stretch_that_ends_at_or_before_its_start_crosses_midnight() {
    assertTrue(WorkingHours.parse("22:00-06:00").crossesMidnight());
    assertTrue(WorkingHours.parse("00:00-24:00").crossesMidnight(), "24:00 is the next midnight");
    assertFalse(WorkingHours.parse("09:00-12:00").crossesMidnight());
    assertEquals(Duration.ofHours(8), WorkingHours.parse("22:00-06:00").length());
    assertEquals("00:00-24:00", WorkingHours.parse("00:00-24:00").toString());
    assertEquals("22:00-06:00", WorkingHours.parse("22:00-06:00").toString());
    assertEquals(LocalTime.of(22, 0), WorkingHours.parse("22:00-06:00").start());
  }

  @Test
  void stretches_order_by_start_then_length_and_equal_by_both_ends() {
    WorkingHours morning = WorkingHours.parse("09:00-12:00");
    assertEquals(morning, WorkingHours.of(LocalTime.of(9, 0), LocalTime.NOON));
    assertEquals(morning.hashCode(), WorkingHours.of(LocalTime.of(9, 0), LocalTime.NOON).hashCode());
    assertNotEquals(morning, WorkingHours.parse("09:00-11:00"));
    assertNotEquals(morning, WorkingHours.parse("08:00-12:00"));
    assertNotEquals(morning, "09:00-12:00");
    assertTrue(morning.compareTo(WorkingHours.parse("10:00-11:00")) < 0);
    assertTrue(morning.compareTo(WorkingHours.parse("09:00-11:00")) > 0, "same start, longer");
    assertTrue(morning.compareTo(WorkingHours.parse("09:00-13:00")) < 0);
    assertEquals(0, morning.compareTo(WorkingHours.parse("09:00-12:00")));
  }

  @Test
  void weekly_schedules_are_equal_by_their_hours_per_day() {
    WeeklySchedule a = WeeklySchedule.builder().on(DayOfWeek.MONDAY, WorkingHours.parse("09:00-12:00")).build();
    WeeklySchedule same = WeeklySchedule.builder().on(List.of(DayOfWeek.MONDAY), WorkingHours.parse("09:00-12:00")).build();
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, WeeklySchedule.builder().on(DayOfWeek.TUESDAY, WorkingHours.parse("09:00-12:00")).build());
    assertNotEquals(a, "MONDAY");
    assertEquals("{MONDAY=[09:00-12:00]}", a.toString());
  }

  @Test
  void stretches_that_only_touch_do_not_overlap() {
    assertEquals(List.of(), WeeklySchedule.overlappingPairs(
        List.of(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("12:00-13:00"))));
    assertEquals(1, WeeklySchedule.overlappingPairs(
        List.of(WorkingHours.parse("09:00-12:01"), WorkingHours.parse("12:00-13:00"))).size());
  }
}
