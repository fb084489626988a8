package org.aftersales.core.penalty;

import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * A person's penalty account (个人罚扣账户): the cases not yet fully deducted, the totals so far,
 * and the last month settled. Immutable; {@link DeductionPolicy} returns the next state.
 *
 * <p>Invariants, checked on every instance: total assessed = total deducted + total written off +
 * outstanding, with no amount negative; every open item in the account's currency, with something
 * outstanding, each case once; a closed account has no open items. The account keeps only the
 * cases still open: guarding against assessing a fully paid case again is the host's case
 * registry's job. The order of {@link #openItems()} is the deduction order — persist it.
 */
@Value.Immutable
@DomainValueStyle
public abstract class PenaltyAccount {

  PenaltyAccount() {}

  /**
   * Whose account it is.
   *
   * @return the person
   */
  public abstract PersonId person();

  /**
   * The currency of every amount in the account.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The cases not yet fully deducted, oldest first.
   *
   * @return the open items
   */
  public abstract List<OpenItem> openItems();

  /**
   * Everything ever assessed to the account.
   *
   * @return the total
   */
  public abstract Money totalAssessed();

  /**
   * Everything ever deducted.
   *
   * @return the total
   */
  public abstract Money totalDeducted();

  /**
   * Everything written off (at departure).
   *
   * @return the total
   */
  public abstract Money totalWrittenOff();

  /**
   * The last month settled.
   *
   * @return the month, or empty for a new account
   */
  public abstract Optional<YearMonth> lastSettled();

  /**
   * Whether the person has left and the account is closed.
   *
   * @return true once closed; no month can be settled afterwards
   */
  @Value.Default
  public boolean closed() {
    return false;
  }

  /**
   * What remains to be deducted, carried into the following months.
   *
   * @return the sum of the open items' outstanding amounts
   */
  public Money outstanding() {
    Money total = Money.zero(currency());
    for (OpenItem item : openItems()) {
      total = total.plus(item.outstanding());
    }
    return total;
  }

  @Value.Check
  void check() {
    Set<String> cases = new HashSet<>();
    for (OpenItem item : openItems()) {
      if (!item.assessed().currency().equals(currency())) {
        PenaltyChecks.sameCurrency("openItems", Money.zero(currency()), item.assessed());
      }
      if (!item.outstanding().isPositive()) {
        throw InvalidInputException.of("openItems",
            PenaltyChecks.message("core.penalty.itemNotOpen"), item.caseId());
      }
      if (!cases.add(item.caseId())) {
        throw InvalidInputException.of("openItems",
            PenaltyChecks.message("core.penalty.caseTwice"), item.caseId());
      }
    }
    if (closed() && !openItems().isEmpty()) {
      throw InvalidInputException.of("openItems",
          PenaltyChecks.message("core.penalty.closedWithOpenItems"), openItems().size());
    }
    PenaltyChecks.notNegative("totalAssessed", totalAssessed());
    PenaltyChecks.notNegative("totalDeducted", totalDeducted());
    PenaltyChecks.notNegative("totalWrittenOff", totalWrittenOff());
    Money accounted = totalDeducted().plus(totalWrittenOff()).plus(outstanding());
    if (accounted.compareTo(totalAssessed()) != 0) {
      throw InvalidInputException.of("totalAssessed", PenaltyChecks.message(
          "core.penalty.accountUnbalanced", "accounted", accounted), totalAssessed());
    }
  }

  /**
   * A new, empty account.
   *
   * @param person whose account it is
   * @param currency the currency of its amounts
   * @return the account
   */
  public static PenaltyAccount open(PersonId person, Currency currency) {
    Money zero = Money.zero(currency);
    return builder().person(person).currency(currency).totalAssessed(zero).totalDeducted(zero)
        .totalWrittenOff(zero).build();
  }

  /**
   * A builder, for policies and for rebuilding a stored account.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PenaltyAccount}. */
  public static final class Builder extends ImmutablePenaltyAccount.Builder {
    Builder() {}
  }
}
