package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The time the customer asked the service to arrive (约定到场时间), SVC-13, on the aggregate: it
 * sets the arrival promise under an "at the requested time" target, is only recorded under a
 * budget, is never moved, and survives every later step and a recompute.
 *
 * <p>// rule: SVC-13
 */
@Tag("SVC-13")
class ServiceRequestArrivalAgreementTest {

  // Mon 2026-11-02 10:00 in Shanghai (UTC+8) is 02:00Z; Wed 2026-11-04 14:00 there is 06:00Z.
  static final Instant MONDAY_10_SHANGHAI = Instant.parse("2026-11-02T02:00:00Z");
  static final Instant WEDNESDAY_14_SHANGHAI = Instant.parse("2026-11-04T06:00:00Z");
  static final Instant AGREED_AT = Instant.parse("2026-11-02T02:10:00Z");
  static final Instant RECORDED = Instant.parse("2026-11-02T02:10:01Z");
  static final PersonId CLERK = PersonId.of("clerk-li");

  /** The seed's machinery service (SVC-13): reply within 24 h, arrival at the requested time. */
  static final ServiceLevelPolicy MACHINERY = new ServiceLevelPolicy() {
    @Override
    public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
      return Optional.of(key.milestone().equals(Milestone.REPLY)
          ? ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-13")).milestone(Milestone.REPLY)
              .rule(DeadlineRule.within(Budget.elapsedHours(24))).build()
          : ServiceLevelTarget.builder().ruleId(RuleId.of("SVC-13"))
              .milestone(Milestone.ARRIVAL_ON_SITE).rule(DeadlineRule.atRequestedTime())
              .build());
    }

    @Override
    public BusinessCalendar calendarFor(ServiceLevelTarget target) {
      return ServiceRequestDispatchTest.ROUND_THE_CLOCK;
    }
  };

  static RegisterServiceRequest call() {
    return new RegisterServiceRequest(RequestId.of("r-1"), ServiceRequestId.of("SR-1"),
        MONDAY_10_SHANGHAI, "Shanghai Precision Ltd.", "88 Zhangjiang Rd", "021-5080 1234",
        "CNC-450", "SN-1", ServiceZone.CITY, ServiceChannel.HOTLINE, "Spindle stops");
  }

  static ServiceRequest registered(ServiceLevelPolicy policy) {
    return ServiceRequest.register(call(), Entitlement.none(), policy, MONDAY_10_SHANGHAI)
        .state();
  }

  static AgreeArrivalTime agree(String requestId, Instant requested) {
    return new AgreeArrivalTime(RequestId.of(requestId), ServiceRequestId.of("SR-1"), requested,
        CLERK, AGREED_AT);
  }

  @Test
  void under_machinery_service_a_request_promises_no_arrival_until_the_customer_names_a_time() {
    ServiceRequest r = registered(MACHINERY);
    assertEquals(Optional.empty(), r.arrivalDue());
    assertEquals(Optional.of(Instant.parse("2026-11-03T02:00:00Z")), r.responseDue());
  }

  @Test
  void the_time_the_customer_asked_for_becomes_the_arrival_promise_under_machinery_service() {
    // Received Mon 10:00 Shanghai, the customer asks for Wed 14:00 → arrival due Wed 14:00.
    Changed<ServiceRequest> c = registered(MACHINERY).arrivalAgreed(
        agree("a-1", WEDNESDAY_14_SHANGHAI), MACHINERY, RECORDED);
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), c.state().arrivalDue());
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), c.state().requestedArrival());
    assertEquals(ServiceRequestStatus.REGISTERED, c.state().status());
    assertEquals(List.of(new ArrivalTimeAgreed(ServiceRequestId.of("SR-1"),
        WEDNESDAY_14_SHANGHAI, WEDNESDAY_14_SHANGHAI, CLERK, AGREED_AT, RECORDED)), c.events());
    assertTrue(c.state().promises().contains(
        new Promise(Milestone.ARRIVAL_ON_SITE, WEDNESDAY_14_SHANGHAI)));
  }

  @Test
  void under_a_budget_the_registrations_arrival_promise_is_kept_and_the_time_only_recorded() {
    // CITY_ONLY: arrival within 4 h of 02:00Z, i.e. 06:00Z on Monday — not Wednesday.
    ServiceRequest r = ServiceRequest.register(ServiceRequestDispatchTest.call(ServiceZone.CITY),
        Entitlement.none(), ServiceRequestDispatchTest.CITY_ONLY, MONDAY_10_SHANGHAI).state();
    Changed<ServiceRequest> c = r.arrivalAgreed(agree("a-1", WEDNESDAY_14_SHANGHAI),
        ServiceRequestDispatchTest.CITY_ONLY, RECORDED);
    assertEquals(Optional.of(Instant.parse("2026-11-02T06:00:00Z")), c.state().arrivalDue());
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), c.state().requestedArrival());
    assertEquals(Optional.of(Instant.parse("2026-11-02T06:00:00Z")),
        ((ArrivalTimeAgreed) c.events().get(0)).arrivalPromise());
  }

  @Test
  void a_dispatched_request_may_still_agree_a_time_and_later_steps_keep_it() {
    ServiceRequest dispatched = registered(MACHINERY).dispatched(
        ServiceRequestDispatchTest.assign("d-1"), RECORDED).state();
    ServiceRequest agreed = dispatched.arrivalAgreed(agree("a-1", WEDNESDAY_14_SHANGHAI),
        MACHINERY, RECORDED).state();
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), agreed.arrivalDue());
    ServiceRequest committed = agreed.resolutionTimeCommitted(new CommitResolutionTime(
        RequestId.of("c-1"), ServiceRequestId.of("SR-1"), CLERK,
        Instant.parse("2026-11-05T02:00:00Z"), "parts on order", AGREED_AT), RECORDED).state();
    assertEquals(Optional.of(agree("a-1", WEDNESDAY_14_SHANGHAI)),
        committed.arrivalAgreement());
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), committed.arrivalDue());
  }

  @Test
  void an_agreed_time_is_registered_before_dispatch_and_kept_by_the_dispatch() {
    ServiceRequest agreed = registered(MACHINERY).arrivalAgreed(
        agree("a-1", WEDNESDAY_14_SHANGHAI), MACHINERY, RECORDED).state();
    ServiceRequest dispatched = agreed.dispatched(ServiceRequestDispatchTest.assign("d-1"),
        RECORDED).state();
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), dispatched.arrivalDue());
    assertEquals(agreed.arrivalAgreement(), dispatched.arrivalAgreement());
  }

  @Test
  void a_second_agreement_is_refused_under_svc_13_and_the_first_time_stays() {
    ServiceRequest agreed = registered(MACHINERY).arrivalAgreed(
        agree("a-1", WEDNESDAY_14_SHANGHAI), MACHINERY, RECORDED).state();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> agreed.arrivalAgreed(agree("a-2", WEDNESDAY_14_SHANGHAI.plusSeconds(3_600)),
            MACHINERY, RECORDED));
    assertEquals(RuleId.of("SVC-13"), e.ruleId());
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), agreed.arrivalDue());
  }

  @Test
  void a_closed_request_cannot_agree_an_arrival_time() {
    ServiceRequest closed = SweepFixtures.closed("SR-1", MONDAY_10_SHANGHAI,
        MONDAY_10_SHANGHAI.plusSeconds(86_400), null, MONDAY_10_SHANGHAI.plusSeconds(3_600));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> closed.arrivalAgreed(agree("a-1", WEDNESDAY_14_SHANGHAI), MACHINERY, RECORDED));
    assertEquals(RuleId.of("SVC-13"), e.ruleId());
  }

  @Test
  void a_requested_time_at_or_before_the_call_is_invalid_input_on_its_path() {
    ServiceRequest r = registered(MACHINERY);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> r.arrivalAgreed(agree("a-1", MONDAY_10_SHANGHAI), MACHINERY, RECORDED));
    assertEquals(List.of("requestedArrival"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void an_agreement_naming_another_request_is_invalid_input() {
    ServiceRequest r = registered(MACHINERY);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> r.arrivalAgreed(new AgreeArrivalTime(RequestId.of("a-1"),
            ServiceRequestId.of("SR-9"), WEDNESDAY_14_SHANGHAI, CLERK, AGREED_AT), MACHINERY,
            RECORDED));
    assertEquals(List.of("serviceRequestId"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_rebuilt_request_whose_agreed_time_precedes_its_call_breaks_the_invariant() {
    ServiceRequest r = registered(MACHINERY);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ((ImmutableServiceRequest) r).withArrivalAgreement(
            agree("a-1", MONDAY_10_SHANGHAI.minusSeconds(60))));
    assertEquals(List.of("arrivalAgreement"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_recompute_with_the_same_policy_keeps_the_agreed_arrival_and_changes_nothing() {
    ServiceRequest agreed = registered(MACHINERY).arrivalAgreed(
        agree("a-1", WEDNESDAY_14_SHANGHAI), MACHINERY, RECORDED).state();
    assertEquals(Optional.empty(), PromiseRecompute.recomputed(agreed, MACHINERY,
        PromiseRecomputeTest.COMMAND, RECORDED));
  }

  @Test
  void a_recompute_under_machinery_service_counts_the_agreed_time_after_a_budget_policy() {
    // Agreed under the 4 h budget (kept at Mon 06:00Z); the policy then becomes machinery
    // service: the recompute promises the agreed Wednesday 14:00 instead of dropping arrival.
    ServiceRequest r = ServiceRequest.register(ServiceRequestDispatchTest.call(ServiceZone.CITY),
        Entitlement.none(), ServiceRequestDispatchTest.CITY_ONLY, MONDAY_10_SHANGHAI).state()
        .arrivalAgreed(agree("a-1", WEDNESDAY_14_SHANGHAI), ServiceRequestDispatchTest.CITY_ONLY,
            RECORDED).state();
    Changed<ServiceRequest> c = PromiseRecompute.recomputed(r, MACHINERY,
        PromiseRecomputeTest.COMMAND, RECORDED).orElseThrow();
    assertEquals(Optional.of(WEDNESDAY_14_SHANGHAI), c.state().arrivalDue());
    assertEquals(r.arrivalAgreement(), c.state().arrivalAgreement());
  }
}
