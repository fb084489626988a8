package org.aftersales.testkit.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.testkit.service.ServiceRequestStates;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyCriterion;

/** Closed calls and ratings for the survey tests, built by hand. */
final class SurveyCalls {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SurveyCalls() {}

  /** An instant given as Shanghai wall time. */
  static Instant shanghai(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  /**
   * A call closed at {@code closedAt}, dispatched an hour earlier to {@code technician} and
   * closed on site through the request's own transitions.
   */
  static ServiceRequest closed(String id, String customer, String technician, Instant closedAt) {
    ServiceRequest r = ServiceRequest.builder().id(ServiceRequestId.of(id))
        .requestId(RequestId.of("reg-" + id)).receivedAt(closedAt.minusSeconds(7200))
        .customerName(customer).address("1 Xinghu St, Suzhou").phone("0512-6288 0000")
        .productModel("CNC-450").productSerial("SN-" + id).zone(ServiceZone.CITY)
        .channel(ServiceChannel.HOTLINE).problem("Coolant pump leaks")
        .entitlement(Entitlement.none()).category(Entitlement.none().category())
        .billing(Entitlement.none().billing()).status(ServiceRequestStatus.REGISTERED)
        .version(Version.initial()).build();
    Instant at = closedAt.minusSeconds(3600);
    ServiceRequest dispatched = r.dispatched(new AssignTechnician(RequestId.of("d-" + id),
        r.id(), PersonId.of(technician), PersonId.of("sup-zhao"), at), at).state();
    return ServiceRequestStates.closedOnSite(dispatched, closedAt);
  }

  /** Ratings: attitude, skill, arrival time, keeping promises. */
  static Map<SurveyCriterion, SatisfactionLevel> ratings(SatisfactionLevel attitude,
      SatisfactionLevel skill, SatisfactionLevel arrival, SatisfactionLevel promises) {
    Map<SurveyCriterion, SatisfactionLevel> r = new EnumMap<>(SurveyCriterion.class);
    r.put(SurveyCriterion.ATTITUDE, attitude);
    r.put(SurveyCriterion.SKILL, skill);
    r.put(SurveyCriterion.ARRIVAL_TIME, arrival);
    r.put(SurveyCriterion.KEEPING_PROMISES, promises);
    return r;
  }
}
