package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.TextRules;

/**
 * An amount receivable held out of the receivable-recovery bonus because it is under complaint
 * (货款回收奖金扣除, PCB §13.2(3), CMP-17): when a complaint delays the collection of receivables,
 * accounting deducts the receivable of the part numbers on the complaint form (客户抱怨处理表所列
 * 料号之应收金额) when it computes the sales staff's bonus on their receivable-recovery rate.
 *
 * <p>The hold names the order and the part number and the amount; it excludes that amount while
 * the case is open and is released, with the instant, when the case closes. A host's bonus
 * calculation reads {@link #excludedAmount()} (or {@link #excludedTotal(Iterable, Currency)} over
 * a salesperson's holds); this value does no bonus arithmetic itself.
 *
 * <p>Immutable and thread-safe: {@link #release(Instant)} returns a new hold. A small value with an
 * optional part, so a final class rather than a record (decision 0010).
 */
public final class ReceivableHold {

  private final String orderNumber;
  private final String partNumber;
  private final Money amount;
  /** When the hold was released; null while it holds. */
  private final Instant releasedAt;

  private ReceivableHold(String orderNumber, String partNumber, Money amount,
      Instant releasedAt) {
    this.orderNumber = orderNumber;
    this.partNumber = partNumber;
    this.amount = amount;
    this.releasedAt = releasedAt;
  }

  /**
   * A hold on the receivable of one part number of an order, in force.
   *
   * @param orderNumber the order's number (订单编号), identifier text of 1 to
   *     {@value Identifier#MAX_LENGTH} code points
   * @param partNumber the part number (料号), identifier text of the same length
   * @param amount the receivable under complaint; more than zero
   * @return the hold, excluding {@code amount} from the bonus
   * @throws InvalidInputException if a number is not identifier text (path {@code orderNumber} or
   *     {@code partNumber}) or the amount is not positive (path {@code amount})
   */
  public static ReceivableHold of(String orderNumber, String partNumber, Money amount) {
    TextRules.requireIdentifierText("orderNumber", requireNonNull(orderNumber, "orderNumber"),
        Identifier.MAX_LENGTH);
    TextRules.requireIdentifierText("partNumber", requireNonNull(partNumber, "partNumber"),
        Identifier.MAX_LENGTH);
    requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw InvalidInputException.of("amount",
          MessageBundle.CORE.message("core.outcome.amountNotPositive"), amount);
    }
    return new ReceivableHold(orderNumber, partNumber, amount, null);
  }

  /**
   * The hold released when the case closes: the amount counts for the bonus again from
   * {@code at}.
   *
   * @param at when the case closed
   * @return a new, released hold
   * @throws InvalidInputException if the hold is already released (path {@code releasedAt})
   */
  public ReceivableHold release(Instant at) {
    requireNonNull(at, "at");
    if (releasedAt != null) {
      throw InvalidInputException.of("releasedAt", MessageBundle.CORE.message(
          "core.outcome.holdReleased", "releasedAt", releasedAt), at);
    }
    return new ReceivableHold(orderNumber, partNumber, amount, at);
  }

  /**
   * The sum a bonus calculation leaves out: the amounts of the holds still in force.
   *
   * @param holds the holds of one salesperson (or any set of holds)
   * @param currency the currency of the amounts
   * @return the sum of the amounts held, exact; zero if none holds
   * @throws InvalidInputException if an amount is in another currency
   */
  public static Money excludedTotal(Iterable<ReceivableHold> holds, Currency currency) {
    requireNonNull(holds, "holds");
    Money total = Money.zero(currency);
    for (ReceivableHold hold : holds) {
      total = total.plus(hold.excludedAmount());
    }
    return total;
  }

  /**
   * The order's number.
   *
   * @return the order number
   */
  public String orderNumber() {
    return orderNumber;
  }

  /**
   * The part number on the complaint form.
   *
   * @return the part number
   */
  public String partNumber() {
    return partNumber;
  }

  /**
   * The receivable under complaint.
   *
   * @return the amount, more than zero, whether or not the hold is released
   */
  public Money amount() {
    return amount;
  }

  /**
   * Whether the amount is excluded from the receivable-recovery bonus: while the hold is in force.
   *
   * @return true until released
   */
  public boolean isExcludedFromRecoveryBonus() {
    return releasedAt == null;
  }

  /**
   * The amount the bonus calculation leaves out.
   *
   * @return the amount while the hold is in force, zero in its currency once released
   */
  public Money excludedAmount() {
    return releasedAt == null ? amount : Money.zero(amount.currency());
  }

  /**
   * When the hold was released.
   *
   * @return the instant the case closed; empty while the hold is in force
   */
  public Optional<Instant> releasedAt() {
    return Optional.ofNullable(releasedAt);
  }

  /**
   * Equal if order, part number, amount and release instant are equal.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReceivableHold that
        && that.orderNumber.equals(orderNumber)
        && that.partNumber.equals(partNumber)
        && that.amount.equals(amount)
        && Objects.equals(that.releasedAt, releasedAt);
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(orderNumber, partNumber, amount, releasedAt);
  }

  /**
   * For logs, e.g. {@code hold SO-1/P-7 CNY 500.00 until released}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "hold " + orderNumber + "/" + partNumber + " " + amount
        + (releasedAt == null ? " in force" : " released " + releasedAt);
  }
}
