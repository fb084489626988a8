package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PartyAmount;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.function.Executable;

/**
 * The properties every correct {@link PenaltyAllocationPolicy} has (罚扣分摊的性质), PEN-02,
 * PEN-06 and PEN-09, as jqwik properties to run against your own policy and configuration:
 * extend this class in your test sources and return your policy.
 *
 * <pre>{@code
 * class OurAllocationProperties extends PenaltyAllocationProperties {
 *   @Override
 *   protected PenaltyAllocationPolicy policy() {
 *     return LargestRemainderAllocation.seed();           // or your own configuration
 *   }
 *
 *   @Override
 *   protected Arbitrary<PenaltyCase> cases() {               // optional: your organization
 *     return PenaltyArbitraries.in(Currency.getInstance("CNY")).cases(OurUnits.all());
 *   }
 * }
 * }</pre>
 *
 * <p>What is checked, for every generated case (positive, negative and zero amounts; persons and
 * units mixed; equal weights and equal base points, which make rounding ties):
 * <ol>
 *   <li>the parties' parts add up exactly to the amount, each party's split exactly to its part,
 *       with one part per share in the order of the shares;</li>
 *   <li>no part has the opposite sign of the amount;</li>
 *   <li>reordering the shares, or the members of a unit, gives every party and person the same
 *       amount;</li>
 *   <li>the negated amount is split as the exact negation, part by part;</li>
 *   <li>every part is within one minor unit of its exact proportional share, between the parties
 *       by weight and within a unit by base points (checked without division:
 *       {@code |part × W − amount × w| < W} in minor units);</li>
 *   <li>the result records the policy's algorithm version and the case, and allocating the
 *       recorded case again gives an equal result; one policy instance serving many cases gives
 *       each the result a fresh instance gives;</li>
 *   <li>each person's total is the sum of their amounts over all parties, and the totals are
 *       ordered by person ID;</li>
 *   <li>zero or negative weights and base points, all-zero inputs, cases without shares or with a
 *       party twice are refused with an {@link InvalidInputException} in English and Chinese (by
 *       the core values, before a policy sees them).</li>
 * </ol>
 *
 * <p><b>Assumptions</b> beyond the core Javadoc, which a policy may deviate from: a unit's split
 * may leave out members (they count as carrying zero), and {@link PenaltyAllocation#persons()}
 * may leave out persons whose total is zero; both only relax the checks.
 *
 * <p><b>Tries.</b> The properties fix no number of tries, so jqwik's configuration parameter
 * {@code jqwik.tries.default} (1000 unless configured, e.g. in {@code junit-platform.properties}
 * or Surefire's {@code configurationParameters}) decides; {@code @PropertyDefaults(tries = …)}
 * on your subclass overrides it for that class.
 */
public abstract class PenaltyAllocationProperties {

  private static final Currency CNY = Currency.getInstance("CNY");

  /** For subclasses. */
  protected PenaltyAllocationProperties() {}

  /**
   * The policy under test, configured as in production. Called at least once per try; it may
   * return a new instance each time or one shared instance.
   *
   * @return the policy
   */
  protected abstract PenaltyAllocationPolicy policy();

  /**
   * The cases to allocate. By default {@link PenaltyArbitraries#cases()} in CNY with the default
   * bounds; override to use another currency, other bounds or your own organization
   * ({@link PenaltyArbitraries#cases(java.util.Collection)}).
   *
   * @return the arbitrary of cases
   */
  protected Arbitrary<PenaltyCase> cases() {
    return PenaltyArbitraries.in(CNY).cases();
  }

  @Provide
  Arbitrary<PenaltyCase> penaltyCases() {
    return cases();
  }

  @Provide
  Arbitrary<Tuple2<PenaltyCase, PenaltyCase>> reorderedCases() {
    return cases().flatMap(c -> PenaltyArbitraries.reorderings(c).map(r -> Tuple.of(c, r)));
  }

  @Provide
  Arbitrary<List<PenaltyCase>> caseSequences() {
    return cases().list().ofMinSize(2).ofMaxSize(12);
  }

  @Provide
  Arbitrary<BigDecimal> notPositive() {
    return Arbitraries.integers().between(-3, 4).flatMap(scale ->
        Arbitraries.longs().between(-1_000_000, 0).map(unscaled -> BigDecimal.valueOf(unscaled,
            scale)));
  }

  // rule: PEN-02, PEN-06, PEN-09
  /**
   * The parties' parts add up exactly to the case's amount, and each party's split among its
   * people adds up exactly to its part; there is one part per share, in the order of the shares,
   * every amount is in the case's currency, and a split names only people of its party, each
   * once (a person party: exactly that person).
   *
   * @param penaltyCase a generated case
   */
  @Property
  void parts_add_up_exactly_to_the_amount_and_each_split_to_its_part(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyAllocation allocation = allocate(penaltyCase);

    Money total = zero(penaltyCase);
    for (int i = 0; i < penaltyCase.shares().size(); i++) {
      PartyAmount part = allocation.parties().get(i);
      total = total.plus(part.amount());
      assertEquals(part.amount(), Money.sum(amounts(part.members()), currency(penaltyCase)),
          () -> "the split of " + part.party().toString() + " does not add up to its part: " + part);
    }
    assertEquals(penaltyCase.amount(), total,
        () -> "the parties' parts do not add up to the amount: " + allocation.parties());
  }

  // rule: PEN-02, PEN-09
  /**
   * No part has the opposite sign of the case's amount, at either level: a positive amount gives
   * no negative part, a negative amount (a reversal) no positive part, and zero gives zero to
   * everyone.
   *
   * @param penaltyCase a generated case
   */
  @Property
  void no_part_has_the_opposite_sign_of_the_amount(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyAllocation allocation = allocate(penaltyCase);
    int sign = penaltyCase.amount().signum();

    for (PartyAmount part : allocation.parties()) {
      assertSameSignOrZero(sign, part.amount(), "the part of " + part.party().toString());
      for (PersonAmount member : part.members()) {
        assertSameSignOrZero(sign, member.amount(),
            "the amount of " + member.person() + " in " + part.party().toString());
      }
    }
    for (PersonAmount person : allocation.persons()) {
      assertSameSignOrZero(sign, person.amount(), "the total of " + person.person());
    }
  }

  // rule: PEN-02, PEN-09
  /**
   * The order of the input does not matter: allocating the case with its shares, and the
   * members of its units, in another order gives every party, every member within a party and
   * every person's total the same amount (rounding ties are broken by stable keys, not by
   * position).
   *
   * @param cases a generated case and a reordering of it
   */
  @Property
  void reordering_shares_and_members_gives_everyone_the_same_amount(
      @ForAll("reorderedCases") Tuple2<PenaltyCase, PenaltyCase> cases) {
    PenaltyAllocation original = allocate(cases.get1());
    PenaltyAllocation reordered = allocate(cases.get2());

    Map<String, PartyAmount> before = byParty(original);
    Map<String, PartyAmount> after = byParty(reordered);
    assertEquals(before.keySet(), after.keySet(), "the parties");
    for (Map.Entry<String, PartyAmount> party : before.entrySet()) {
      PartyAmount was = party.getValue();
      PartyAmount is = after.get(party.getKey());
      assertEquals(was.amount(), is.amount(),
          () -> "the part of " + party.getKey() + " changed with the order: " + was + " -> " + is);
      assertEquals(split(was), split(is),
          () -> "the split of " + party.getKey() + " changed with the order");
    }
    assertEquals(original.persons(), reordered.persons(),
        "the persons' totals changed with the order");
  }

  // rule: PEN-02, PEN-06, PEN-09
  /**
   * A reversal mirrors the original: allocating the negated amount with the same shares gives
   * every party, every member and every person exactly the negation of what the amount gives.
   *
   * @param penaltyCase a generated case
   */
  @Property
  void allocating_the_negated_amount_negates_every_part(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyCase negatedCase = PenaltyCase.builder().caseId(penaltyCase.caseId())
        .amount(penaltyCase.amount().negated()).addAllShares(penaltyCase.shares()).build();
    PenaltyAllocation allocation = allocate(penaltyCase);
    PenaltyAllocation negated = allocate(negatedCase);

    for (int i = 0; i < penaltyCase.shares().size(); i++) {
      PartyAmount part = allocation.parties().get(i);
      PartyAmount mirror = negated.parties().get(i);
      assertEquals(part.amount().negated(), mirror.amount(),
          () -> "the part of " + part.party().toString() + " is not negated: " + part + " / " + mirror);
      Map<PersonId, Money> split = split(part);
      Map<PersonId, Money> mirrorSplit = split(mirror);
      for (PersonId person : union(split.keySet(), mirrorSplit.keySet())) {
        assertEquals(split.getOrDefault(person, zero(penaltyCase)).negated(),
            mirrorSplit.getOrDefault(person, zero(penaltyCase)),
            () -> "the amount of " + person + " in " + part.party().toString() + " is not negated");
      }
    }
    for (PersonId person : personsOf(penaltyCase)) {
      assertEquals(allocation.amountFor(person).negated(), negated.amountFor(person),
          () -> "the total of " + person + " is not negated");
    }
  }

  // rule: PEN-02
  /**
   * Between the parties, every part is within one minor unit of its exact proportional share:
   * {@code |part − amount × w / W| < 1} minor unit, where {@code w} is the share's weight and
   * {@code W} the sum of the weights — checked exactly as {@code |part × W − amount × w| < W}.
   *
   * @param penaltyCase a generated case
   */
  @Property
  void each_part_is_within_one_minor_unit_of_its_share_by_weight(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyAllocation allocation = allocate(penaltyCase);
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (ResponsibilityShare share : penaltyCase.shares()) {
      totalWeight = totalWeight.add(share.weight());
    }
    BigDecimal amount = minor(penaltyCase.amount());

    for (int i = 0; i < penaltyCase.shares().size(); i++) {
      ResponsibilityShare share = penaltyCase.shares().get(i);
      Money part = allocation.parties().get(i).amount();
      assertWithinOneMinorUnit(minor(part), amount, share.weight(), totalWeight,
          "the part of " + share.party().toString() + " (weight " + share.weight().toPlainString()
              + " of " + totalWeight.toPlainString() + ", amount " + penaltyCase.amount() + ")",
          part);
    }
  }

  // rule: PEN-06, PEN-09
  /**
   * Within a unit, every member's amount is within one minor unit of their exact share by base
   * points: {@code |member part − unit part × bp / BP| < 1} minor unit, where {@code bp} are the
   * member's base points and {@code BP} the unit's total — checked exactly as
   * {@code |member part × BP − unit part × bp| < BP}. A person party carries its whole part.
   *
   * @param penaltyCase a generated case
   */
  @Property
  void each_member_is_within_one_minor_unit_of_their_share_by_base_points(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyAllocation allocation = allocate(penaltyCase);

    for (PartyAmount part : allocation.parties()) {
      Map<PersonId, Money> split = split(part);
      if (!(part.party() instanceof ResponsibleParty.Unit party)) {
        continue; // the whole part to the person: checked with the structure in allocate()
      }
      OrganizationUnit unit = party.unit();
      BigDecimal totalPoints = unit.totalBasePoints();
      for (Member member : unit.members()) {
        Money amount = split.getOrDefault(member.person(), zero(penaltyCase));
        assertWithinOneMinorUnit(minor(amount), minor(part.amount()),
            member.basePoints().value(), totalPoints,
            "the amount of " + member.person() + " in " + part.party().toString() + " (base points "
                + member.basePoints() + " of " + totalPoints.toPlainString() + ", unit's part "
                + part.amount() + ")",
            amount);
      }
    }
  }

  // rule: PEN-02, PEN-06, PEN-09
  /**
   * The result can be recomputed identically: it records the policy's
   * {@link PenaltyAllocationPolicy#algorithmVersion()} and the case as given, and allocating the
   * recorded case again gives an equal allocation.
   *
   * @param penaltyCase a generated case
   */
  @Property
  void the_result_records_version_and_input_and_recomputes_identically(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyAllocationPolicy policy = policy();
    PenaltyAllocation allocation = allocate(penaltyCase);

    assertEquals(policy.algorithmVersion(), allocation.algorithmVersion(), "algorithm version");
    assertFalse(allocation.algorithmVersion().isBlank(), "the algorithm version is blank");
    assertEquals(penaltyCase, allocation.input(), "the recorded input");
    assertEquals(allocation, policy.allocate(allocation.input()),
        "allocating the recorded input again");
  }

  // rule: PEN-02, PEN-06, PEN-09
  /**
   * One policy instance serving many cases — as in production — gives each case the allocation
   * that a fresh instance gives it, whatever it allocated before: going through the cases
   * forwards, then backwards. A policy may prepare and keep data per unit; the result must never
   * depend on it (the generated cases reuse unit IDs with other members, so a cache keyed by unit
   * ID alone is caught). Trivially true if {@link #policy()} returns one shared instance.
   *
   * @param cases generated cases, allocated one after the other
   */
  @Property
  void a_policy_serving_many_cases_allocates_each_as_a_fresh_one_would(
      @ForAll("caseSequences") List<PenaltyCase> cases) {
    PenaltyAllocationPolicy shared = policy();
    List<PenaltyAllocation> forwards = cases.stream().map(shared::allocate).toList();

    for (int i = cases.size() - 1; i >= 0; i--) {
      PenaltyCase penaltyCase = cases.get(i);
      PenaltyAllocation fresh = allocate(penaltyCase);
      int n = i;
      assertEquals(fresh, forwards.get(i),
          () -> "case " + n + " allocated after the cases before it differs from a fresh policy's");
      assertEquals(fresh, shared.allocate(penaltyCase),
          () -> "case " + n + " allocated again, going backwards, differs from a fresh policy's");
    }
  }

  // rule: PEN-06, PEN-09
  /**
   * Each person's total is the sum of their amounts over all parties (a person can be
   * responsible individually and as a member of one or more units); the totals are ordered by
   * person ID, name each person once and only persons of the case.
   *
   * @param penaltyCase a generated case
   */
  @Property
  void person_totals_are_the_sums_over_the_parties_ordered_by_person_id(
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    PenaltyAllocation allocation = allocate(penaltyCase);
    Set<PersonId> persons = personsOf(penaltyCase);

    Map<PersonId, Money> sums = new LinkedHashMap<>();
    for (PartyAmount part : allocation.parties()) {
      for (PersonAmount member : part.members()) {
        sums.merge(member.person(), member.amount(), Money::plus);
      }
    }
    PersonId previous = null;
    for (PersonAmount total : allocation.persons()) {
      assertTrue(persons.contains(total.person()),
          () -> total.person() + " has a total but is not in the case");
      if (previous != null && previous.compareTo(total.person()) >= 0) {
        fail("the persons are not strictly ordered by ID: " + previous + " before "
            + total.person() + " in " + allocation.persons());
      }
      previous = total.person();
    }
    for (PersonId person : persons) {
      assertEquals(sums.getOrDefault(person, zero(penaltyCase)), allocation.amountFor(person),
          () -> "the total of " + person + " is not the sum over the parties");
    }
  }

  // rule: PEN-02
  /**
   * A responsibility weight of zero or less (in any scale, {@code 0}, {@code 0.00},
   * {@code -0.5}) is refused when the share is made, with an {@link InvalidInputException} whose
   * violation is on {@code weight} and reads differently in English and Chinese.
   *
   * @param weight a weight of zero or less
   * @param penaltyCase a case whose first party is used
   */
  @Property
  void a_weight_of_zero_or_less_is_refused(@ForAll("notPositive") BigDecimal weight,
      @ForAll("penaltyCases") PenaltyCase penaltyCase) {
    ResponsibleParty party = penaltyCase.shares().get(0).party();
    assertRefused("weight", () -> new ResponsibilityShare(party, weight));
  }

  // rule: PEN-06, PEN-09
  /**
   * Base points of zero or less (in any scale) are refused with an {@link InvalidInputException}
   * whose violation is on {@code basePoints} and reads differently in English and Chinese.
   *
   * @param points base points of zero or less
   */
  @Property
  void base_points_of_zero_or_less_are_refused(@ForAll("notPositive") BigDecimal points) {
    assertRefused("basePoints", () -> BasePoints.of(points));
  }

  // rule: PEN-02
  /**
   * A case whose weights are all zero cannot be made: its shares are refused on {@code weight}.
   */
  @Example
  void a_case_whose_weights_are_all_zero_is_refused() {
    assertRefused("weight", () -> PenaltyCase.builder().caseId("261107")
        .amount(Money.parse("CNY 100.00"))
        .addShare(new ResponsibilityShare(person("E1"), BigDecimal.ZERO))
        .addShare(new ResponsibilityShare(person("E2"), new BigDecimal("0.00")))
        .build());
  }

  // rule: PEN-06, PEN-09
  /**
   * A unit whose members all have zero base points cannot be made: the base points are refused
   * on {@code basePoints}.
   */
  @Example
  void a_unit_whose_base_points_are_all_zero_is_refused() {
    assertRefused("basePoints", () -> OrganizationUnit.builder().id(UnitId.of("U1"))
        .level(UnitLevel.GROUP).kind(DepartmentKind.MANUFACTURING)
        .addMember(new Member(PersonId.of("E1"), BasePoints.of(BigDecimal.ZERO)))
        .addMember(new Member(PersonId.of("E2"), BasePoints.parse("0.0000")))
        .build());
    assertRefused("basePoints", () -> BasePoints.parse("-1.5"));
  }

  // rule: PEN-02
  /**
   * A case without shares, or with the same party twice, is refused on {@code shares}; a unit
   * without members on {@code members}.
   */
  @Example
  void a_case_without_shares_or_with_a_party_twice_and_a_unit_without_members_are_refused() {
    assertRefused("shares", () -> PenaltyCase.builder().caseId("261107")
        .amount(Money.parse("CNY 100.00")).build());
    assertRefused("shares", () -> PenaltyCase.builder().caseId("261107")
        .amount(Money.parse("CNY 100.00"))
        .addShare(ResponsibilityShare.whole(person("E1")))
        .addShare(new ResponsibilityShare(person("E1"), BigDecimal.TEN))
        .build());
    assertRefused("members", () -> OrganizationUnit.builder().id(UnitId.of("U1"))
        .level(UnitLevel.GROUP).kind(DepartmentKind.SALES).build());
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Allocates with {@link #policy()} and checks the result's shape against the case. */
  private PenaltyAllocation allocate(PenaltyCase penaltyCase) {
    PenaltyAllocation allocation = policy().allocate(penaltyCase);
    List<PartyAmount> parties = allocation.parties();
    assertEquals(penaltyCase.shares().size(), parties.size(),
        () -> "one part per share expected: " + parties);
    for (int i = 0; i < parties.size(); i++) {
      ResponsibleParty party = penaltyCase.shares().get(i).party();
      PartyAmount part = parties.get(i);
      assertEquals(party.toString(), part.party().toString(), "the parties must keep the shares' order");
      assertCurrency(penaltyCase, part.amount(), "the part of " + party.toString());
      Set<PersonId> people = peopleOf(party);
      Set<PersonId> seen = new LinkedHashSet<>();
      for (PersonAmount member : part.members()) {
        assertCurrency(penaltyCase, member.amount(), "the amount of " + member.person());
        assertTrue(people.contains(member.person()),
            () -> member.person() + " is in the split of " + party.toString() + " but not a member");
        assertTrue(seen.add(member.person()),
            () -> member.person() + " appears twice in the split of " + party.toString());
      }
      if (party instanceof ResponsibleParty.Person) {
        assertEquals(1, part.members().size(),
            () -> "a person party's split has exactly one entry: " + part);
        assertEquals(part.amount(), part.members().get(0).amount(),
            () -> "a person party carries its whole part: " + part);
      }
    }
    for (PersonAmount total : allocation.persons()) {
      assertCurrency(penaltyCase, total.amount(), "the total of " + total.person());
    }
    return allocation;
  }

  private static void assertWithinOneMinorUnit(BigDecimal part, BigDecimal whole, BigDecimal weight,
      BigDecimal totalWeight, String what, Money actual) {
    BigDecimal deviation = part.multiply(totalWeight).subtract(whole.multiply(weight)).abs();
    if (deviation.compareTo(totalWeight) >= 0) {
      fail(what + " is " + actual + ", one minor unit or more away from its exact share "
          + whole.multiply(weight).toPlainString() + "/" + totalWeight.toPlainString()
          + " minor units");
    }
  }

  private static void assertSameSignOrZero(int sign, Money amount, String what) {
    if (sign == 0 ? !amount.isZero() : amount.signum() == -sign) {
      fail(what + " is " + amount + ", against the sign of the case's amount (" + sign + ")");
    }
  }

  private static void assertCurrency(PenaltyCase penaltyCase, Money amount, String what) {
    assertEquals(currency(penaltyCase), amount.currency(), () -> what + " is in another currency");
  }

  /**
   * Asserts that {@code build} is refused with an {@link InvalidInputException} with a violation
   * on {@code path}, whose English and Chinese texts are not blank and differ.
   */
  private static void assertRefused(String path, Executable build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build,
        () -> "expected a refusal on " + path);
    Violation violation = e.violations().stream().filter(v -> v.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no violation on " + path + ": " + e.violations()));
    assertBilingual(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertBilingual(violation.render(Locale.ENGLISH), violation.render(Locale.SIMPLIFIED_CHINESE));
    assertBilingual(violation.message().english(), violation.message().chinese());
  }

  private static void assertBilingual(String english, String chinese) {
    assertFalse(english.isBlank(), "the English message is blank");
    assertFalse(chinese.isBlank(), "the Chinese message is blank");
    assertNotEquals(english, chinese, "the Chinese message is the English one");
  }

  private static ResponsibleParty person(String id) {
    return new ResponsibleParty.Person(PersonId.of(id));
  }

  private static Set<PersonId> peopleOf(ResponsibleParty party) {
    Set<PersonId> people = new LinkedHashSet<>();
    if (party instanceof ResponsibleParty.Person person) {
      people.add(person.person());
    } else if (party instanceof ResponsibleParty.Unit unit) {
      for (Member member : unit.unit().members()) {
        people.add(member.person());
      }
    }
    return people;
  }

  private static Set<PersonId> personsOf(PenaltyCase penaltyCase) {
    Set<PersonId> persons = new LinkedHashSet<>();
    for (ResponsibilityShare share : penaltyCase.shares()) {
      persons.addAll(peopleOf(share.party()));
    }
    return persons;
  }

  private static Map<String, PartyAmount> byParty(PenaltyAllocation allocation) {
    Map<String, PartyAmount> parts = new LinkedHashMap<>();
    for (PartyAmount part : allocation.parties()) {
      parts.put(part.party().toString(), part);
    }
    return parts;
  }

  private static Map<PersonId, Money> split(PartyAmount part) {
    Map<PersonId, Money> split = new LinkedHashMap<>();
    for (PersonAmount member : part.members()) {
      split.put(member.person(), member.amount());
    }
    return split;
  }

  private static Set<PersonId> union(Set<PersonId> a, Set<PersonId> b) {
    Set<PersonId> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Money> amounts(List<PersonAmount> amounts) {
    return amounts.stream().map(PersonAmount::amount).toList();
  }

  private static BigDecimal minor(Money amount) {
    return new BigDecimal(amount.minorUnitsExact());
  }

  private static Currency currency(PenaltyCase penaltyCase) {
    return penaltyCase.amount().currency();
  }

  private static Money zero(PenaltyCase penaltyCase) {
    return Money.zero(currency(penaltyCase));
  }
}
