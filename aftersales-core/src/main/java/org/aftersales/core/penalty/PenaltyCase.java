package org.aftersales.core.penalty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * One case to allocate (罚扣案件), PEN-07: each case is computed separately. The amount (usually
 * the loss of {@link LossBasisPolicy}) and who is responsible, with weights.
 *
 * <p>The amount may be negative — the reversal of an earlier allocation — and is then split as the
 * exact negation of the positive amount. Invariants: at least one share; no party twice.
 *
 * <pre>{@code
 * PenaltyCase c = PenaltyCase.builder()
 *     .caseId("2611-07")
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
   * The case's reference, e.g. the complaint number {@code 2611-07}.
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
    if (caseId().isBlank()) {
      throw InvalidInputException.of("caseId", PenaltyChecks.message("core.identifier.blank"),
          caseId());
    }
    if (shares().isEmpty()) {
      throw InvalidInputException.of("shares", PenaltyChecks.message("core.penalty.noShares"));
    }
    Set<String> parties = new HashSet<>();
    for (ResponsibilityShare s : shares()) {
      if (!parties.add(s.party().key())) {
        throw InvalidInputException.of("shares", PenaltyChecks.message(
            "core.penalty.partyTwice"), s.party().key());
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
  }
}
