package org.aftersales.testkit.workreport;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.Money;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.core.workreport.WorkKind;

/** Service jobs for the report tests, built by hand. */
final class Jobs {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private Jobs() {}

  static Instant shanghai(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  /** A job of {@code minutes} started at {@code start}, costs in CNY 元 (service, material, transport, other). */
  static ServiceJob job(String id, String technician, String supervisor, ServiceCategory category,
      WorkKind kind, Instant start, long minutes, String service, String material,
      String transport, String other) {
    return ServiceJob.builder().serviceRequestId(ServiceRequestId.of(id))
        .technician(PersonId.of(technician)).supervisor(PersonId.of(supervisor))
        .branch(UnitId.of("suzhou")).category(category).kind(kind).startedAt(start)
        .endedAt(start.plusSeconds(minutes * 60)).labourMinutes(minutes)
        .serviceCost(Money.parse("CNY " + service)).materialCost(Money.parse("CNY " + material))
        .transportCost(Money.parse("CNY " + transport)).otherCost(Money.parse("CNY " + other))
        .build();
  }

  /** A dispatch job with no costs. */
  static ServiceJob job(String id, String technician, String supervisor, ServiceCategory category,
      Instant start, long minutes) {
    return job(id, technician, supervisor, category, WorkKind.SERVICE_DISPATCH, start, minutes,
        "0.00", "0.00", "0.00", "0.00");
  }
}
