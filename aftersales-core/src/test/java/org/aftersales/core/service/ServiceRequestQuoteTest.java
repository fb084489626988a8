package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quote before paid work (销售中心报价), SVC-15 — P11 §二.2: outside the warranty the sales
 * centre quotes the cost (parts, the staff's travel), then the fault is removed. Through the
 * completion and workshop use cases over the recording fake repository; amounts by hand.
 *
 * <p>// rule: SVC-15
 */
@Tag("SVC-15")
class ServiceRequestQuoteTest {

  static final RuleId SVC_15 = RuleId.of("SVC-15");
  static final ServiceRequestId SR1 = ServiceRequestCompletionTest.SR1;
  static final Currency CNY = Currency.getInstance("CNY");
  static final Instant QUOTED = Instant.parse("2026-11-02T04:00:00Z");
  static final Instant RECORDED = ServiceRequestCompletionTest.RECORDED;

  final ServiceRequestCompletionTest completionTest = new ServiceRequestCompletionTest();
  final ServiceRequestDispatchUseCaseTest.FakeRequests requests = completionTest.requests;
  final ServiceRequestCompletion completion = completionTest.completion;
  final ServiceRequestWorkshop workshop = new ServiceRequestWorkshop(requests,
      OnSiteCollection.seed(), ServiceRequestCompletionTest.SHANGHAI, completionTest.validator,
      Clock.fixed(ServiceRequestCompletionTest.NOW, ZoneOffset.UTC));

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  /** Parts 276.00 (2 × 120.50 + 35.00, as the report will show), travel 60.00. */
  static QuoteRepair quote(String requestId) {
    return new QuoteRepair(RequestId.of(requestId), SR1, cny("276.00"), cny("60.00"),
        PersonId.of("sales-3"), QUOTED);
  }

  static FileServiceReport report() {
    return ServiceRequestCompletionTest.fileReport("rep-1",
        ServiceRequestCompletionTest.report(cny("60.00")));
  }

  @Test
  void a_paid_jobs_report_is_refused_without_a_quote_and_accepted_after_it() {
    // rule: SVC-15 — the quote comes first; the refusal stores nothing.
    ServiceRequest dispatched = completionTest.unquoted(ServiceRequestDispatchTest.registered());
    RuleRefusalException refused = assertThrows(RuleRefusalException.class,
        () -> completion.fileReport(report()));
    assertEquals(SVC_15, refused.ruleId());
    assertTrue(refused.getMessage(Locale.ENGLISH).contains("without a quote"),
        refused.getMessage());
    assertTrue(refused.getMessage(Locale.CHINESE).contains("销售中心报价"), refused.getMessage());
    assertSame(dispatched, requests.byId.get(SR1), "nothing stored changes");
    assertEquals(List.of(), requests.outbox);

    ServiceRequest quoted = completion.quote(quote("q-1"));
    assertEquals(Optional.of(quote("q-1")), quoted.quote());
    assertEquals(Version.of(3), quoted.version());
    assertEquals(List.of(ServiceRequestCompletionTest.outbox(3, 0, new RepairQuoted(SR1,
        cny("276.00"), cny("60.00"), PersonId.of("sales-3"), QUOTED, RECORDED))),
        requests.outbox);

    ServiceRequest reported = completion.fileReport(report());
    assertEquals(Version.of(4), reported.version());
    assertEquals(Optional.of(quote("q-1")), reported.quote(), "kept by the later step");
    completion.signVoucher(ServiceRequestCompletionTest.sign("sig-1",
        ServiceRequestCompletionTest.SIGNED));
    ServiceRequest closed = completion.close(ServiceRequestCompletionTest.close("cls-1"));
    assertEquals(Optional.of(quote("q-1")), closed.quote(), "kept by the closure");
    // 276.00 + 0.00 + 60.00 = 336.00 collected: the amount comes from the report.
    assertEquals(Optional.of(new Settlement(true, cny("336.00"), LocalDate.of(2026, 11, 2))),
        closed.settlement());
  }

  @Test
  void a_registered_paid_job_may_be_quoted_before_dispatch_and_the_quote_is_kept() {
    // rule: SVC-15 — quoted while registered; dispatch keeps it.
    ServiceRequest registered = ServiceRequestDispatchTest.registered().withVersion(Version.of(1));
    ServiceRequest quoted = registered.repairQuoted(quote("q-1"), RECORDED).state();
    assertEquals(ServiceRequestStatus.REGISTERED, quoted.status());
    ServiceRequest dispatched = quoted.dispatched(ServiceRequestDispatchTest.assign("d-1"),
        RECORDED).state();
    assertEquals(Optional.of(quote("q-1")), dispatched.quote());
  }

  @Test
  void a_paid_jobs_workshop_repair_is_refused_without_a_quote_and_recorded_after_it() {
    // rule: SVC-15 — the technician may take the item in and open the card (diagnosis) first.
    completionTest.unquoted(ServiceRequestDispatchTest.registered());
    workshop.takeIn(ServiceRequestWorkshopTest.takeIn("w-1"));
    ServiceRequest carded = workshop.openRepairCard(ServiceRequestWorkshopTest.card("o-1"));
    assertEquals(SVC_15, assertThrows(RuleRefusalException.class,
        () -> workshop.recordRepair(ServiceRequestWorkshopTest.repair("p-1"))).ruleId());
    assertSame(carded, requests.byId.get(SR1), "nothing stored changes");

    completion.quote(quote("q-1"));
    ServiceRequest repaired = workshop.recordRepair(ServiceRequestWorkshopTest.repair("p-1"));
    assertEquals(Optional.of(quote("q-1")), repaired.quote());
    assertTrue(repaired.repairRecord().isPresent());
  }

  @Test
  void contract_and_warranty_jobs_need_no_quote_and_cannot_be_quoted() {
    // rule: SVC-15 — B is charged as its contract states, C is free: nothing to quote.
    for (Entitlement e : List.of(Entitlement.underContract(ContractId.of("MC-1")),
        Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)))) {
      requests.outbox.clear();
      ServiceRequest dispatched = completionTest.unquoted(
          ServiceRequestCompletionTest.registeredWith(e));
      RuleRefusalException refused = assertThrows(RuleRefusalException.class,
          () -> completion.quote(quote("q-1")), e.toString());
      assertEquals(SVC_15, refused.ruleId());
      assertTrue(refused.getMessage(Locale.ENGLISH).contains("nothing to quote"),
          refused.getMessage());
      assertSame(dispatched, requests.byId.get(SR1));
      ServiceRequest reported = completion.fileReport(report());
      assertEquals(Optional.empty(), reported.quote(), e.toString());
      assertEquals(1, requests.outbox.size(), "only the report's event");
    }
  }

  @Test
  void a_quote_is_not_replaced_and_its_repeat_is_answered_from_the_stored_request() {
    // rule: SVC-15
    completionTest.unquoted(ServiceRequestDispatchTest.registered());
    ServiceRequest quoted = completion.quote(quote("q-1"));
    assertEquals(quoted, completion.quote(quote("q-1")), "the same command: a repeat");
    QuoteRepair other = new QuoteRepair(RequestId.of("q-2"), SR1, cny("300.00"), cny("60.00"),
        PersonId.of("sales-3"), QUOTED);
    assertEquals(SVC_15, assertThrows(RuleRefusalException.class,
        () -> completion.quote(other)).ruleId());
    QuoteRepair reused = new QuoteRepair(RequestId.of("q-1"), SR1, cny("300.00"),
        cny("60.00"), PersonId.of("sales-3"), QUOTED);
    assertThrows(DuplicateRequestException.class, () -> completion.quote(reused));
    assertEquals(1, requests.outbox.size(), "one event, the first quote's");
    assertEquals(quoted, requests.byId.get(SR1));
  }

  @Test
  void a_closed_job_is_not_quoted() {
    // rule: SVC-15 — the quote comes before the work; a closed job has none to come.
    ServiceRequest closed = ServiceRequestFixtures.closed(
        ServiceRequestDispatchTest.registered(), QUOTED);
    RuleRefusalException refused = assertThrows(RuleRefusalException.class,
        () -> closed.repairQuoted(quote("q-2"), RECORDED));
    assertEquals(SVC_15, refused.ruleId());
    assertTrue(refused.getMessage(Locale.ENGLISH).contains("CLOSED"), refused.getMessage());
  }

  @Test
  void the_estimates_must_be_in_the_charges_currency_and_not_negative() {
    // rule: SVC-15 — bad input, before any port is called
    completionTest.unquoted(ServiceRequestDispatchTest.registered());
    completionTest.recording.calls.clear();
    Money usd = Money.of(new BigDecimal("10.00"), Currency.getInstance("USD"));
    InvalidInputException bad = assertThrows(InvalidInputException.class,
        () -> completion.quote(new QuoteRepair(RequestId.of("q-1"), SR1, cny("-0.01"), usd,
            PersonId.of("sales-3"), QUOTED)));
    assertEquals(List.of("partsEstimate", "travelEstimate"),
        bad.violations().stream().map(Violation::path).toList());
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> completion.quote(new QuoteRepair(RequestId.of("q-1"), SR1, cny("1.00"),
            cny("0.00"), null, QUOTED)));
    assertEquals(List.of("quotedBy"),
        missing.violations().stream().map(Violation::path).toList());
    assertEquals(List.of(), completionTest.recording.calls);
    // Zero is an estimate too (nothing to charge for): accepted.
    assertEquals(cny("0.00"), completion.quote(new QuoteRepair(RequestId.of("q-1"), SR1,
        cny("0.00"), cny("0.00"), PersonId.of("sales-3"), QUOTED)).quote().orElseThrow()
        .partsEstimate());
  }

  @Test
  void a_paid_request_with_a_report_and_no_quote_or_a_quoted_contract_job_breaks_the_invariant() {
    // rule: SVC-15 — however a request is rebuilt, the quote comes first and only on paid jobs.
    ImmutableServiceRequest quotedReported = (ImmutableServiceRequest) ServiceRequestFixtures
        .quoted(completionTest.unquoted(ServiceRequestDispatchTest.registered()), QUOTED)
        .reportFiled(report(), RECORDED).state();
    InvalidInputException unquoted = assertThrows(InvalidInputException.class,
        () -> quotedReported.withQuote(Optional.empty()));
    assertEquals("quote", unquoted.violations().get(0).path());
    ImmutableServiceRequest contract = (ImmutableServiceRequest) completionTest.unquoted(
        ServiceRequestCompletionTest.registeredWith(
            Entitlement.underContract(ContractId.of("MC-1"))));
    assertEquals("quote", assertThrows(InvalidInputException.class,
        () -> contract.withQuote(quote("q-1"))).violations().get(0).path());
    ImmutableServiceRequest paid = (ImmutableServiceRequest) completionTest.unquoted(
        ServiceRequestDispatchTest.registered());
    QuoteRepair otherRequest = new QuoteRepair(RequestId.of("q-1"),
        ServiceRequestId.of("SR-2"), cny("1.00"), cny("1.00"), PersonId.of("sales-3"), QUOTED);
    assertEquals("quote", assertThrows(InvalidInputException.class,
        () -> paid.withQuote(otherRequest)).violations().get(0).path());
    assertEquals(Optional.of(quote("q-1")), paid.withQuote(quote("q-1")).quote());
  }

  @Test
  void a_paid_request_with_a_workshop_repair_and_no_quote_breaks_the_invariant() {
    // rule: SVC-15 — the repair recorded without the quote, however the request is rebuilt.
    completionTest.unquoted(ServiceRequestDispatchTest.registered());
    workshop.takeIn(ServiceRequestWorkshopTest.takeIn("w-1"));
    workshop.openRepairCard(ServiceRequestWorkshopTest.card("o-1"));
    completion.quote(quote("q-1"));
    ImmutableServiceRequest repaired = (ImmutableServiceRequest) workshop.recordRepair(
        ServiceRequestWorkshopTest.repair("p-1"));
    assertEquals("quote", assertThrows(InvalidInputException.class,
        () -> repaired.withQuote(Optional.empty())).violations().get(0).path());
  }

  @Test
  void a_quote_naming_another_request_is_bad_input_on_its_request_id() {
    // rule: SVC-15
    ServiceRequest registered = ServiceRequestDispatchTest.registered();
    QuoteRepair other = new QuoteRepair(RequestId.of("q-1"), ServiceRequestId.of("SR-2"),
        cny("1.00"), cny("1.00"), PersonId.of("sales-3"), QUOTED);
    assertEquals("serviceRequestId", assertThrows(InvalidInputException.class,
        () -> registered.repairQuoted(other, RECORDED)).violations().get(0).path());
  }

  @Test
  void a_quote_with_every_field_missing_is_a_list_of_violations_not_a_crash() {
    // rule: SVC-15
    completionTest.unquoted(ServiceRequestDispatchTest.registered());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> completion.quote(new QuoteRepair(null, null, null, null, null, null)));
    assertEquals(List.of("partsEstimate", "quotedAt", "quotedBy", "requestId",
        "serviceRequestId", "travelEstimate"),
        e.violations().stream().map(Violation::path).sorted().toList());
  }
}
