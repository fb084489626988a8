package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * On-site completion (现场服务完成) and the same-day commitment through the use case, against the
 * recording fake repository of the dispatch tests: the report, the voucher's signature, the
 * clerk's closure with the paid job's settlement, the committed resolution time; refusals with
 * their rule IDs; repeats; a lost race. Amounts are worked out by hand in each test.
 *
 * <p>// rule: SVC-03, SVC-04, SVC-14, SVC-16
 */
class ServiceRequestCompletionTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2026-11-02T09:00:00.000000789Z");
  static final Instant RECORDED = Instant.parse("2026-11-02T09:00:00Z");
  static final Instant FILED = Instant.parse("2026-11-02T06:00:00Z");
  static final Instant SIGNED = Instant.parse("2026-11-02T06:10:00Z");
  static final Instant CLOSED = Instant.parse("2026-11-02T08:00:00Z");
  static final ServiceRequestId SR1 = ServiceRequestId.of("SR-1");
  static final PersonId TECH = PersonId.of("tech-7");
  static final PersonId CLERK = PersonId.of("clerk-2");
  static final Currency CNY = Currency.getInstance("CNY");

  final ServiceRequestDispatchUseCaseTest recording = new ServiceRequestDispatchUseCaseTest();
  final ServiceRequestDispatchUseCaseTest.FakeRequests requests = recording.requests;
  final CommandValidator validator = new CommandValidator(Validation.byDefaultProvider()
      .configure().messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator());
  final ServiceRequestCompletion completion = new ServiceRequestCompletion(requests,
      OnSiteCollection.seed(), SHANGHAI, validator, Clock.fixed(NOW, ZoneOffset.UTC));

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  /**
   * A dispatched paid (A) request stored at version 2, quoted (SVC-15: the quote comes before
   * the work; {@link #quotedAtDispatch}).
   */
  ServiceRequest dispatched() {
    return dispatched(ServiceRequestDispatchTest.registered());
  }

  /**
   * {@code registered} dispatched and stored at version 2; if it is a paid job, quoted at the
   * dispatch (in the same stored version, so the tests' outbox versions count from 3).
   */
  ServiceRequest dispatched(ServiceRequest registered) {
    ServiceRequest r = unquoted(registered);
    if (r.billing().quoteFirst()) {
      r = r.repairQuoted(quotedAtDispatch(), ServiceRequestDispatchTest.DISPATCH_RECORDED)
          .state();
    }
    requests.byId.put(r.id(), r);
    return r;
  }

  /** {@code registered} dispatched and stored at version 2, without a quote. */
  ServiceRequest unquoted(ServiceRequest registered) {
    ServiceRequest r = registered.dispatched(ServiceRequestDispatchTest.assign("d-1"),
        ServiceRequestDispatchTest.DISPATCH_RECORDED).state().withVersion(Version.of(2));
    requests.byId.put(r.id(), r);
    return r;
  }

  /** The sales centre's quote the fixtures give a paid job: parts 276.00, travel 60.00. */
  static QuoteRepair quotedAtDispatch() {
    return new QuoteRepair(RequestId.of("q-1"), SR1, cny("276.00"), cny("60.00"),
        PersonId.of("sales-3"), ServiceRequestDispatchTest.DISPATCH_RECORDED);
  }

  static ServiceRequest registeredWith(Entitlement entitlement) {
    return ServiceRequest.register(ServiceRequestDispatchTest.call(
        org.aftersales.core.servicelevel.ServiceZone.CITY), entitlement,
        ServiceRequestDispatchTest.CITY_ONLY, ServiceRequestDispatchTest.RECORDED).state();
  }

  /** Parts 2 × 120.50 + 1 × 35.00 = 276.00; 90 minutes; travel 60.00. */
  static ServiceReport report(Money travel) {
    return new ServiceReport("worn spindle bearing", "bearing replaced, spindle realigned",
        List.of(new ReplacedPart("BRG-6204", 2, cny("120.50")),
            new ReplacedPart("SEAL-12", 1, cny("35.00"))),
        90, travel, "satisfied, machine runs quietly");
  }

  static FileServiceReport fileReport(String requestId, ServiceReport report) {
    return new FileServiceReport(RequestId.of(requestId), SR1, TECH, report, FILED);
  }

  static SignVoucher sign(String requestId, Instant at) {
    return new SignVoucher(RequestId.of(requestId), SR1, "Mr Chen", at);
  }

  static CloseServiceRequest close(String requestId) {
    return new CloseServiceRequest(RequestId.of(requestId), SR1, CLERK, CLOSED);
  }

  static OutboxEvent outbox(int version, int index, Object event) {
    return new OutboxEvent(EventId.of("service-request/SR-1/" + version + "/" + index),
        (org.aftersales.core.shared.DomainEvent) event);
  }

  @Test
  void a_paid_job_reported_signed_and_closed_is_collected_on_site_under_the_seed_limit() {
    // rule: SVC-03, SVC-04, SVC-16 — 276.00 parts + 0.00 labour (seed rate) + 60.00 travel
    // = 336.00 ≤ 500.00: collected on site on the day of the signature in Shanghai.
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("60.00"))));
    completion.signVoucher(sign("sig-1", SIGNED));
    ServiceRequest closed = completion.close(close("cls-1"));

    assertEquals(ServiceRequestStatus.CLOSED, closed.status());
    assertEquals(Optional.of(CLOSED), closed.closedAt());
    assertEquals(Version.of(5), closed.version());
    assertEquals(Optional.of("Mr Chen"), closed.voucherSignedBy());
    assertEquals(Optional.of(SIGNED), closed.voucherSignedAt());
    assertEquals(Optional.of(report(cny("60.00"))), closed.report());
    LocalDate day = LocalDate.of(2026, 11, 2);
    assertEquals(Optional.of(new Settlement(true, cny("336.00"), day)), closed.settlement());
    assertEquals(List.of(
        outbox(3, 0, new ServiceReportFiled(SR1, TECH, FILED, RECORDED)),
        outbox(4, 0, new VoucherSigned(SR1, "Mr Chen", SIGNED, RECORDED)),
        outbox(5, 0, new ServiceRequestClosed(SR1, CLERK, CLOSED, RECORDED)),
        outbox(5, 1, new PaymentCollectedOnSite(SR1, cny("336.00"), day, RECORDED))),
        requests.outbox);
    assertEquals(List.of("find SR-1", "save SR-1", "find SR-1", "save SR-1", "find SR-1",
        "save SR-1"), recording.calls);
  }

  @Test
  void a_paid_job_above_the_limit_is_invoiced_on_the_signature_s_business_day() {
    // rule: SVC-04 — 276.00 + 0.00 + 225.00 = 501.00 > 500.00: an invoice is due. Signed at
    // 16:30Z on 2 November = 00:30 on 3 November in Shanghai: the business day is the 3rd.
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("225.00"))));
    Instant lateSignature = Instant.parse("2026-11-02T16:30:00Z");
    completion.signVoucher(sign("sig-1", lateSignature));
    ServiceRequest closed = completion.close(new CloseServiceRequest(RequestId.of("cls-1"), SR1,
        CLERK, Instant.parse("2026-11-02T17:00:00Z")));
    LocalDate day = LocalDate.of(2026, 11, 3);
    assertEquals(Optional.of(new Settlement(false, cny("501.00"), day)), closed.settlement());
    assertEquals(new InvoiceDue(SR1, cny("501.00"), day, RECORDED),
        requests.outbox.get(3).event());
  }

  @Test
  void exactly_the_limit_is_still_collected_on_site() {
    // rule: SVC-04 — 276.00 + 224.00 = 500.00, the limit itself (inclusive)
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("224.00"))));
    completion.signVoucher(sign("sig-1", SIGNED));
    assertEquals(Optional.of(new Settlement(true, cny("500.00"), LocalDate.of(2026, 11, 2))),
        completion.close(close("cls-1")).settlement());
  }

  @Test
  void labour_is_priced_at_the_configured_hourly_rate_rounded_half_up_to_the_fen() {
    // rule: SVC-04 — CNY 80.00/h × 90 min = 120.00; parts 276.00, travel 60.00: 456.00.
    OnSiteCollection rated = new OnSiteCollection(cny("500.00"), cny("80.00"));
    assertEquals(cny("456.00"), rated.amountDue(report(cny("60.00"))));
    assertEquals(cny("120.00"), rated.labour(90));
    // 7 min at 100.00/h = 11.666… → 11.67; 1 min at 0.30/h = 0.005 → 0.01 (half up, not even).
    assertEquals(cny("11.67"), new OnSiteCollection(cny("500.00"), cny("100.00")).labour(7));
    assertEquals(cny("0.01"), new OnSiteCollection(cny("500.00"), cny("0.30")).labour(1));
    assertEquals(cny("0.00"), OnSiteCollection.seed().labour(600), "seed: labour not charged");
    assertEquals(cny("500.00"), OnSiteCollection.seed().limit());
  }

  @Test
  void the_collection_configuration_refuses_negative_amounts_and_mixed_currencies() {
    Money usd = Money.of(new BigDecimal("1.00"), Currency.getInstance("USD"));
    assertEquals("limit", assertThrows(InvalidInputException.class,
        () -> new OnSiteCollection(cny("-0.01"), cny("0.00"))).violations().get(0).path());
    assertEquals("labourRatePerHour", assertThrows(InvalidInputException.class,
        () -> new OnSiteCollection(cny("1.00"), cny("-0.01"))).violations().get(0).path());
    assertEquals("labourRatePerHour", assertThrows(InvalidInputException.class,
        () -> new OnSiteCollection(cny("1.00"), usd)).violations().get(0).path());
    assertEquals(cny("0.00"), new OnSiteCollection(cny("0.00"), cny("0.00")).limit());
  }

  @Test
  void contract_warranty_and_internal_jobs_close_without_an_amount_event() {
    // rule: SVC-04, SVC-15 — B is billed by its contract, C is free, D charges nobody
    for (Entitlement e : List.of(Entitlement.underContract(ContractId.of("MC-1")),
        Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)), Entitlement.internal())) {
      requests.outbox.clear();
      dispatched(registeredWith(e));
      completion.fileReport(fileReport("rep-1", report(cny("900.00"))));
      completion.signVoucher(sign("sig-1", SIGNED));
      ServiceRequest closed = completion.close(close("cls-1"));
      assertEquals(Optional.empty(), closed.settlement(), e.toString());
      assertEquals(3, requests.outbox.size(), e.toString());
      assertTrue(requests.outbox.get(2).event() instanceof ServiceRequestClosed);
    }
  }

  @Test
  void a_request_is_never_closed_without_a_signed_voucher_svc_03() {
    // rule: SVC-03
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("60.00"))));
    ServiceRequest before = requests.byId.get(SR1);
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> completion.close(close("cls-1")));
    assertEquals(RuleId.of("SVC-03"), e.ruleId());
    assertTrue(e.getMessage(Locale.ENGLISH).contains("has not signed"), e.getMessage());
    assertTrue(e.getMessage(Locale.CHINESE).contains("尚未在服务凭证上签字"), e.getMessage());
    assertSame(before, requests.byId.get(SR1));
    assertEquals(1, requests.outbox.size());
  }

  @Test
  void a_request_is_never_closed_without_a_service_report_svc_16() {
    // rule: SVC-16
    dispatched();
    completion.signVoucher(sign("sig-1", SIGNED));
    ServiceRequest before = requests.byId.get(SR1);
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> completion.close(close("cls-1")));
    assertEquals(RuleId.of("SVC-16"), e.ruleId());
    assertSame(before, requests.byId.get(SR1));
  }

  @Test
  void registered_and_closed_requests_refuse_every_completion_step() {
    // rule: SVC-03, SVC-16 — nothing before dispatch, nothing after closure
    ServiceRequest registered = ServiceRequestDispatchTest.registered().withVersion(Version.of(1));
    requests.byId.put(SR1, registered);
    assertEquals(RuleId.of("SVC-16"), assertThrows(RuleRefusalException.class,
        () -> completion.fileReport(fileReport("rep-1", report(cny("1.00"))))).ruleId());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.signVoucher(sign("sig-1", SIGNED))).ruleId());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.close(close("cls-1"))).ruleId());
    ServiceRequest closed = ServiceRequestFixtures.closed(registered, CLOSED);
    requests.byId.put(SR1, closed);
    assertEquals(RuleId.of("SVC-16"), assertThrows(RuleRefusalException.class,
        () -> completion.fileReport(fileReport("rep-1", report(cny("1.00"))))).ruleId());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.signVoucher(sign("sig-1", SIGNED))).ruleId());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.close(close("cls-1"))).ruleId());
    assertEquals(RuleId.of("SVC-14"), assertThrows(RuleRefusalException.class,
        () -> completion.commitResolutionTime(commit("c-1"))).ruleId());
    assertSame(closed, requests.byId.get(SR1));
    assertTrue(requests.outbox.isEmpty());
  }

  @Test
  void a_filed_report_and_a_signature_are_not_replaced() {
    // rule: SVC-16, SVC-03
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("60.00"))));
    completion.signVoucher(sign("sig-1", SIGNED));
    assertEquals(RuleId.of("SVC-16"), assertThrows(RuleRefusalException.class,
        () -> completion.fileReport(fileReport("rep-2", report(cny("61.00"))))).ruleId());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.signVoucher(sign("sig-2", SIGNED))).ruleId());
    assertEquals(Optional.of(report(cny("60.00"))), requests.byId.get(SR1).report());
  }

  @Test
  void repeats_are_answered_from_the_stored_request_and_a_reused_request_id_is_refused() {
    // rule: SVC-03 — idempotent by request ID, even after later steps
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("60.00"))));
    completion.signVoucher(sign("sig-1", SIGNED));
    ServiceRequest closed = completion.close(close("cls-1"));
    int saves = requests.outbox.size();
    assertEquals(closed, completion.close(close("cls-1")));
    assertEquals(closed, completion.signVoucher(sign("sig-1", SIGNED)));
    assertEquals(closed, completion.fileReport(fileReport("rep-1", report(cny("60.00")))));
    assertEquals(saves, requests.outbox.size());
    assertThrows(DuplicateRequestException.class,
        () -> completion.signVoucher(sign("sig-1", SIGNED.plusSeconds(1))));
    assertThrows(DuplicateRequestException.class, () -> completion.close(
        new CloseServiceRequest(RequestId.of("cls-1"), SR1, PersonId.of("clerk-9"), CLOSED)));
    assertThrows(DuplicateRequestException.class,
        () -> completion.fileReport(fileReport("rep-1", report(cny("61.00")))));
  }

  @Test
  void a_lost_race_with_an_earlier_attempt_of_the_same_command_returns_its_outcome() {
    // rule: SVC-03
    ServiceRequest d = dispatched();
    ServiceRequest winner = d.voucherSigned(sign("sig-1", SIGNED), RECORDED).state()
        .withVersion(Version.of(3));
    requests.winnerOnNextSave = winner;
    assertEquals(winner, completion.signVoucher(sign("sig-1", SIGNED)));
    assertTrue(requests.outbox.isEmpty());
    // Another command's win is a conflict.
    requests.byId.put(SR1, d);
    requests.winnerOnNextSave = d.voucherSigned(sign("sig-9", SIGNED), RECORDED).state()
        .withVersion(Version.of(3));
    assertThrows(ConcurrentUpdateException.class,
        () -> completion.signVoucher(sign("sig-1", SIGNED)));
  }

  @Test
  void bad_commands_are_refused_before_any_port_call_naming_each_field_in_both_languages() {
    dispatched();
    recording.calls.clear();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> completion.fileReport(new FileServiceReport(RequestId.of("rep-1"), SR1, TECH,
            new ServiceReport(" ", "ok", List.of(new ReplacedPart("", 0, cny("1.00"))), -1,
                cny("1.00"), "ok"), FILED)));
    assertEquals(List.of("report.faultCause", "report.labourMinutes",
        "report.parts[0].partNumber", "report.parts[0].quantity"),
        e.violations().stream().map(Violation::path).sorted().distinct().toList());
    assertTrue(e.violations().get(0).message().chinese().length() > 0);
    InvalidInputException sign = assertThrows(InvalidInputException.class,
        () -> completion.signVoucher(new SignVoucher(RequestId.of("s"), SR1, "", null)));
    assertEquals(List.of("signedAt", "signedBy"),
        sign.violations().stream().map(Violation::path).sorted().distinct().toList());
    assertThrows(InvalidInputException.class, () -> completion.close(
        new CloseServiceRequest(RequestId.of("c"), SR1, null, CLOSED)));
    assertThrows(InvalidInputException.class, () -> completion.commitResolutionTime(
        new CommitResolutionTime(RequestId.of("c"), SR1, TECH, CLOSED, " ", CLOSED)));
    assertEquals(List.of(), recording.calls);
  }

  @Test
  void amounts_in_another_currency_or_negative_are_refused_naming_their_field() {
    // rule: SVC-04
    dispatched();
    recording.calls.clear();
    Money usd = Money.of(new BigDecimal("5.00"), Currency.getInstance("USD"));
    ServiceReport bad = new ServiceReport("cause", "solution",
        List.of(new ReplacedPart("P-1", 1, cny("1.00")), new ReplacedPart("P-2", 1, usd)), 0,
        cny("-0.01"), "fine");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> completion.fileReport(fileReport("rep-1", bad)));
    assertEquals(List.of("report.parts[1].unitPrice", "report.travelCost"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals("must be in CNY, the currency of the service department's charges",
        e.violations().get(0).message().english());
    assertEquals("不能为负数", e.violations().get(1).message().chinese());
    assertEquals(List.of(), recording.calls);
  }

  @Test
  void a_closure_before_the_signature_and_a_command_for_another_request_are_bad_input() {
    dispatched();
    completion.fileReport(fileReport("rep-1", report(cny("60.00"))));
    completion.signVoucher(sign("sig-1", SIGNED));
    InvalidInputException early = assertThrows(InvalidInputException.class,
        () -> completion.close(new CloseServiceRequest(RequestId.of("c"), SR1, CLERK,
            SIGNED.minusNanos(1_000))));
    assertEquals("closedAt", early.violations().get(0).path());
    assertEquals(ServiceRequestStatus.CLOSED, completion.close(new CloseServiceRequest(
        RequestId.of("c"), SR1, CLERK, SIGNED)).status(), "closing at the signature is fine");
    ServiceRequest r = requests.byId.get(SR1);
    assertEquals("serviceRequestId", assertThrows(InvalidInputException.class,
        () -> r.voucherSigned(new SignVoucher(RequestId.of("x"), ServiceRequestId.of("SR-2"),
            "x", SIGNED), RECORDED)).violations().get(0).path());
  }

  @Test
  void unknown_requests_are_not_found() {
    assertThrows(NotFoundException.class, () -> completion.signVoucher(sign("sig-1", SIGNED)));
  }

  static CommitResolutionTime commit(String requestId) {
    return new CommitResolutionTime(RequestId.of(requestId), SR1, TECH,
        Instant.parse("2026-11-04T06:00:00Z"), "spindle bearing on order from Suzhou",
        Instant.parse("2026-11-02T09:30:00Z"));
  }

  @Test
  void a_committed_resolution_time_is_reported_with_what_the_sales_director_needs_and_kept() {
    // rule: SVC-14
    dispatched();
    ServiceRequest committed = completion.commitResolutionTime(commit("c-1"));
    assertEquals(Optional.of(Instant.parse("2026-11-04T06:00:00Z")),
        committed.resolutionCommittedFor());
    assertEquals(new ResolutionTimeCommitted(SR1, "Shanghai Precision Ltd.", "Spindle stops",
        Instant.parse("2026-11-04T06:00:00Z"), "spindle bearing on order from Suzhou", TECH,
        Instant.parse("2026-11-02T09:30:00Z"), RECORDED), requests.outbox.get(0).event());
    // The written report to the sales director, through the notification port (via the outbox).
    Notice report = (Notice) requests.outbox.get(1).event();
    assertEquals("service-request/SR-1/SVC-14/resolution-time/2026-11-04T06:00:00Z",
        report.key().text());
    assertEquals(NoticeKind.RESOLUTION_TIME_COMMITTED, report.kind());
    assertEquals(Recipient.role(RecipientRole.SALES_DIRECTOR), report.recipient());
    assertEquals(Delivery.IMMEDIATE, report.delivery());
    assertEquals(RECORDED, report.occurredAt());
    assertEquals(Map.of("serviceRequest", "SR-1", "customer", "Shanghai Precision Ltd.",
        "problem", "Spindle stops", "resolveBy", Instant.parse("2026-11-04T06:00:00Z"),
        "reason", "spindle bearing on order from Suzhou", "committedBy", TECH.value()),
        report.parameters());
    assertEquals(2, requests.outbox.size());
    assertEquals(committed, completion.commitResolutionTime(commit("c-1")), "a repeat");
    assertEquals(2, requests.outbox.size(), "a repeat adds no event");
    RuleRefusalException moved = assertThrows(RuleRefusalException.class,
        () -> completion.commitResolutionTime(new CommitResolutionTime(RequestId.of("c-2"), SR1,
            TECH, Instant.parse("2026-11-05T06:00:00Z"), "later", Instant.parse(
                "2026-11-03T09:30:00Z"))));
    assertEquals(RuleId.of("SVC-14"), moved.ruleId());
    assertEquals(committed, requests.byId.get(SR1));
    // The commitment survives the later steps.
    completion.fileReport(fileReport("rep-1", report(cny("60.00"))));
    completion.signVoucher(sign("sig-1", SIGNED));
    assertEquals(committed.resolutionCommitment(),
        completion.close(close("cls-1")).resolutionCommitment());
  }

  @Test
  void a_commitment_may_come_before_dispatch_and_survives_it() {
    // rule: SVC-14, SVC-02
    ServiceRequest registered = ServiceRequestDispatchTest.registered();
    ServiceRequest committed = registered.resolutionTimeCommitted(commit("c-1"), RECORDED)
        .state();
    ServiceRequest dispatchedLater = committed.dispatched(ServiceRequestDispatchTest.assign("d-1"),
        RECORDED).state();
    assertEquals(Optional.of(commit("c-1")), dispatchedLater.resolutionCommitment());
  }

  @Test
  void a_resolution_time_must_lie_after_the_commitment() {
    // rule: SVC-14
    dispatched();
    Instant at = Instant.parse("2026-11-02T09:30:00Z");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> completion.commitResolutionTime(new CommitResolutionTime(RequestId.of("c-1"), SR1,
            TECH, at, "x", at)));
    assertEquals("resolveBy", e.violations().get(0).path());
    assertEquals(Optional.empty(), requests.byId.get(SR1).resolutionCommitment());
  }

  @Test
  void a_request_needs_a_commitment_after_the_end_of_its_working_day_until_given_or_closed() {
    // rule: SVC-14 — received 02:00Z; say its working day ends 10:00Z
    ServiceRequest d = dispatched();
    Instant endOfDay = Instant.parse("2026-11-02T10:00:00Z");
    assertFalse(d.needsResolutionCommitment(endOfDay, endOfDay), "the end itself is still today");
    assertTrue(d.needsResolutionCommitment(endOfDay, endOfDay.plusNanos(1_000)));
    ServiceRequest committed = d.resolutionTimeCommitted(commit("c-1"), RECORDED).state();
    assertFalse(committed.needsResolutionCommitment(endOfDay, endOfDay.plusSeconds(60)));
    assertFalse(ServiceRequestFixtures.closed(d, CLOSED)
        .needsResolutionCommitment(endOfDay, endOfDay.plusSeconds(60)));
  }

  @Test
  void the_end_of_the_day_comes_from_the_business_calendar() {
    // rule: SVC-14 — a calendar whose working day ends at the instant itself (round the clock):
    // the end of the received day is the received-at, 02:00Z.
    ServiceRequest d = dispatched();
    Instant received = Instant.parse("2026-11-02T02:00:00Z");
    assertFalse(d.needsResolutionCommitment(ServiceRequestDispatchTest.ROUND_THE_CLOCK, received));
    assertTrue(d.needsResolutionCommitment(ServiceRequestDispatchTest.ROUND_THE_CLOCK,
        received.plusNanos(1_000)));
  }

  @Test
  void the_invariants_refuse_a_closed_request_without_voucher_or_report_or_settlement() {
    // rule: SVC-03, SVC-16, SVC-04
    ImmutableServiceRequest closed = (ImmutableServiceRequest) ServiceRequestFixtures.closed(
        ServiceRequestDispatchTest.registered(), CLOSED);
    assertThrows(InvalidInputException.class, () -> closed.withVoucherSigning(Optional.empty()));
    assertThrows(InvalidInputException.class, () -> closed.withReportFiling(Optional.empty()));
    assertThrows(InvalidInputException.class, () -> closed.withSettlement(Optional.empty()));
    assertThrows(InvalidInputException.class, () -> closed.withClosedAt(CLOSED.plusSeconds(1)));
    assertThrows(InvalidInputException.class, () -> closed.withClosing(Optional.empty()));
    ImmutableServiceRequest registered =
        (ImmutableServiceRequest) ServiceRequestDispatchTest.registered();
    assertThrows(InvalidInputException.class,
        () -> registered.withVoucherSigning(sign("s", SIGNED)));
    assertThrows(InvalidInputException.class,
        () -> registered.withReportFiling(fileReport("r", report(cny("1.00")))));
    ImmutableServiceRequest contract = (ImmutableServiceRequest) ServiceRequestFixtures.closed(
        registeredWith(Entitlement.underContract(ContractId.of("MC-1"))), CLOSED);
    assertThrows(InvalidInputException.class, () -> contract.withSettlement(
        new Settlement(true, cny("1.00"), LocalDate.of(2026, 11, 2))));
  }
}
