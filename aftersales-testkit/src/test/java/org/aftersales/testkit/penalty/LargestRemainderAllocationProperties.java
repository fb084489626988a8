package org.aftersales.testkit.penalty;

import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.PropertyDefaults;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.rules.penalty.LargestRemainderAllocation;

/**
 * The allocation properties against the rules module's largest-remainder allocation: with the
 * default cases (CNY), and in two groups, over a fixed organization in yen and with extreme
 * amounts and weights.
 */
class LargestRemainderAllocationProperties extends PenaltyAllocationProperties {

  @Override
  protected PenaltyAllocationPolicy policy() {
    return LargestRemainderAllocation.seed();
  }

  /** As an adopter would bind the properties to its own organization and currency. */
  @Group
  class OverAFixedOrganizationInYen extends PenaltyAllocationProperties {

    private final List<OrganizationUnit> organization = List.of(
        unit("PRESS-1", UnitLevel.GROUP, "E100:1.2", "E101:1", "E102:0.8"),
        unit("PRESS", UnitLevel.SECTION, "E100:1.2", "E101:1", "E102:0.8", "E103:1", "E104:2.5"),
        unit("QA", UnitLevel.GROUP, "E102:1", "E200:1", "E201:1"),
        unit("SALES-N", UnitLevel.DEPARTMENT, "E300:3.3333", "E301:0.0001"));

    @Override
    protected PenaltyAllocationPolicy policy() {
      return LargestRemainderAllocation.seed();
    }

    @Override
    protected Arbitrary<PenaltyCase> cases() {
      return PenaltyArbitraries.builder().currency(Currency.getInstance("JPY"))
          .maxAmountMinorUnits(2_000_000).build().cases(organization);
    }
  }

  /**
   * Amounts up to 10^15 minor units, weights up to 10^9, base points up to 10^6, up to 20 members
   * and 6 shares: products beyond 64 bits. Larger cases take longer, hence 300 tries.
   */
  @Group
  @PropertyDefaults(tries = 300)
  class WithExtremeAmountsAndWeights extends PenaltyAllocationProperties {

    @Override
    protected PenaltyAllocationPolicy policy() {
      return LargestRemainderAllocation.seed();
    }

    @Override
    protected Arbitrary<PenaltyCase> cases() {
      return PenaltyArbitraries.builder().currency(Currency.getInstance("KWD")).maxShares(6)
          .maxMembers(20).maxAmountMinorUnits(1_000_000_000_000_000L).maxWeight(1_000_000_000L)
          .maxBasePoints(BasePoints.MAX).build().cases();
    }
  }

  private static OrganizationUnit unit(String id, UnitLevel level, String... membersAndPoints) {
    OrganizationUnit.Builder unit =
        OrganizationUnit.builder().id(UnitId.of(id)).level(level).kind(DepartmentKind.MANUFACTURING);
    for (String m : membersAndPoints) {
      String[] parts = m.split(":");
      unit.addMember(new Member(PersonId.of(parts[0]), BasePoints.parse(parts[1])));
    }
    return unit.build();
  }
}
