package org.aftersales.core.workreport;

import jakarta.validation.Validation;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.Money;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Builders for the work-report tests in core. */
final class WorkFixtures {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final PersonId WANG = PersonId.of("tech-wang");
  static final PersonId LI = PersonId.of("tech-li");
  static final OrganizationUnit GROUP = OrganizationUnit.builder().id(UnitId.of("service-1"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
      .addMember(new Member(WANG, BasePoints.of(1))).addMember(new Member(LI, BasePoints.of(1)))
      .lead(WANG).build();

  private WorkFixtures() {}

  static CommandValidator validator() {
    return new CommandValidator(Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator());
  }

  static Instant shanghai(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  static ServiceJob job(String id, PersonId technician, String supervisor,
      ServiceCategory category, WorkKind kind, Instant start, long minutes, long serviceCents,
      long materialCents, long transportCents, long otherCents) {
    java.util.Currency cny = java.util.Currency.getInstance("CNY");
    return ServiceJob.builder().serviceRequestId(ServiceRequestId.of(id)).technician(technician)
        .supervisor(PersonId.of(supervisor)).branch(UnitId.of("suzhou")).category(category)
        .kind(kind).startedAt(start).endedAt(start.plusSeconds(minutes * 60))
        .labourMinutes(minutes).serviceCost(Money.ofMinor(serviceCents, cny))
        .materialCost(Money.ofMinor(materialCents, cny))
        .transportCost(Money.ofMinor(transportCents, cny))
        .otherCost(Money.ofMinor(otherCents, cny)).build();
  }

  static ServiceJob job(String id, PersonId technician, String supervisor,
      ServiceCategory category, Instant start, long minutes) {
    return job(id, technician, supervisor, category, WorkKind.SERVICE_DISPATCH, start, minutes,
        0, 0, 0, 0);
  }
}
