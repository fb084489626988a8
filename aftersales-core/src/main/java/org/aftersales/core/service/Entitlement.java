package org.aftersales.core.service;

import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.immutables.value.Value;

/**
 * What a product is entitled to when a service request for it is received (服务权益): a warranty
 * (保修期内, until a date), a maintenance contract (维护合同), both, neither — or the job is internal
 * administrative work (一般行政工作). The host's ERP answers it through {@link Entitlements}; the
 * library derives the job's {@link #category() category} (SVC-01) and {@link #billing() billing}
 * (SVC-15) from it and nothing else.
 *
 * <h2>Which entitlement wins</h2>
 * <ol>
 *   <li>An {@link #internalJob() internal job} is category D, whatever else is present.</li>
 *   <li>A {@link #contract() contract} makes it B — also when the product is under warranty as
 *       well. The seed is silent on the overlap; the library's choice: the contract is the
 *       customer's specific agreement, its service levels (SVC-12) apply, and the job is recorded
 *       against it, while the parts a warranty covers stay free under either.</li>
 *   <li>A {@link #warrantyUntil() warranty} alone makes it C (free, SVC-15).</li>
 *   <li>Nothing makes it A: paid, a quote first (SVC-15).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; build it with {@link #none()}, {@link #underWarrantyUntil},
 * {@link #underContract}, {@link #internal()} or {@link #builder()} for combinations.
 */
@Value.Immutable
@DomainValueStyle
public abstract class Entitlement {

  Entitlement() {}

  /**
   * The last day of the warranty (保修截止日), as the ERP records it, present only if the product
   * was under warranty when the request was received — the ERP decides that, in its business zone.
   *
   * @return the date, if under warranty
   */
  public abstract Optional<LocalDate> warrantyUntil();

  /**
   * The maintenance contract (维护合同) covering the product when the request was received.
   *
   * @return the contract, if any
   */
  public abstract Optional<ContractId> contract();

  /**
   * Whether the job is internal administrative work (一般行政工作: inspections, parts, tools,
   * training), not a customer's job.
   *
   * @return true for an internal job; false by default
   */
  @Value.Default
  public boolean internalJob() {
    return false;
  }

  /**
   * The job's category (服务类别), SVC-01, by the precedence in the class comment: internal D,
   * contract B, warranty C, otherwise A.
   *
   * @return the category
   */
  public ServiceCategory category() {
    if (internalJob()) {
      return ServiceCategory.D;
    }
    if (contract().isPresent()) {
      return ServiceCategory.B;
    }
    return warrantyUntil().isPresent() ? ServiceCategory.C : ServiceCategory.A;
  }

  /**
   * How the job is charged, SVC-15: one billing per {@link #category() category} — A paid after a
   * quote, B under the contract, C free under warranty, D internal.
   *
   * @return the billing
   */
  public Billing billing() {
    return billingOf(category());
  }

  /**
   * The billing of a category: A {@link Billing#PAID_AFTER_QUOTE}, B {@link Billing#CONTRACT}, C
   * {@link Billing#FREE_UNDER_WARRANTY}, D {@link Billing#INTERNAL}.
   *
   * @param category the category
   * @return its billing
   */
  public static Billing billingOf(ServiceCategory category) {
    switch (category) {
      case A:
        return Billing.PAID_AFTER_QUOTE;
      case B:
        return Billing.CONTRACT;
      case C:
        return Billing.FREE_UNDER_WARRANTY;
      default:
        return Billing.INTERNAL;
    }
  }

  /**
   * No warranty, no contract, a customer's job: category A.
   *
   * @return the entitlement
   */
  public static Entitlement none() {
    return builder().build();
  }

  /**
   * Under warranty until {@code lastDay}, no contract: category C.
   *
   * @param lastDay the last day of the warranty
   * @return the entitlement
   */
  public static Entitlement underWarrantyUntil(LocalDate lastDay) {
    return builder().warrantyUntil(lastDay).build();
  }

  /**
   * Under the maintenance contract {@code contract}: category B.
   *
   * @param contract the contract
   * @return the entitlement
   */
  public static Entitlement underContract(ContractId contract) {
    return builder().contract(contract).build();
  }

  /**
   * An internal job: category D.
   *
   * @return the entitlement
   */
  public static Entitlement internal() {
    return builder().internalJob(true).build();
  }

  /**
   * A builder, for combinations (a contract and a warranty) and for adapters that rebuild a
   * stored entitlement.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Entitlement}. */
  public static final class Builder extends ImmutableEntitlement.Builder {
    Builder() {}
  }
}
