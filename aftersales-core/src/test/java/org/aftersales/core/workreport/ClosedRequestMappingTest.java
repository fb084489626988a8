package org.aftersales.core.workreport;

import static org.aftersales.core.workreport.WorkFixtures.GROUP;
import static org.aftersales.core.workreport.WorkFixtures.WANG;
import static org.aftersales.core.workreport.WorkFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/** A request the library closed becomes the job and the repair record the reports read. */
class ClosedRequestMappingTest {

  static final Currency CNY = Currency.getInstance("CNY");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final PersonId SUPERVISOR = PersonId.of("sup-zhao");
  static final Instant DISPATCHED = shanghai(11, 2, 9, 0);
  static final Instant SIGNED = shanghai(11, 2, 11, 30);

  static ServiceRequest dispatched(String id) {
    ServiceRequest r = ServiceRequest.builder().id(ServiceRequestId.of(id))
        .requestId(RequestId.of("reg-" + id)).receivedAt(shanghai(11, 2, 8, 0))
        .customerName("Suzhou Motors").address("1 Xinghu St").phone("0512-6288 0000")
        .productModel("CNC-450").productSerial("SN-0042").zone(ServiceZone.CITY)
        .channel(ServiceChannel.HOTLINE).problem("Coolant pump leaks")
        .entitlement(Entitlement.none()).category(Entitlement.none().category())
        .billing(Entitlement.none().billing()).status(ServiceRequestStatus.REGISTERED)
        .version(Version.of(1)).build();
    ServiceRequest d = r.dispatched(new AssignTechnician(RequestId.of("d-" + id), r.id(), WANG,
        SUPERVISOR, DISPATCHED), DISPATCHED).state();
    // A paid job (category A) is quoted before the work (SVC-15); the quote is not what the
    // reports read, so it quotes nothing.
    return d.repairQuoted(new QuoteRepair(RequestId.of("q-" + id), d.id(), Money.zero(CNY),
        Money.zero(CNY), PersonId.of("sales"), DISPATCHED), DISPATCHED).state();
  }

  static ServiceReport report(List<ReplacedPart> parts, int minutes, long travelCents) {
    return new ServiceReport("worn pump seal", "seal replaced", parts, minutes,
        Money.ofMinor(travelCents, CNY), "satisfied");
  }

  static ReplacedPart part(String number, int quantity, long unitCents) {
    return new ReplacedPart(number, quantity, Money.ofMinor(unitCents, CNY));
  }

  static ServiceRequest closedOnSite(ServiceRequest r, ServiceReport report) {
    ServiceRequest reported = r.reportFiled(new FileServiceReport(RequestId.of("r"), r.id(), WANG,
        report, SIGNED), SIGNED).state();
    ServiceRequest signed = reported.voucherSigned(new SignVoucher(RequestId.of("s"), r.id(),
        "Mr Chen", SIGNED), SIGNED).state();
    return signed.closedOnSite(new CloseServiceRequest(RequestId.of("c"), r.id(),
        PersonId.of("clerk"), SIGNED.plusSeconds(600)), OnSiteCollection.seed(), SHANGHAI,
        SIGNED.plusSeconds(600)).state();
  }

  @Test
  void an_on_site_job_runs_from_dispatch_to_signature_with_the_reports_labour_parts_and_travel() {
    // rule: SVC-09, SVC-18 — 2 × 35.00 + 1 × 12.50 of parts = 82.50 material; travel 30.00 is a
    // cost of the people sent; 150 minutes of labour; 09:00 → 11:30 Shanghai.
    ServiceRequest closed = closedOnSite(dispatched("SR-1"),
        report(List.of(part("P-1", 2, 3_500), part("P-2", 1, 1_250)), 150, 3_000));
    ServiceJob job = ServiceJob.of(closed, UnitId.of("suzhou"), WorkKind.SERVICE_DISPATCH);
    assertEquals(ServiceRequestId.of("SR-1"), job.serviceRequestId());
    assertEquals(WANG, job.technician());
    assertEquals(SUPERVISOR, job.supervisor());
    assertEquals(UnitId.of("suzhou"), job.branch());
    assertEquals(ServiceCategory.A, job.category());
    assertEquals(WorkKind.SERVICE_DISPATCH, job.kind());
    assertEquals(DISPATCHED, job.startedAt());
    assertEquals(SIGNED, job.endedAt());
    assertEquals(150, job.labourMinutes());
    assertEquals(Money.ofMinor(8_250, CNY), job.materialCost());
    assertEquals(Money.ofMinor(3_000, CNY), job.serviceCost());
    assertEquals(Money.zero(CNY), job.transportCost());
    assertEquals(Money.zero(CNY), job.otherCost());
  }

  @Test
  void a_workshop_job_runs_from_the_repair_card_to_the_repair_and_adds_both_labours_and_parts() {
    // rule: SVC-06, SVC-18 — card opened 13:00, repaired 16:00; 90 + 20 minutes; parts
    // 1 × 120.00 on the card and 3 × 2.00 in the report: 126.00.
    ServiceRequest r = dispatched("SR-2");
    Instant takenAt = shanghai(11, 2, 10, 0);
    Instant opened = shanghai(11, 2, 13, 0);
    Instant repaired = shanghai(11, 2, 16, 0);
    Instant returned = shanghai(11, 3, 10, 0);
    ServiceRequest taken = r.takenToWorkshop(new TakeItemToWorkshop(RequestId.of("w"), r.id(),
        "RC-2", "Mr Chen", takenAt), takenAt).state();
    ServiceRequest carded = taken.repairCardOpened(new OpenRepairCard(RequestId.of("o"), r.id(),
        "CARD-2", WANG, shanghai(11, 3, 18, 0), opened), opened).state();
    ServiceRequest fixed = carded.repairRecorded(new RecordRepair(RequestId.of("p"), r.id(), 90,
        List.of(part("PUMP-9", 1, 12_000)), repaired), repaired).state();
    ServiceRequest inspected = fixed.repairInspected(new InspectRepair(RequestId.of("i"), r.id(),
        SUPERVISOR, repaired.plusSeconds(600)), repaired.plusSeconds(600)).state();
    ServiceRequest reported = inspected.reportFiled(new FileServiceReport(RequestId.of("r"),
        r.id(), WANG, report(List.of(part("SEAL", 3, 200)), 20, 0), returned), returned)
        .state();
    ServiceRequest closed = reported.itemReturned(new ReturnItem(RequestId.of("t"), r.id(),
        "RC-2", "Mr Chen", PersonId.of("clerk"), returned), OnSiteCollection.seed(), SHANGHAI,
        returned).state();

    ServiceJob job = ServiceJob.of(closed, UnitId.of("suzhou"), WorkKind.SERVICE_DISPATCH);
    assertEquals(opened, job.startedAt());
    assertEquals(repaired, job.endedAt());
    assertEquals(110, job.labourMinutes());
    assertEquals(Money.ofMinor(12_600, CNY), job.materialCost());
    assertEquals(Money.zero(CNY), job.serviceCost());
  }

  @Test
  void a_job_with_nothing_charged_has_zero_amounts_in_the_reports_currency() {
    // rule: SVC-18
    ServiceRequest closed = closedOnSite(dispatched("SR-3"), report(List.of(), 0, 0));
    ServiceJob job = ServiceJob.of(closed, UnitId.of("suzhou"),
        WorkKind.INSTALLATION_COMMISSIONING);
    assertEquals(Money.zero(CNY), job.materialCost());
    assertEquals(Money.zero(CNY), job.serviceCost());
    assertEquals(0, job.labourMinutes());
    assertEquals(WorkKind.INSTALLATION_COMMISSIONING, job.kind());
  }

  @Test
  void only_a_closed_request_is_a_job_or_a_repair_record() {
    ServiceRequest open = dispatched("SR-4");
    InvalidInputException job = assertThrows(InvalidInputException.class,
        () -> ServiceJob.of(open, UnitId.of("suzhou"), WorkKind.SERVICE_DISPATCH));
    assertEquals("status", job.violations().get(0).path());
    InvalidInputException record = assertThrows(InvalidInputException.class,
        () -> RepairRecord.of(open, GROUP, false));
    assertEquals("status", record.violations().get(0).path());
  }

  @Test
  void a_repair_record_carries_the_unit_the_reports_fault_cause_and_the_closing() {
    // rule: SVC-17
    ServiceRequest closed = closedOnSite(dispatched("SR-5"), report(List.of(), 60, 0));
    RepairRecord record = RepairRecord.of(closed, GROUP, true);
    assertEquals(ServiceRequestId.of("SR-5"), record.serviceRequestId());
    assertEquals("CNC-450", record.productModel());
    assertEquals("SN-0042", record.unitSerial());
    assertEquals("worn pump seal", record.faultCause());
    assertEquals(SIGNED.plusSeconds(600), record.closedAt());
    assertEquals(WANG, record.technician());
    assertTrue(record.technicianAtFault());
    assertFalse(RepairRecord.of(closed, GROUP, false).technicianAtFault());
  }
}
