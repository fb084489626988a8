package org.aftersales.testkit.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/**
 * Later states of a service request reached through the aggregate's own transitions (never a
 * builder), for tests of queries and reports that need closed requests: whatever invariants the
 * lifecycle adds, a state built here satisfies them.
 */
public final class ServiceRequestStates {

  private ServiceRequestStates() {}

  /**
   * {@code r} completed and closed on site at {@code at}: dispatched first (to
   * {@code tech-states}) if it is registered, a service report charging nothing (no parts, no
   * labour, no travel) filed and the voucher signed at {@code at}, then closed by a clerk at
   * {@code at}; a paid job is settled under {@link OnSiteCollection#seed()} on {@code at}'s UTC
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
    ServiceRequest reported = dispatched.reportFiled(new FileServiceReport(
        RequestId.of("states-r-" + r.id().value()), r.id(), PersonId.of("tech-states"),
        new ServiceReport("worn seal", "seal replaced", List.of(), 0, nothing, "satisfied"), at),
        at).state();
    ServiceRequest signed = reported.voucherSigned(new SignVoucher(
        RequestId.of("states-s-" + r.id().value()), r.id(), "the customer", at), at).state();
    return signed.closedOnSite(new CloseServiceRequest(
        RequestId.of("states-c-" + r.id().value()), r.id(), PersonId.of("clerk-states"), at),
        OnSiteCollection.seed(), ZoneOffset.UTC, at).state();
  }
}
