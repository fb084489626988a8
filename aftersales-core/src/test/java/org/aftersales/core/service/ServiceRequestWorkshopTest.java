package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/**
 * The workshop path (携回修护) through its use case against the recording fake repository: the
 * item taken in against a receipt and the voucher's signature, the repair card with its promised
 * time, the repair recorded, the supervisor's inspection, the return closing the request with the
 * receipt voided and a paid repair invoiced on the day of return; each refusal with its rule ID.
 *
 * <p>// rule: SVC-05, SVC-06, SVC-07, SVC-16
 */
class ServiceRequestWorkshopTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2026-11-05T09:00:00.000000789Z");
  static final Instant RECORDED = Instant.parse("2026-11-05T09:00:00Z");
  static final Instant TAKEN = Instant.parse("2026-11-02T07:00:00Z");
  static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");
  static final Instant PROMISED = Instant.parse("2026-11-04T09:00:00Z");
  static final Instant REPAIRED = Instant.parse("2026-11-03T08:00:00Z");
  static final Instant INSPECTED = Instant.parse("2026-11-03T09:00:00Z");
  /** 16:30Z on 3 November is 00:30 on 4 November in Shanghai. */
  static final Instant RETURNED = Instant.parse("2026-11-03T16:30:00Z");
  static final ServiceRequestId SR1 = ServiceRequestId.of("SR-1");
  static final Currency CNY = Currency.getInstance("CNY");

  final ServiceRequestCompletionTest completionTest = new ServiceRequestCompletionTest();
  final ServiceRequestDispatchUseCaseTest.FakeRequests requests = completionTest.requests;
  final ServiceRequestCompletion completion = completionTest.completion;
  final ServiceRequestWorkshop workshop = new ServiceRequestWorkshop(requests,
      OnSiteCollection.seed(), SHANGHAI, completionTest.validator,
      Clock.fixed(NOW, ZoneOffset.UTC));

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static TakeItemToWorkshop takeIn(String requestId) {
    return new TakeItemToWorkshop(RequestId.of(requestId), SR1, "RC-0042", "Mr Chen", TAKEN);
  }

  static OpenRepairCard card(String requestId) {
    return new OpenRepairCard(RequestId.of(requestId), SR1, "CARD-7", PersonId.of("tech-7"),
        PROMISED, OPENED);
  }

  static RecordRepair repair(String requestId) {
    return new RecordRepair(RequestId.of(requestId), SR1, 150,
        List.of(new ReplacedPart("MOTOR-3", 1, cny("880.00"))), REPAIRED);
  }

  static InspectRepair inspect(String requestId) {
    return new InspectRepair(RequestId.of(requestId), SR1, PersonId.of("sup-1"), INSPECTED);
  }

  static ReturnItem giveBack(String requestId, String receipt) {
    return new ReturnItem(RequestId.of(requestId), SR1, receipt, "Mr Chen",
        PersonId.of("clerk-2"), RETURNED);
  }

  /** Parts 880.00, travel 40.00, labour free (seed): 920.00. */
  static FileServiceReport report() {
    return new FileServiceReport(RequestId.of("rep-1"), SR1, PersonId.of("tech-7"),
        new ServiceReport("spindle motor burnt out", "motor replaced in the workshop",
            List.of(new ReplacedPart("MOTOR-3", 1, cny("880.00"))), 150, cny("40.00"),
            "satisfied"), REPAIRED);
  }

  ServiceRequest inspected() {
    completionTest.dispatched();
    workshop.takeIn(takeIn("w-1"));
    workshop.openRepairCard(card("o-1"));
    workshop.recordRepair(repair("p-1"));
    return workshop.inspect(inspect("i-1"));
  }

  @Test
  void a_paid_repair_goes_through_the_workshop_and_is_invoiced_on_the_day_of_return() {
    // rule: SVC-05, SVC-06, SVC-07 — 880.00 + 0.00 + 40.00 = 920.00 invoiced on 4 November
    // (Shanghai), the day the item came back; never collected on site, whatever the amount.
    completionTest.dispatched();
    ServiceRequest taken = workshop.takeIn(takeIn("w-1"));
    assertEquals(ServiceRequestStatus.IN_WORKSHOP, taken.status());
    assertTrue(taken.isInWorkshop());
    assertEquals(Optional.of("Mr Chen"), taken.voucherSignedBy(), "signed at intake");
    assertEquals(Optional.of(TAKEN), taken.voucherSignedAt());
    ServiceRequest carded = workshop.openRepairCard(card("o-1"));
    assertEquals(Optional.of(PROMISED), carded.repairPromisedBy());
    assertTrue(carded.hasOpenRepairCard());
    ServiceRequest repaired = workshop.recordRepair(repair("p-1"));
    assertFalse(repaired.hasOpenRepairCard());
    assertEquals(Optional.of(repair("p-1")), repaired.repairRecord());
    workshop.inspect(inspect("i-1"));
    completion.fileReport(report());
    ServiceRequest closed = workshop.returnItem(giveBack("t-1", "RC-0042"));

    assertEquals(ServiceRequestStatus.CLOSED, closed.status());
    assertEquals(Optional.of(RETURNED), closed.closedAt());
    assertEquals(Version.of(8), closed.version());
    LocalDate day = LocalDate.of(2026, 11, 4);
    assertEquals(Optional.of(new Settlement(false, cny("920.00"), day)), closed.settlement());
    List<Object> last = requests.outbox.subList(requests.outbox.size() - 3,
        requests.outbox.size()).stream().map(o -> (Object) o.event()).toList();
    assertEquals(List.of(
        new ItemReturned(SR1, "RC-0042", "Mr Chen", RETURNED, RECORDED),
        new ServiceRequestClosed(SR1, PersonId.of("clerk-2"), RETURNED, RECORDED),
        new InvoiceDue(SR1, cny("920.00"), day, RECORDED)), last);
    assertEquals(List.of(
        new ItemTakenToWorkshop(SR1, "RC-0042", "Mr Chen", TAKEN, RECORDED),
        new RepairCardOpened(SR1, "CARD-7", PersonId.of("tech-7"), PROMISED, OPENED, RECORDED),
        new RepairRecorded(SR1, "CARD-7", REPAIRED, RECORDED),
        new RepairInspected(SR1, PersonId.of("sup-1"), INSPECTED, RECORDED)),
        requests.outbox.subList(0, 4).stream().map(o -> (Object) o.event()).toList());
  }

  @Test
  void a_warranty_repair_is_returned_without_an_invoice() {
    // rule: SVC-07, SVC-15
    completionTest.dispatched(ServiceRequestCompletionTest.registeredWith(
        Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31))));
    workshop.takeIn(takeIn("w-1"));
    workshop.openRepairCard(card("o-1"));
    workshop.recordRepair(repair("p-1"));
    workshop.inspect(inspect("i-1"));
    completion.fileReport(report());
    ServiceRequest closed = workshop.returnItem(giveBack("t-1", "RC-0042"));
    assertEquals(Optional.empty(), closed.settlement());
    assertTrue(requests.outbox.get(requests.outbox.size() - 1).event()
        instanceof ServiceRequestClosed);
  }

  @Test
  void never_two_repair_cards() {
    // rule: SVC-05
    completionTest.dispatched();
    workshop.takeIn(takeIn("w-1"));
    workshop.openRepairCard(card("o-1"));
    ServiceRequest before = requests.byId.get(SR1);
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> workshop.openRepairCard(new OpenRepairCard(RequestId.of("o-2"), SR1, "CARD-8",
            PersonId.of("tech-8"), PROMISED, OPENED)));
    assertEquals(RuleId.of("SVC-05"), e.ruleId());
    workshop.recordRepair(repair("p-1"));
    assertEquals(RuleId.of("SVC-05"), assertThrows(RuleRefusalException.class,
        () -> workshop.openRepairCard(new OpenRepairCard(RequestId.of("o-2"), SR1, "CARD-8",
            PersonId.of("tech-8"), PROMISED, OPENED))).ruleId(), "not even after the repair");
    assertEquals(before.repairCardOpening(), requests.byId.get(SR1).repairCardOpening());
  }

  @Test
  void an_item_is_taken_in_only_from_a_dispatched_job_not_completed_on_site() {
    // rule: SVC-05
    ServiceRequest registered = ServiceRequestDispatchTest.registered().withVersion(Version.of(1));
    requests.byId.put(SR1, registered);
    assertEquals(RuleId.of("SVC-05"), assertThrows(RuleRefusalException.class,
        () -> workshop.takeIn(takeIn("w-1"))).ruleId());
    completionTest.dispatched();
    completion.signVoucher(ServiceRequestCompletionTest.sign("s-1",
        ServiceRequestCompletionTest.SIGNED));
    ServiceRequest signed = requests.byId.get(SR1);
    assertEquals(RuleId.of("SVC-05"), assertThrows(RuleRefusalException.class,
        () -> workshop.takeIn(takeIn("w-1"))).ruleId());
    assertSame(signed, requests.byId.get(SR1));
  }

  @Test
  void the_on_site_steps_are_refused_in_the_workshop() {
    // rule: SVC-03 — the voucher was signed at intake; the return closes the request
    completionTest.dispatched();
    workshop.takeIn(takeIn("w-1"));
    completion.fileReport(report());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.signVoucher(ServiceRequestCompletionTest.sign("s-1",
            ServiceRequestCompletionTest.SIGNED))).ruleId());
    assertEquals(RuleId.of("SVC-03"), assertThrows(RuleRefusalException.class,
        () -> completion.close(ServiceRequestCompletionTest.close("c-1"))).ruleId());
    assertEquals(RuleId.of("SVC-05"), assertThrows(RuleRefusalException.class,
        () -> workshop.takeIn(takeIn("w-2"))).ruleId());
  }

  @Test
  void each_workshop_step_needs_the_one_before_it() {
    // rule: SVC-05, SVC-06
    completionTest.dispatched();
    assertEquals(RuleId.of("SVC-05"), assertThrows(RuleRefusalException.class,
        () -> workshop.openRepairCard(card("o-1"))).ruleId());
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.recordRepair(repair("p-1"))).ruleId());
    workshop.takeIn(takeIn("w-1"));
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.recordRepair(repair("p-1"))).ruleId());
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.inspect(inspect("i-1"))).ruleId());
    workshop.openRepairCard(card("o-1"));
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.inspect(inspect("i-1"))).ruleId());
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.returnItem(giveBack("t-1", "RC-0042"))).ruleId());
    workshop.recordRepair(repair("p-1"));
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.recordRepair(repair("p-2"))).ruleId(), "the card is no longer open");
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.returnItem(giveBack("t-1", "RC-0042"))).ruleId());
    workshop.inspect(inspect("i-1"));
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.inspect(inspect("i-2"))).ruleId());
  }

  @Test
  void the_return_needs_the_service_report_and_the_receipt_issued() {
    // rule: SVC-16, SVC-06
    inspected();
    ServiceRequest before = requests.byId.get(SR1);
    assertEquals(RuleId.of("SVC-16"), assertThrows(RuleRefusalException.class,
        () -> workshop.returnItem(giveBack("t-1", "RC-0042"))).ruleId());
    completion.fileReport(report());
    InvalidInputException other = assertThrows(InvalidInputException.class,
        () -> workshop.returnItem(giveBack("t-1", "RC-0043")));
    assertEquals("receiptNumber", other.violations().get(0).path());
    assertTrue(other.violations().get(0).message().chinese().contains("RC-0042"));
    assertEquals(before.status(), requests.byId.get(SR1).status());
    assertEquals(ServiceRequestStatus.CLOSED,
        workshop.returnItem(giveBack("t-1", "RC-0042")).status());
    // Closed: no step of the workshop is taken again.
    assertEquals(RuleId.of("SVC-06"), assertThrows(RuleRefusalException.class,
        () -> workshop.returnItem(giveBack("t-2", "RC-0042"))).ruleId());
    assertEquals(RuleId.of("SVC-05"), assertThrows(RuleRefusalException.class,
        () -> workshop.openRepairCard(card("o-2"))).ruleId());
  }

  @Test
  void steps_dated_before_the_one_they_follow_are_bad_input() {
    completionTest.dispatched();
    workshop.takeIn(takeIn("w-1"));
    assertEquals("promisedBy", assertThrows(InvalidInputException.class,
        () -> workshop.openRepairCard(new OpenRepairCard(RequestId.of("o-1"), SR1, "CARD-7",
            PersonId.of("tech-7"), OPENED, OPENED))).violations().get(0).path());
    workshop.openRepairCard(card("o-1"));
    assertEquals("repairedAt", assertThrows(InvalidInputException.class,
        () -> workshop.recordRepair(new RecordRepair(RequestId.of("p-1"), SR1, 1, List.of(),
            OPENED.minusNanos(1_000)))).violations().get(0).path());
    workshop.recordRepair(new RecordRepair(RequestId.of("p-1"), SR1, 1, List.of(), OPENED));
    assertEquals("inspectedAt", assertThrows(InvalidInputException.class,
        () -> workshop.inspect(new InspectRepair(RequestId.of("i-1"), SR1,
            PersonId.of("sup-1"), OPENED.minusNanos(1_000)))).violations().get(0).path());
    workshop.inspect(new InspectRepair(RequestId.of("i-1"), SR1, PersonId.of("sup-1"), OPENED));
    completion.fileReport(report());
    assertEquals("returnedAt", assertThrows(InvalidInputException.class,
        () -> workshop.returnItem(new ReturnItem(RequestId.of("t-1"), SR1, "RC-0042", "x",
            PersonId.of("c"), OPENED.minusNanos(1_000)))).violations().get(0).path());
    assertEquals(Optional.of(OPENED), workshop.returnItem(new ReturnItem(RequestId.of("t-1"),
        SR1, "RC-0042", "x", PersonId.of("c"), OPENED)).closedAt(), "at the inspection is fine");
  }

  @Test
  void repeats_are_answered_from_the_stored_request_and_reused_request_ids_refused() {
    // rule: SVC-05, SVC-06
    ServiceRequest inspected = inspected();
    int events = requests.outbox.size();
    assertEquals(inspected, workshop.takeIn(takeIn("w-1")));
    assertEquals(inspected, workshop.openRepairCard(card("o-1")));
    assertEquals(inspected, workshop.recordRepair(repair("p-1")));
    assertEquals(inspected, workshop.inspect(inspect("i-1")));
    assertEquals(events, requests.outbox.size());
    assertThrows(DuplicateRequestException.class, () -> workshop.takeIn(
        new TakeItemToWorkshop(RequestId.of("w-1"), SR1, "RC-9", "Mr Chen", TAKEN)));
    assertThrows(DuplicateRequestException.class, () -> workshop.inspect(
        new InspectRepair(RequestId.of("i-1"), SR1, PersonId.of("sup-9"), INSPECTED)));
  }

  @Test
  void bad_commands_are_refused_naming_their_fields() {
    completionTest.dispatched();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> workshop.takeIn(new TakeItemToWorkshop(RequestId.of("w"), SR1, " ", "", null)));
    assertEquals(List.of("receiptNumber", "signedBy", "takenAt"),
        e.violations().stream().map(Violation::path).distinct().sorted().toList());
    Money usd = Money.of(new BigDecimal("5.00"), Currency.getInstance("USD"));
    workshop.takeIn(takeIn("w-1"));
    workshop.openRepairCard(card("o-1"));
    InvalidInputException parts = assertThrows(InvalidInputException.class,
        () -> workshop.recordRepair(new RecordRepair(RequestId.of("p"), SR1, 1,
            List.of(new ReplacedPart("A", 1, cny("-1.00")), new ReplacedPart("B", 1, usd)),
            REPAIRED)));
    assertEquals(List.of("parts[0].unitPrice", "parts[1].unitPrice"),
        parts.violations().stream().map(Violation::path).toList());
    assertThrows(InvalidInputException.class, () -> workshop.recordRepair(
        new RecordRepair(RequestId.of("p"), SR1, -1, null, REPAIRED)));
    assertThrows(InvalidInputException.class, () -> workshop.inspect(
        new InspectRepair(RequestId.of("i"), SR1, null, INSPECTED)));
    assertThrows(InvalidInputException.class, () -> workshop.returnItem(
        new ReturnItem(RequestId.of("t"), SR1, "RC-0042", "x", null, RETURNED)));
    assertThrows(InvalidInputException.class, () -> workshop.openRepairCard(
        new OpenRepairCard(RequestId.of("o"), SR1, "", PersonId.of("t"), PROMISED, OPENED)));
  }

  @Test
  void the_invariants_keep_the_workshop_steps_in_order() {
    // rule: SVC-05, SVC-06
    ImmutableServiceRequest inspected = (ImmutableServiceRequest) inspected();
    assertThrows(InvalidInputException.class,
        () -> inspected.withRepairRecord(Optional.empty()));
    assertThrows(InvalidInputException.class,
        () -> inspected.withRepairCardOpening(Optional.empty()));
    assertThrows(InvalidInputException.class,
        () -> inspected.withWorkshopIntake(Optional.empty()));
    assertThrows(InvalidInputException.class,
        () -> inspected.withStatus(ServiceRequestStatus.DISPATCHED));
    assertThrows(InvalidInputException.class, () -> inspected.withVoucherSigning(
        ServiceRequestCompletionTest.sign("s", ServiceRequestCompletionTest.SIGNED)));
    ImmutableServiceRequest withoutInspection =
        inspected.withInspection(Optional.empty());
    assertThrows(InvalidInputException.class, () -> withoutInspection.withItemReturn(
        giveBack("t", "RC-0042")));
    ImmutableServiceRequest returned = (ImmutableServiceRequest) inspected
        .reportFiled(report(), RECORDED).state()
        .itemReturned(giveBack("t", "RC-0042"), OnSiteCollection.seed(), SHANGHAI, RECORDED)
        .state();
    assertThrows(InvalidInputException.class,
        () -> returned.withItemReturn(giveBack("t", "RC-0043")));
    assertThrows(InvalidInputException.class,
        () -> returned.withClosedAt(RETURNED.plusSeconds(1)));
    assertThrows(InvalidInputException.class,
        () -> returned.withClosing(ServiceRequestCompletionTest.close("c")));
    assertThrows(InvalidInputException.class,
        () -> returned.withStatus(ServiceRequestStatus.IN_WORKSHOP));
    ImmutableServiceRequest contract = (ImmutableServiceRequest) ServiceRequestCompletionTest
        .registeredWith(Entitlement.underContract(ContractId.of("MC-1")));
    assertThrows(InvalidInputException.class, () -> contract.withWorkshopIntake(takeIn("w")));
  }

  @Test
  void each_invariant_of_the_workshop_path_holds_on_its_own() {
    // rule: SVC-05, SVC-06 — states that break exactly one clause
    ImmutableServiceRequest dispatched = (ImmutableServiceRequest) completionTest.dispatched();
    assertThrows(InvalidInputException.class,
        () -> dispatched.withRepairCardOpening(card("o")), "a card without an intake");
    ImmutableServiceRequest returned = (ImmutableServiceRequest) ((ImmutableServiceRequest)
        inspected()).reportFiled(report(), RECORDED).state()
        .itemReturned(giveBack("t", "RC-0042"), OnSiteCollection.seed(), SHANGHAI, RECORDED)
        .state();
    assertThrows(InvalidInputException.class, () -> returned.withInspection(Optional.empty()),
        "a return without an inspection");
    assertThrows(InvalidInputException.class, () -> returned.withClosing(
        new CloseServiceRequest(RequestId.of("c"), SR1, PersonId.of("clerk-2"), RETURNED)),
        "closed both on site and by the return, at the same time");
  }

  @Test
  void every_transition_refuses_a_command_for_another_request() {
    ServiceRequestId other = ServiceRequestId.of("SR-2");
    ServiceRequest d = completionTest.dispatched();
    ServiceRequest in = workshop.takeIn(takeIn("w-1"));
    List<org.junit.jupiter.api.function.Executable> calls = List.of(
        () -> d.reportFiled(new FileServiceReport(RequestId.of("x"), other, PersonId.of("t"),
            report().report(), REPAIRED), RECORDED),
        () -> d.voucherSigned(new SignVoucher(RequestId.of("x"), other, "x", TAKEN), RECORDED),
        () -> d.closedOnSite(new CloseServiceRequest(RequestId.of("x"), other, PersonId.of("c"),
            TAKEN), OnSiteCollection.seed(), SHANGHAI, RECORDED),
        () -> d.takenToWorkshop(new TakeItemToWorkshop(RequestId.of("x"), other, "R", "x",
            TAKEN), RECORDED),
        () -> d.resolutionTimeCommitted(new CommitResolutionTime(RequestId.of("x"), other,
            PersonId.of("t"), PROMISED, "r", TAKEN), RECORDED),
        () -> in.repairCardOpened(new OpenRepairCard(RequestId.of("x"), other, "C",
            PersonId.of("t"), PROMISED, OPENED), RECORDED),
        () -> in.repairRecorded(new RecordRepair(RequestId.of("x"), other, 1, List.of(),
            REPAIRED), RECORDED),
        () -> in.repairInspected(new InspectRepair(RequestId.of("x"), other, PersonId.of("s"),
            INSPECTED), RECORDED),
        () -> in.itemReturned(new ReturnItem(RequestId.of("x"), other, "RC-0042", "x",
            PersonId.of("c"), RETURNED), OnSiteCollection.seed(), SHANGHAI, RECORDED));
    for (org.junit.jupiter.api.function.Executable call : calls) {
      InvalidInputException e = assertThrows(InvalidInputException.class, call);
      assertEquals("serviceRequestId", e.violations().get(0).path());
    }
  }

  @Test
  void missing_instants_and_parts_are_violations_not_crashes() {
    // The commands' constructors truncate instants only when present.
    assertEquals(List.of("openedAt", "promisedBy"), paths(() -> workshop.openRepairCard(
        new OpenRepairCard(RequestId.of("o"), SR1, "C", PersonId.of("t"), null, null))));
    assertEquals(List.of("parts", "repairedAt"), paths(() -> workshop.recordRepair(
        new RecordRepair(RequestId.of("p"), SR1, 1, null, null))));
    assertEquals(List.of("inspectedAt"), paths(() -> workshop.inspect(
        new InspectRepair(RequestId.of("i"), SR1, PersonId.of("s"), null))));
    assertEquals(List.of("returnedAt"), paths(() -> workshop.returnItem(
        new ReturnItem(RequestId.of("t"), SR1, "R", "x", PersonId.of("c"), null))));
    assertEquals(List.of("closedAt"), paths(() -> completion.close(
        new CloseServiceRequest(RequestId.of("c"), SR1, PersonId.of("c"), null))));
    assertEquals(List.of("committedAt", "resolveBy"), paths(() ->
        completion.commitResolutionTime(new CommitResolutionTime(RequestId.of("c"), SR1,
            PersonId.of("t"), null, "r", null))));
    assertEquals(List.of("filedAt", "report.parts"), paths(() -> completion.fileReport(
        new FileServiceReport(RequestId.of("r"), SR1, PersonId.of("t"), new ServiceReport("c",
            "s", null, 0, cny("0.00"), "o"), null))));
  }

  private static List<String> paths(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidInputException.class, call).violations().stream()
        .map(Violation::path).distinct().sorted().toList();
  }
}
