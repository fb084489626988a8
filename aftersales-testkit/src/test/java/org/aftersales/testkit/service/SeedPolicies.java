package org.aftersales.testkit.service;

import java.time.DayOfWeek;
import java.time.ZoneId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * The seed's service levels on a Shanghai office calendar for the service-request tests:
 * Monday to Friday 09:00–12:00 and 13:30–18:00 (7.5 working hours a day), no holidays unless a
 * test adds them.
 */
final class SeedPolicies {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SeedPolicies() {}

  /**
   * The office calendar builder, for tests that add holidays.
   *
   * @return a builder with the weekly office hours
   */
  static WorkingCalendar.Builder officeBuilder() {
    return WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
        .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
            WorkingHours.parse("13:30-18:00"))
        .build());
  }

  /**
   * The seed configuration on the office calendar.
   *
   * @param seed which of the seed's configurations
   * @return the policy
   */
  static ServiceLevels seed(SeedServiceLevels seed) {
    return ServiceLevels.seed(seed, officeBuilder().build()).build();
  }
}
