package org.aftersales.core.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/** States of a request reached through its own transitions, for tests of other steps. */
final class ServiceRequestFixtures {

  private ServiceRequestFixtures() {}

  /**
   * {@code r} closed on site at {@code at}: dispatched first if it is registered, quoted (nothing)
   * if it is a paid job without a quote (SVC-15), a report with nothing charged filed and the
   * voucher signed at {@code at}, then closed.
   *
   * @param r the request, registered or dispatched
   * @param at the closing time
   * @return the closed request
   */
  static ServiceRequest closed(ServiceRequest r, Instant at) {
    ServiceRequest d = r.status() == ServiceRequestStatus.REGISTERED
        ? r.dispatched(new AssignTechnician(RequestId.of("fx-d"), r.id(),
            PersonId.of("tech-fx"), PersonId.of("sup-fx"), at), at).state()
        : r;
    Money zero = Money.zero(OnSiteCollection.seed().currency());
    ServiceRequest q = quoted(d, at);
    ServiceRequest reported = q.reportFiled(new FileServiceReport(RequestId.of("fx-r"), r.id(),
        PersonId.of("tech-fx"), new ServiceReport("worn seal", "seal replaced", List.of(), 0,
            zero, "satisfied"), at), at).state();
    ServiceRequest signed = reported.voucherSigned(new SignVoucher(RequestId.of("fx-s"), r.id(),
        "Mr Chen", at), at).state();
    return signed.closedOnSite(new CloseServiceRequest(RequestId.of("fx-c"), r.id(),
        PersonId.of("clerk-fx"), at), OnSiteCollection.seed(), ZoneOffset.UTC, at).state();
  }

  /**
   * {@code r} with a quote of nothing at {@code at} if it is a paid job without one (SVC-15: the
   * quote comes before the work), else {@code r} itself.
   *
   * @param r the request, open
   * @param at the quote's time
   * @return the request, quoted if it needs a quote
   */
  static ServiceRequest quoted(ServiceRequest r, Instant at) {
    if (!r.billing().quoteFirst() || r.quote().isPresent()) {
      return r;
    }
    Money zero = Money.zero(OnSiteCollection.seed().currency());
    return r.repairQuoted(new QuoteRepair(RequestId.of("fx-q"), r.id(), zero, zero,
        PersonId.of("sales-fx"), at), at).state();
  }
}
