package org.aftersales.rules.configuration;

import static org.aftersales.rules.configuration.Offices.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceZone;
import org.junit.jupiter.api.Test;

/** The security-systems configuration (P15) with the seed's numbers, worked out by hand. */
class SecuritySystemsConfigurationTest {

  /** Built in each test, not in a static field, so that mutation testing sees the call. */
  static SecuritySystemsConfiguration seed() {
    return SecuritySystemsConfiguration.seed(Offices.shanghai());
  }

  static Instant arrival(ServiceZone zone, Instant call) {
    return seed().serviceLevels()
        .startClock(ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, zone), call).orElseThrow()
        .due().orElseThrow();
  }

  static List<String> obligations(ObligationKind wanted) {
    ServiceContract contract = ServiceContract.of(ContractId.of("B"), CustomerId.of("C-1"),
        ContractKind.MAINTENANCE, SystemCategory.SECURITY, List.of(SystemId.of("ALARM")),
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    List<String> found = new ArrayList<>();
    for (Obligation o : seed().obligationSchedule().due(contract, LocalDate.parse("2026-01-01"),
        LocalDate.parse("2027-01-01"))) {
      if (o.kind() == wanted) {
        found.add(o.occurrence() + " @ " + o.due());
      }
    }
    return found;
  }

  @Test
  void an_emergency_call_on_saturday_night_is_due_1_2_4_or_6_hours_later_by_zone() {
    // rule: SVC-12 — around the clock: Saturday 23:30 plus 1, 2, 4 and 6 elapsed hours.
    Instant call = sh("2026-11-07T23:30");
    assertEquals(sh("2026-11-08T00:30"), arrival(ServiceZone.RING_ROAD_1, call));
    assertEquals(sh("2026-11-08T01:30"), arrival(ServiceZone.RING_ROAD_2, call));
    assertEquals(sh("2026-11-08T03:30"), arrival(ServiceZone.REST_OF_CITY, call));
    assertEquals(sh("2026-11-08T05:30"), arrival(ServiceZone.NEIGHBOURING, call));
  }

  @Test
  void farther_away_the_time_is_the_contracts_so_there_is_no_default() {
    // rule: SVC-12
    assertEquals(Optional.empty(), seed().serviceLevels()
        .targetFor(ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.FARTHER)));
  }

  @Test
  void the_monthly_inspection_of_a_security_system_covers_the_four_areas() {
    // rule: CON-04
    List<String> areas = new ArrayList<>();
    for (InspectionArea area :
        seed().inspectionChecklists().checklistFor(SystemCategory.SECURITY).areas()) {
      areas.add(area.chineseName());
    }
    assertEquals(List.of("前端设备运行状况", "管线情况", "中心控制设备运行状况",
        "系统功能、系统的各项技术指标及操作运行情况"), areas);
    assertEquals(12, obligations(ObligationKind.MONTHLY_INSPECTION).size());
  }

  @Test
  void a_written_report_goes_to_the_customer_every_quarter() {
    // rule: CON-06
    assertEquals(List.of("2026-Q1 @ 2026-03-31", "2026-Q2 @ 2026-06-30", "2026-Q3 @ 2026-09-30",
        "2026-Q4 @ 2026-12-31"), obligations(ObligationKind.QUARTERLY_CUSTOMER_REPORT));
  }

  @Test
  void customers_are_surveyed_every_six_months_and_summarised_every_year() {
    // rule: SUR-06
    assertEquals(List.of("2026-01-01 @ 2026-06-30", "2026-07-01 @ 2026-12-31"),
        obligations(ObligationKind.SURVEY));
    assertEquals(List.of("2026-01-01 @ 2026-12-31"),
        obligations(ObligationKind.YEARLY_SURVEY_SUMMARY));
  }
}
