package org.aftersales.testkit.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/**
 * Later states of a service request reached through the aggregate's own transitions (never a
 * builder), for tests of queries and reports that need closed requests: whatever invariants the
 * lifecycle adds, a state built here satisfies them.
 *
 * <pre>{@code
 * ServiceRequest r = ServiceFixtures.aServiceRequest();          // registered, version 0
 * ServiceRequest closed = ServiceRequestStates.closedOnSite(r, ServiceFixtures.CLOSED_AT);
 * ServiceRequest back = ServiceRequestStates.returned(
 *     ServiceRequestStates.inWorkshop(r, ServiceFixtures.TAKEN_AT), ServiceFixtures.RETURNED_AT);
 * }</pre>
 */
public final class ServiceRequestStates {

  private ServiceRequestStates() {}

  /**
   * {@code r} dispatched at {@code at} (派工, SVC-02) by {@link ServiceFixtures#assignTechnician}'s
   * defaults: {@link ServiceFixtures#TECHNICIAN} sent by {@link ServiceFixtures#SUPERVISOR}, a
   * fresh request ID. The version is {@code r}'s (nothing is saved).
   *
   * @param r a registered request
   * @param at the dispatch time
   * @return the dispatched request
   */
  public static ServiceRequest dispatched(ServiceRequest r, Instant at) {
    return r.dispatched(ServiceFixtures.assignTechnician(r.id()).assignedAt(at).build(), at)
        .state();
  }

  /**
   * {@code r} completed and closed on site at {@code at}: dispatched first (to
   * {@code tech-states}) if it is registered, a paid job without a quote quoted nothing by
   * {@code sales-states} (SVC-15: the quote comes first), a service report charging nothing (no
   * parts, no labour, no travel) filed and the voucher signed at {@code at}, then closed by a
   * clerk at {@code at}; a paid job is settled under {@link OnSiteCollection#seed()} on {@code
   * at}'s UTC
   * day. The version is {@code r}'s (nothing is saved).
   *
   * @param r a registered or dispatched request without a report or a signature
   * @param at the time of every step, and the closing time
   * @return the closed request
   */
  public static ServiceRequest closedOnSite(ServiceRequest r, Instant at) {
    ServiceRequest dispatched = r.status() == ServiceRequestStatus.REGISTERED
        ? r.dispatched(new AssignTechnician(RequestId.of("states-d-" + r.id().value()), r.id(),
            PersonId.of("tech-states"), PersonId.of("sup-states"), at), at).state()
        : r;
    Money nothing = Money.zero(OnSiteCollection.seed().currency());
    ServiceRequest reported = quoted(dispatched, at).reportFiled(new FileServiceReport(
        RequestId.of("states-r-" + r.id().value()), r.id(), PersonId.of("tech-states"),
        new ServiceReport("worn seal", "seal replaced", List.of(), 0, nothing, "satisfied"), at),
        at).state();
    ServiceRequest signed = reported.voucherSigned(new SignVoucher(
        RequestId.of("states-s-" + r.id().value()), r.id(), "the customer", at), at).state();
    return signed.closedOnSite(new CloseServiceRequest(
        RequestId.of("states-c-" + r.id().value()), r.id(), PersonId.of("clerk-states"), at),
        OnSiteCollection.seed(), ZoneOffset.UTC, at).state();
  }

  /**
   * {@code r} taken to the workshop at {@code at} (SVC-05): dispatched first (to
   * {@code tech-states}) if it is registered, then taken in against the receipt
   * {@code RC-<id>}, the voucher signed by "the customer". The version is {@code r}'s.
   *
   * @param r a registered or dispatched request without a signature
   * @param at the time of the intake (and of the dispatch, if any)
   * @return the request in the workshop
   */
  public static ServiceRequest inWorkshop(ServiceRequest r, Instant at) {
    ServiceRequest dispatched = r.status() == ServiceRequestStatus.REGISTERED
        ? r.dispatched(new AssignTechnician(RequestId.of("states-d-" + r.id().value()), r.id(),
            PersonId.of("tech-states"), PersonId.of("sup-states"), at), at).state()
        : r;
    return dispatched.takenToWorkshop(new TakeItemToWorkshop(
        RequestId.of("states-w-" + r.id().value()), r.id(), "RC-" + r.id().value(),
        "the customer", at), at).state();
  }

  /**
   * {@code r}, in the workshop, repaired, inspected and returned at {@code at}: a paid job
   * without a quote quoted nothing first (SVC-15), a repair card promised an hour later, no parts,
   * a report charging nothing, all at {@code at}; closed at {@code at} with the receipt issued at
   * intake voided.
   *
   * @param r a request in the workshop without a card or a report
   * @param at the time of every step, and the closing time
   * @return the closed request
   */
  public static ServiceRequest returned(ServiceRequest r, Instant at) {
    String id = r.id().value();
    ServiceRequest carded = quoted(r, at).repairCardOpened(new OpenRepairCard(
        RequestId.of("states-o-" + id), r.id(), "CARD-" + id, PersonId.of("tech-states"),
        at.plusSeconds(3600), at), at).state();
    ServiceRequest repaired = carded.repairRecorded(new RecordRepair(
        RequestId.of("states-p-" + id), r.id(), 30, List.of(), at), at).state();
    ServiceRequest inspected = repaired.repairInspected(new InspectRepair(
        RequestId.of("states-i-" + id), r.id(), PersonId.of("sup-states"), at), at).state();
    ServiceRequest reported = inspected.reportFiled(new FileServiceReport(
        RequestId.of("states-r-" + id), r.id(), PersonId.of("tech-states"),
        new ServiceReport("worn seal", "seal replaced", List.of(), 0,
            Money.zero(OnSiteCollection.seed().currency()), "satisfied"), at), at).state();
    return reported.itemReturned(new ReturnItem(RequestId.of("states-t-" + id), r.id(),
        r.workshopIntake().orElseThrow().receiptNumber(), "the customer",
        PersonId.of("clerk-states"), at), OnSiteCollection.seed(), ZoneOffset.UTC, at).state();
  }

  /**
   * {@code r} quoted at {@code at} by {@code sales-states} for nothing (parts and travel zero in
   * {@link OnSiteCollection#seed()}'s currency) if it is a paid job without a quote (SVC-15: the
   * quote comes before the work), else {@code r} itself. The version is {@code r}'s.
   *
   * @param r an open request
   * @param at the time of the quote
   * @return the request, quoted if it is paid per quote
   */
  public static ServiceRequest quoted(ServiceRequest r, Instant at) {
    if (!r.billing().quoteFirst() || r.quote().isPresent()) {
      return r;
    }
    Money nothing = Money.zero(OnSiteCollection.seed().currency());
    return r.repairQuoted(new QuoteRepair(RequestId.of("states-q-" + r.id().value()), r.id(),
        nothing, nothing, PersonId.of("sales-states"), at), at).state();
  }
}
