package org.aftersales.rules.workreport;

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
import org.aftersales.core.workreport.RepairRecord;

/** Repair records for the repeat-repair tests, built by hand. */
final class RepairRecords {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final PersonId WANG = PersonId.of("tech-wang");
  static final PersonId LI = PersonId.of("tech-li");
  static final OrganizationUnit GROUP = OrganizationUnit.builder().id(UnitId.of("service-1"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
      .addMember(new Member(WANG, BasePoints.of(1))).addMember(new Member(LI, BasePoints.of(1)))
      .lead(WANG).build();

  private RepairRecords() {}

  static Instant shanghai(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  static RepairRecord repair(String id, String serial, String cause, Instant closedAt,
      PersonId technician, boolean atFault) {
    return RepairRecord.builder().serviceRequestId(ServiceRequestId.of(id))
        .productModel("CNC-450").unitSerial(serial).faultCause(cause).closedAt(closedAt)
        .technician(technician).group(GROUP).technicianAtFault(atFault).build();
  }
}
