package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.AllocationFixtures.assertExactAndClose;
import static org.aftersales.rules.penalty.AllocationFixtures.penaltyCase;
import static org.aftersales.rules.penalty.AllocationFixtures.randomShares;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.penalty.PartyAmount;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;

/**
 * Invariants of {@link LargestRemainderAllocation} over random cases: one to four parties
 * (persons, and units of up to 25 members, often sharing people), weights and base points of 0 to
 * 4 decimals (often equal, so that remainders tie), amounts from one minor unit to 25 digits (jqwik
 * edge cases included), in CNY (2 decimals), JPY (0) and KWD (3). The testkit has reusable
 * properties against the policy interface; these are the module's own.
 *
 * <p>// rule: PEN-02, PEN-06, PEN-09
 */
class AllocationProperties {

  static final LargestRemainderAllocation POLICY = LargestRemainderAllocation.seed();
  static final List<Currency> CURRENCIES = List.of(Currency.getInstance("CNY"),
      Currency.getInstance("JPY"), Currency.getInstance("KWD"));

  @Provide
  Arbitrary<PenaltyCase> cases() {
    Arbitrary<BigInteger> minorUnits = Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
            .map(BigInteger::valueOf),
        Arbitraries.longs().between(-99, 99).map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-Long.MAX_VALUE),
            BigInteger.valueOf(Long.MAX_VALUE)));
    return Combinators.combine(minorUnits, Arbitraries.of(CURRENCIES),
        Arbitraries.longs(), Arbitraries.integers().between(1, 25))
        .as((minor, currency, seed, maxMembers) -> penaltyCase(
            Money.of(new BigDecimal(minor, currency.getDefaultFractionDigits()), currency),
            randomShares(new SplittableRandom(seed), maxMembers)));
  }

  @Property(tries = 300)
  void both_levels_add_up_and_every_part_is_within_one_minor_unit_of_its_exact_share(
      @ForAll("cases") PenaltyCase c) {
    // rule: PEN-02, PEN-06, PEN-09
    assertExactAndClose(POLICY.allocate(c));
  }

  @Property(tries = 200)
  void a_reversal_is_the_exact_negation_person_by_person_and_party_by_party(
      @ForAll("cases") PenaltyCase c) {
    // rule: PEN-02, PEN-06
    PenaltyAllocation a = POLICY.allocate(c);
    PenaltyAllocation r = POLICY.allocate(penaltyCase(c.amount().negated(), c.shares()));
    for (int i = 0; i < a.persons().size(); i++) {
      assertEquals(a.persons().get(i).person(), r.persons().get(i).person());
      assertEquals(a.persons().get(i).amount().negated(), r.persons().get(i).amount());
    }
    for (int p = 0; p < a.parties().size(); p++) {
      assertEquals(a.parties().get(p).amount().negated(), r.parties().get(p).amount());
      for (int m = 0; m < a.parties().get(p).members().size(); m++) {
        assertEquals(a.parties().get(p).members().get(m).amount().negated(),
            r.parties().get(p).members().get(m).amount());
      }
    }
  }

  @Property(tries = 200)
  void permuting_the_shares_and_the_members_permutes_the_result_identically(
      @ForAll("cases") PenaltyCase c, @ForAll long shuffleSeed) {
    // rule: PEN-02, PEN-06, PEN-09
    Random random = new Random(shuffleSeed);
    List<ResponsibilityShare> shuffled = new ArrayList<>();
    for (ResponsibilityShare s : c.shares()) {
      ResponsibleParty party = s.party();
      if (party instanceof ResponsibleParty.Unit) {
        OrganizationUnit unit = ((ResponsibleParty.Unit) party).unit();
        List<Member> members = new ArrayList<>(unit.members());
        Collections.shuffle(members, random);
        party = new ResponsibleParty.Unit(AllocationFixtures.unit(unit.id().value(),
            unit.level(), unit.kind(), members.toArray(new Member[0])));
      }
      shuffled.add(new ResponsibilityShare(party, s.weight()));
    }
    Collections.shuffle(shuffled, random);
    PenaltyAllocation a = POLICY.allocate(c);
    PenaltyAllocation b = POLICY.allocate(penaltyCase(c.amount(), shuffled));
    assertEquals(a.persons(), b.persons());
    assertEquals(byParty(a), byParty(b));
  }

  /** Party key → (party amount, member amounts by person ID). */
  static Map<String, List<Object>> byParty(PenaltyAllocation a) {
    Map<String, List<Object>> result = new HashMap<>();
    for (PartyAmount p : a.parties()) {
      Map<String, Money> members = new HashMap<>();
      for (PersonAmount m : p.members()) {
        members.put(m.person().value(), m.amount());
      }
      result.put(p.party().toString(), List.of(p.amount(), members));
    }
    return result;
  }

  @Property(tries = 200)
  void allocating_the_recorded_input_again_gives_an_equal_allocation(
      @ForAll("cases") PenaltyCase c) {
    // rule: PEN-02, PEN-06
    PenaltyAllocation a = POLICY.allocate(c);
    assertEquals(LargestRemainderAllocation.ALGORITHM_VERSION, a.algorithmVersion());
    assertEquals(a, POLICY.allocate(a.input()));
    assertEquals(a, LargestRemainderAllocation.seed().allocate(a.input()));
  }

  @Property(tries = 300)
  void the_long_split_agrees_with_the_big_integer_split_for_any_part_and_base_points(
      @ForAll long seed, @ForAll @LongRange(min = 0) long part) {
    // rule: PEN-06, PEN-09
    SplittableRandom random = new SplittableRandom(seed);
    int count = 1 + random.nextInt(30);
    long[] weights = new long[count];
    BigInteger[] wide = new BigInteger[count];
    for (int i = 0; i < count; i++) {
      weights[i] = 1 + random.nextLong(random.nextBoolean() ? 40_000 : 10_000_000_000L);
      wide[i] = BigInteger.valueOf(weights[i]);
    }
    LargestRemainder.TieOrder byIndex = position -> position;
    for (long p : new long[] {part, part % 1_000_000_000L, part % 1000}) {
      long[] split = LargestRemainder.split(p, weights, byIndex);
      long[] reference = LargestRemainder.splitWide(p, wide, byIndex);
      for (int i = 0; i < count; i++) {
        assertEquals(reference[i], split[i], "part " + p + ", member " + i);
      }
    }
  }
}
