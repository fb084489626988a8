package org.aftersales.testkit.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;

/**
 * Varied stored service requests for the sweep and recompute benchmarks: city and suburb zones,
 * four entitlements (categories A to D), calls at random minutes (working hours or not) of a
 * period, about half of them dispatched; promised the seed's SVC-11 arrival (6 / 7 working hours
 * on the Shanghai office calendar) and a 24-hour reply (SVC-13), so two promises each.
 */
final class ServiceRequestWorkload {

  private static final Entitlement[] ENTITLEMENTS = {Entitlement.none(),
      Entitlement.underContract(ContractId.of("MC-2026-017")),
      Entitlement.underWarrantyUntil(LocalDate.of(2030, 3, 31)), Entitlement.internal()};

  private ServiceRequestWorkload() {}

  /** The office calendar of 2026–2027, optionally with the National Day holidays of 2026. */
  static WorkingCalendar office(boolean nationalDay) {
    WorkingCalendar.Builder b = WorkingCalendar.builder(RegistrationBenchmark.SHANGHAI)
        .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build());
    if (nationalDay) {
      b.holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), "National Day");
    }
    return b.build();
  }

  /** SVC-11 arrival on {@code office} and a 24-hour reply (SVC-13). */
  static ServiceLevelPolicy policy(WorkingCalendar office) {
    return ServiceLevels.seed(SeedServiceLevels.DISPATCH, office)
        .add(ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-13")).milestone(Milestone.REPLY)
            .rule(DeadlineRule.within(Budget.elapsedHours(24))).build())
        .build();
  }

  /**
   * {@code count} requests called at random minutes of {@code [from, from + minutes)},
   * registered under {@code policy}; about half dispatched 1 to 240 minutes after the call.
   */
  static List<ServiceRequest> requests(int count, Instant from, int minutes,
      ServiceLevelPolicy policy, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceRequest> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Instant received = from.plusSeconds(60L * random.nextInt(minutes));
      String key = Integer.toString(i);
      ServiceRequestId id = ServiceRequestId.of("SR-" + key);
      RegisterServiceRequest command = new RegisterServiceRequest(RequestId.of("r-" + key), id,
          received, "Shanghai Precision Ltd.", "88 Zhangjiang Rd", "021-5080 1234", "CNC-450",
          "SN-" + key, random.nextBoolean() ? ServiceZone.CITY : ServiceZone.SUBURB,
          ServiceChannel.PHONE, "Spindle stops after 10 minutes");
      ServiceRequest r = ServiceRequest.register(command, ENTITLEMENTS[random.nextInt(4)],
          policy, received).state();
      if (random.nextBoolean()) {
        Instant at = received.plusSeconds(60L * (1 + random.nextInt(240)));
        r = r.dispatched(new AssignTechnician(RequestId.of("d-" + key), id,
            PersonId.of("tech-" + random.nextInt(40)), PersonId.of("sup-" + random.nextInt(8)),
            at), at).state();
      }
      out.add(r);
    }
    return out;
  }
}
