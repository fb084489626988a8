package org.aftersales.core.penalty;

import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * How a case was allocated (罚扣分摊结果): the parts of the parties, the split within each, and
 * the total per person, together with the algorithm version and the inputs, so that the same
 * allocation can be recomputed identically later ({@code policy.allocate(a.input())} equals
 * {@code a} for a policy of the same {@link #algorithmVersion()}).
 *
 * <p>Guarantees of every allocation: the parties' parts add up exactly to the case's amount, and
 * each party's split adds up exactly to its part.
 */
@Value.Immutable
@DomainValueStyle
public abstract class PenaltyAllocation {

  PenaltyAllocation() {}

  /**
   * The name and version of the algorithm that computed it, e.g.
   * {@code "largest-remainder-by-key/1"}.
   *
   * @return the version
   */
  @Value.Parameter
  public abstract String algorithmVersion();

  /**
   * The case as allocated.
   *
   * @return the input
   */
  @Value.Parameter
  public abstract PenaltyCase input();

  /**
   * The parties' parts and splits, in the order of the case's shares.
   *
   * @return one entry per share
   */
  @Value.Parameter
  public abstract List<PartyAmount> parties();

  /**
   * The total per person over all parties (a person may be responsible individually and as a
   * member of a unit), ordered by person ID.
   *
   * @return one entry per person
   */
  @Value.Parameter
  public abstract List<PersonAmount> persons();

  /**
   * The total of one person.
   *
   * @param person the person
   * @return their total; zero if they carry none of the case
   */
  public Money amountFor(PersonId person) {
    for (PersonAmount p : persons()) {
      if (p.person().equals(person)) {
        return p.amount();
      }
    }
    return Money.zero(input().amount().currency());
  }

  /**
   * An allocation from finished lists, for policies; lists that are already immutable Guava
   * lists are taken without copying.
   *
   * @param algorithmVersion the policy's algorithm version
   * @param input the case
   * @param parties one entry per share, in the case's order
   * @param persons one entry per person, ordered by person ID
   * @return the allocation
   */
  public static PenaltyAllocation of(String algorithmVersion, PenaltyCase input,
      List<PartyAmount> parties, List<PersonAmount> persons) {
    return ImmutablePenaltyAllocation.of(algorithmVersion, input, parties, persons);
  }

  /**
   * A builder, for policies and for rebuilding a stored allocation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PenaltyAllocation}. */
  public static final class Builder extends ImmutablePenaltyAllocation.Builder {
    Builder() {}
  }
}
