package org.aftersales.core.service;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.Violation;

/**
 * Command: the sales centre quotes the cost of a paid job (销售中心报价) before the work is done,
 * SVC-15 (P11 §二.2: outside the warranty the sales centre quotes the cost — parts and the staff's
 * travel — and the fault is then removed quickly). Every field is required. Kept on the request
 * once accepted ({@link ServiceRequest#quote()}), by which a repeat is recognised.
 *
 * <p>The quote is an estimate given to the customer; what is charged when the job is closed is
 * computed from the service report ({@link OnSiteCollection#amountDue}), not from the quote.
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command changed it, with no second change
 * @param serviceRequestId the request the quote is for
 * @param partsEstimate the estimated cost of the parts (零配件), not negative, in the currency of
 *     the service department's charges ({@link OnSiteCollection#currency()})
 * @param travelEstimate the estimated cost of the staff's travel (人员出差), not negative, in the
 *     same currency
 * @param quotedBy who quoted it for the sales centre (销售中心)
 * @param quotedAt when it was quoted (business timestamp), in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 */
public record QuoteRepair(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull Money partsEstimate,
    @NotNull Money travelEstimate,
    @NotNull PersonId quotedBy,
    @NotNull @SupportedInstant Instant quotedAt) {

  /**
   * Truncates {@code quotedAt} to the stored precision; every field is validated at the use
   * case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request
   * @param partsEstimate the parts' estimated cost
   * @param travelEstimate the travel's estimated cost
   * @param quotedBy who quoted it
   * @param quotedAt when it was quoted
   */
  public QuoteRepair {
    quotedAt = quotedAt == null ? null : TimePrecision.stored(quotedAt);
  }

  /**
   * The problems of the quote's amounts: each must be in {@code currency} and not negative
   * (paths {@code partsEstimate}, {@code travelEstimate}).
   *
   * @param currency the currency of the service department's charges
   * @return the violations, empty if both amounts are acceptable; unmodifiable
   */
  public List<Violation> amountViolations(Currency currency) {
    List<Violation> found = new ArrayList<>();
    ReplacedPart.checkAmount(found, "partsEstimate", partsEstimate, currency);
    ReplacedPart.checkAmount(found, "travelEstimate", travelEstimate, currency);
    return List.copyOf(found);
  }
}
