package org.aftersales.core.penalty;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * One case to allocate (罚扣案件), PEN-07: each case is computed separately. The amount (usually
 * the loss of {@link LossBasisPolicy}) and who is responsible, with weights.
 *
 * <p>The amount may be negative — the reversal of an earlier allocation — and is then split as the
 * exact negation of the positive amount. Invariants: the amount in minor units fits in a
 * {@code long} (less than 2<sup>63</sup> minor units, about 9.2 × 10<sup>16</sup> yuan), so that
 * an allocation computes on whole numbers of minor units; at least one share; no party twice (the
 * same person, or units with the same ID).
 *
 * <pre>{@code
 * PenaltyCase c = PenaltyCase.builder()
 *     .caseId("261107")
 *     .amount(Money.parse("CNY 10000.00"))
 *     .addShares(new ResponsibilityShare(new ResponsibleParty.Unit(pressGroup), new BigDecimal("60")))
 *     .addShares(new ResponsibilityShare(new ResponsibleParty.Person(qaInspector), new BigDecimal("40")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainValueStyle
public abstract class PenaltyCase {

  PenaltyCase() {}

  /**
   * The case's reference: the complaint number's text for a complaint case (e.g. {@code 261107},
   * see {@link Builder#caseId(DocumentNumber)}), or the host's own reference for any other case (a
   * fine, a reversal). A text rather than a {@link DocumentNumber}, because not every case is a
   * complaint (decision 0011).
   *
   * @return the reference, not blank
   */
  public abstract String caseId();

  /**
   * The amount to allocate.
   *
   * @return the amount; negative for a reversal
   */
  public abstract Money amount();

  /**
   * Who is responsible, with weights, in the order given.
   *
   * @return the shares, at least one
   */
  public abstract List<ResponsibilityShare> shares();

  @Value.Check
  void check() {
    PenaltyChecks.caseId(caseId());
    if (amount().minorUnitsExact().abs().bitLength() > Long.SIZE - 1) {
      throw InvalidInputException.of("amount",
          PenaltyChecks.message("core.penalty.amountTooLarge"), amount());
    }
    if (shares().isEmpty()) {
      throw InvalidInputException.of("shares", PenaltyChecks.message("core.penalty.noShares"));
    }
    // The same person, or units with the same ID, by the parties' own order.
    Set<ResponsibleParty> parties = new TreeSet<>();
    for (ResponsibilityShare s : shares()) {
      if (!parties.add(s.party())) {
        throw InvalidInputException.of("shares", PenaltyChecks.message(
            "core.penalty.partyTwice"), s.party());
      }
    }
  }

  /**
   * A builder; {@code caseId}, {@code amount} and at least one share are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PenaltyCase}. */
  public static final class Builder extends ImmutablePenaltyCase.Builder {
    Builder() {}

    /**
     * The complaint number as the case's reference: its text, e.g. {@code 261107}.
     *
     * @param complaintNumber the complaint's number
     * @return this builder
     */
    public Builder caseId(DocumentNumber complaintNumber) {
      caseId(complaintNumber.text());
      return this;
    }
  }
}
