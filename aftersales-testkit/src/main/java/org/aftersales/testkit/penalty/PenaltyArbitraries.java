package org.aftersales.testkit.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.testkit.arbitraries.SharedArbitraries;

/**
 * jqwik arbitraries for penalties (罚扣): organization units with members and base points,
 * penalty cases with responsibility shares, and histories of monthly bonuses and assessments for
 * one person. An instance holds the bounds (currency, sizes, amounts); each method returns a fresh
 * arbitrary within them.
 *
 * <pre>{@code
 * PenaltyArbitraries.in(Currency.getInstance("CNY")).cases();          // the defaults, in CNY
 * PenaltyArbitraries.builder()
 *     .currency(Currency.getInstance("JPY"))
 *     .maxMembers(12)
 *     .maxAmountMinorUnits(5_000_000)
 *     .build()
 *     .cases();
 * }</pre>
 *
 * <p>The values are built only with jqwik's combinators, so they shrink: lists get shorter,
 * amounts move towards zero, weights and base points towards 1, permutations towards the original
 * order. Edge cases come often on purpose: amounts of zero and of one minor unit (positive and
 * negative), small amounts that no member count divides, equal weights and equal base points (which
 * make rounding ties), persons who are responsible both on their own and as members of a unit, a
 * person in two units, months without bonus or without assessments.
 *
 * <p>Person IDs are {@code E1}, {@code E2}, … {@code E}<i>n</i> (n = {@link #personPool()}), so
 * that their text order ({@code E10} before {@code E2}) differs from their numeric order; unit IDs
 * are {@code U1}, {@code U2}, …. Instances are immutable and thread-safe.
 */
public final class PenaltyArbitraries {

  /** The earliest month of a generated history. */
  private static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);
  /** How many months after {@link #FIRST_MONTH} a history may start. */
  private static final int START_MONTHS = 16 * 12;
  /** The most decimal places of a generated weight. */
  private static final int WEIGHT_DECIMALS = 2;
  /** Amounts up to this many minor units count as small (rounding remainders and ties). */
  private static final long SMALL = 100;

  private final Currency currency;
  private final int maxShares;
  private final int maxMembers;
  private final int personPool;
  private final int unitPool;
  private final long maxAmountMinorUnits;
  private final long maxWeight;
  private final long maxBasePoints;
  private final int maxMonths;
  private final long maxBonusMinorUnits;
  private final long maxAssessmentMinorUnits;
  private final int maxAssessmentsPerMonth;

  private PenaltyArbitraries(Builder b) {
    this.currency = b.currency;
    this.maxShares = b.maxShares;
    this.maxMembers = b.maxMembers;
    this.personPool = b.personPool.orElse(b.maxMembers + 4);
    this.unitPool = b.maxShares + 2;
    this.maxAmountMinorUnits = b.maxAmountMinorUnits;
    this.maxWeight = b.maxWeight;
    this.maxBasePoints = b.maxBasePoints;
    this.maxMonths = b.maxMonths;
    this.maxBonusMinorUnits = b.maxBonusMinorUnits;
    this.maxAssessmentMinorUnits = b.maxAssessmentMinorUnits;
    this.maxAssessmentsPerMonth = b.maxAssessmentsPerMonth;
    if (personPool < maxMembers) {
      throw new IllegalArgumentException("personPool " + personPool + " < maxMembers "
          + maxMembers + ": a unit's members must be distinct persons");
    }
    Money.zero(currency); // refuses a currency without a minor unit
  }

  /**
   * The default bounds in {@code currency}: up to 4 shares, units of up to 6 members drawn from 10
   * persons, case amounts up to 100 000 major units (10 000 000 minor units) either way, weights up
   * to 100 with up to 2 decimals, base points up to 10 with up to 4 decimals, histories of up to
   * 12 months with bonuses up to 2 000 000 minor units and up to 3 assessments a month of up to
   * 3 000 000 minor units each.
   *
   * @param currency the currency of every amount; must have a minor unit
   * @return the arbitraries
   */
  public static PenaltyArbitraries in(Currency currency) {
    return builder().currency(currency).build();
  }

  /**
   * A builder with the default bounds of {@link #in(Currency)} in CNY.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The currency of every generated amount.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The most shares (responsible parties) of a case.
   *
   * @return at least 1
   */
  public int maxShares() {
    return maxShares;
  }

  /**
   * The most members of a unit.
   *
   * @return at least 1
   */
  public int maxMembers() {
    return maxMembers;
  }

  /**
   * How many distinct persons the generated units and person parties draw from; small, so that
   * the same person often appears in several parties.
   *
   * @return at least {@link #maxMembers()}
   */
  public int personPool() {
    return personPool;
  }

  /**
   * The largest case amount either way, in minor units.
   *
   * @return at least 1
   */
  public long maxAmountMinorUnits() {
    return maxAmountMinorUnits;
  }

  /**
   * The largest responsibility weight.
   *
   * @return at least 1
   */
  public long maxWeight() {
    return maxWeight;
  }

  /**
   * The largest base points of a member.
   *
   * @return 1 to {@link BasePoints#MAX}
   */
  public long maxBasePoints() {
    return maxBasePoints;
  }

  /**
   * The most months of a history.
   *
   * @return at least 1
   */
  public int maxMonths() {
    return maxMonths;
  }

  /**
   * The largest monthly bonus, in minor units.
   *
   * @return at least 1
   */
  public long maxBonusMinorUnits() {
    return maxBonusMinorUnits;
  }

  /**
   * The largest assessment, in minor units.
   *
   * @return at least 1
   */
  public long maxAssessmentMinorUnits() {
    return maxAssessmentMinorUnits;
  }

  /**
   * The most assessments in one month.
   *
   * @return 0 or more
   */
  public int maxAssessmentsPerMonth() {
    return maxAssessmentsPerMonth;
  }

  // --- organization ---------------------------------------------------------------------------

  /**
   * Person IDs {@code E1} to {@code E}<i>n</i>, n = {@link #personPool()}; shrinks towards
   * {@code E1}.
   *
   * @return the arbitrary
   */
  public Arbitrary<PersonId> persons() {
    return Arbitraries.integers().between(1, personPool).map(i -> PersonId.of("E" + i));
  }

  /**
   * Base points from the smallest positive value up to {@link #maxBasePoints()}, with 0 to
   * {@link BasePoints#MAX_DECIMALS} decimal places ({@code 3}, {@code 1.5}, {@code 0.0001},
   * {@code 7.1234}); shrinks towards whole numbers and 1.
   *
   * @return the arbitrary
   */
  public Arbitrary<BasePoints> basePoints() {
    return Arbitraries.integers().between(0, BasePoints.MAX_DECIMALS).flatMap(scale ->
        Arbitraries.longs().between(1, maxBasePoints * BigDecimal.TEN.pow(scale).longValueExact())
            .map(unscaled -> BasePoints.of(BigDecimal.valueOf(unscaled, scale))));
  }

  /**
   * Organization units: an ID {@code U1} … , any level and department kind, 1 to
   * {@link #maxMembers()} distinct members with random base points (in about a quarter of the
   * units all members have equal base points, which makes rounding ties) and, in about half of
   * them, a lead who is one of the members.
   *
   * @return the arbitrary
   */
  public Arbitrary<OrganizationUnit> units() {
    Arbitrary<UnitId> ids = Arbitraries.integers().between(1, unitPool).map(i -> UnitId.of("U" + i));
    Arbitrary<List<PersonId>> people =
        persons().list().ofMinSize(1).ofMaxSize(maxMembers).uniqueElements();
    Arbitrary<List<BasePoints>> points = basePoints().list().ofSize(maxMembers);
    Arbitrary<Boolean> equalPoints = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
    Arbitrary<Optional<Integer>> lead =
        Arbitraries.integers().between(0, maxMembers - 1).optional(0.5);
    return Combinators.combine(ids, Arbitraries.of(UnitLevel.class),
            Arbitraries.of(DepartmentKind.class), people, points, equalPoints, lead)
        .as((id, level, kind, persons, basePoints, equal, leadIndex) -> {
          OrganizationUnit.Builder unit = OrganizationUnit.builder().id(id).level(level).kind(kind);
          for (int i = 0; i < persons.size(); i++) {
            unit.addMember(new Member(persons.get(i), basePoints.get(equal ? 0 : i)));
          }
          leadIndex.ifPresent(i -> unit.lead(persons.get(i % persons.size())));
          return unit.build();
        });
  }

  /**
   * Responsible parties: a person of the pool, or a unit of {@link #units()}, about equally
   * often.
   *
   * @return the arbitrary
   */
  public Arbitrary<ResponsibleParty> parties() {
    return Arbitraries.oneOf(
        persons().<ResponsibleParty>map(ResponsibleParty.Person::new),
        units().<ResponsibleParty>map(ResponsibleParty.Unit::new));
  }

  // --- cases ----------------------------------------------------------------------------------

  /**
   * Responsibility weights from the smallest positive value up to {@link #maxWeight()}, with 0 to
   * 2 decimal places ({@code 60}, {@code 0.4}, {@code 33.33}); the scale is kept as generated
   * ({@code 2.50} stays {@code 2.50}).
   *
   * @return the arbitrary
   */
  public Arbitrary<BigDecimal> weights() {
    return Arbitraries.integers().between(0, WEIGHT_DECIMALS).flatMap(scale ->
        Arbitraries.longs().between(1, maxWeight * BigDecimal.TEN.pow(scale).longValueExact())
            .map(unscaled -> BigDecimal.valueOf(unscaled, scale)));
  }

  /**
   * Case amounts in {@link #currency()}: positive, negative (reversals) and zero, up to
   * {@link #maxAmountMinorUnits()} either way; small amounts (up to 100 minor units, which few
   * member counts divide) and exactly zero or one minor unit either way come often.
   *
   * @return the arbitrary
   */
  public Arbitrary<Money> caseAmounts() {
    long max = maxAmountMinorUnits;
    long small = Math.min(max, SMALL);
    return Arbitraries.frequencyOf(
        Tuple.of(6, SharedArbitraries.money(currency, -max, max)),
        Tuple.of(3, SharedArbitraries.money(currency, -small, small)),
        Tuple.of(1, Arbitraries.of(Money.ofMinor(1, currency), Money.ofMinor(-1, currency),
            Money.zero(currency))));
  }

  /**
   * Case references in the form of complaint numbers (年月流水), {@code 261107}.
   *
   * @return the arbitrary
   */
  public Arbitrary<String> caseIds() {
    return Combinators.combine(Arbitraries.integers().between(20, 35),
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 99))
        .as((year, month, serial) -> twoDigits(year) + twoDigits(month) + twoDigits(serial));
  }

  /**
   * Penalty cases: an amount of {@link #caseAmounts()} and 1 to {@link #maxShares()} shares of
   * distinct parties, persons and units mixed, with weights of {@link #weights()} — in about a
   * quarter of the cases all equal (rounding ties). Persons come from a small pool, so a person
   * is often responsible both individually and as a member of a unit, or belongs to two units.
   *
   * @return the arbitrary
   */
  public Arbitrary<PenaltyCase> cases() {
    return casesFrom(parties().list().ofMinSize(1).ofMaxSize(maxShares)
        .uniqueElements(ResponsibleParty::toString));
  }

  /**
   * Penalty cases over your own organization: the parties are drawn from {@code organization}'s
   * units and from their members (as persons responsible individually); amounts and weights as in
   * {@link #cases()}.
   *
   * @param organization the units that can be responsible, at least one
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code organization} is empty
   */
  public Arbitrary<PenaltyCase> cases(Collection<OrganizationUnit> organization) {
    requireNonNull(organization, "organization");
    if (organization.isEmpty()) {
      throw new IllegalArgumentException("organization must hold at least one unit");
    }
    Map<String, ResponsibleParty> candidates = new LinkedHashMap<>();
    for (OrganizationUnit unit : organization) {
      ResponsibleParty party = new ResponsibleParty.Unit(unit);
      candidates.putIfAbsent(party.toString(), party);
      for (Member member : unit.members()) {
        ResponsibleParty person = new ResponsibleParty.Person(member.person());
        candidates.putIfAbsent(person.toString(), person);
      }
    }
    List<ResponsibleParty> choices = List.copyOf(candidates.values());
    return casesFrom(Arbitraries.of(choices).list().ofMinSize(1)
        .ofMaxSize(Math.min(maxShares, choices.size())).uniqueElements(ResponsibleParty::toString));
  }

  private Arbitrary<PenaltyCase> casesFrom(Arbitrary<List<ResponsibleParty>> partyLists) {
    Arbitrary<Boolean> equalWeights = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
    return Combinators.combine(caseIds(), caseAmounts(), partyLists,
            weights().list().ofSize(maxShares), equalWeights)
        .as((id, amount, parties, weights, equal) -> {
          PenaltyCase.Builder c = PenaltyCase.builder().caseId(id).amount(amount);
          for (int i = 0; i < parties.size(); i++) {
            c.addShare(new ResponsibilityShare(parties.get(i), weights.get(equal ? 0 : i)));
          }
          return c.build();
        });
  }

  /**
   * The same case with its shares, and the members of each unit, in other orders: the same
   * amount, parties, weights, base points and leads. Shrinks towards the original order.
   *
   * @param penaltyCase the case
   * @return the arbitrary of reordered cases
   */
  public static Arbitrary<PenaltyCase> reorderings(PenaltyCase penaltyCase) {
    requireNonNull(penaltyCase, "penaltyCase");
    List<Arbitrary<ResponsibilityShare>> shares = new ArrayList<>();
    for (ResponsibilityShare share : penaltyCase.shares()) {
      shares.add(withMembersReordered(share));
    }
    return Combinators.combine(shares).as(List::copyOf)
        .flatMap(Arbitraries::shuffle)
        .map(reordered -> PenaltyCase.builder().caseId(penaltyCase.caseId())
            .amount(penaltyCase.amount()).addAllShares(reordered).build());
  }

  private static Arbitrary<ResponsibilityShare> withMembersReordered(ResponsibilityShare share) {
    if (!(share.party() instanceof ResponsibleParty.Unit party)) {
      return Arbitraries.just(share);
    }
    OrganizationUnit unit = party.unit();
    return Arbitraries.shuffle(unit.members()).map(members -> new ResponsibilityShare(
        new ResponsibleParty.Unit(OrganizationUnit.builder().id(unit.id()).level(unit.level())
            .kind(unit.kind()).addAllMembers(members).lead(unit.lead()).build()),
        share.weight()));
  }

  // --- bonus histories ------------------------------------------------------------------------

  /**
   * Monthly efficiency bonuses in {@link #currency()}: zero (in about a fifth of the months), small
   * (up to 100 minor units, where rounding the cap down matters), or up to
   * {@link #maxBonusMinorUnits()}.
   *
   * @return the arbitrary
   */
  public Arbitrary<Money> bonuses() {
    long max = maxBonusMinorUnits;
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Money.zero(currency))),
        Tuple.of(2, SharedArbitraries.money(currency, 1, Math.min(max, SMALL))),
        Tuple.of(6, SharedArbitraries.money(currency, 0, max)));
  }

  /**
   * Assessed amounts in {@link #currency()}: from one minor unit up to
   * {@link #maxAssessmentMinorUnits()}, small amounts often.
   *
   * @return the arbitrary
   */
  public Arbitrary<Money> assessedAmounts() {
    long max = maxAssessmentMinorUnits;
    return Arbitraries.frequencyOf(
        Tuple.of(1, SharedArbitraries.positiveMoney(currency, Math.min(max, SMALL))),
        Tuple.of(4, SharedArbitraries.positiveMoney(currency, max)));
  }

  /**
   * Histories of one person of {@link #persons()}: 1 to {@link #maxMonths()} months, each later
   * than the one before (usually the next month, sometimes two or three months later), each with a
   * bonus of {@link #bonuses()} and 0 to {@link #maxAssessmentsPerMonth()} assessments of
   * {@link #assessedAmounts()}. Every assessment belongs to the history's person, is assessed in
   * its month and has a case ID of its own, {@code yyyyMM-nn} (e.g. {@code 202611-02}).
   *
   * @return the arbitrary
   */
  public Arbitrary<BonusHistory> histories() {
    Arbitrary<Integer> steps = Arbitraries.frequency(Tuple.of(8, 1), Tuple.of(1, 2), Tuple.of(1, 3));
    Arbitrary<MonthSeed> seeds = Combinators.combine(steps, bonuses(),
            assessedAmounts().list().ofMinSize(0).ofMaxSize(maxAssessmentsPerMonth))
        .as(MonthSeed::new);
    return Combinators.combine(persons(), Arbitraries.integers().between(0, START_MONTHS),
            seeds.list().ofMinSize(1).ofMaxSize(maxMonths))
        .as((person, start, monthSeeds) -> history(person, FIRST_MONTH.plusMonths(start),
            monthSeeds));
  }

  /**
   * Posting commands (罚款入账, PEN-07) the posting use case accepts: a request ID
   * {@code post-arb-}<i>n</i>, a case ID of {@link #caseIds()}, a month from January 2020 over
   * sixteen years, any deduction kind (mostly {@link DeductionKind#COMPLAINT}), and 1 to
   * {@link #maxShares()} distinct persons of {@link #persons()} with amounts of
   * {@link #assessedAmounts()} in {@link #currency()} — now and then a zero share, which posts
   * nothing. Two postings of one test should be made unique by case ID and request ID (as
   * {@link #postingBatches(int)} does).
   *
   * @return the arbitrary
   */
  public Arbitrary<PostPenalty> postings() {
    Arbitrary<Money> amounts = Arbitraries.frequencyOf(
        Tuple.of(9, assessedAmounts()), Tuple.of(1, Arbitraries.just(Money.zero(currency))));
    Arbitrary<List<PersonAmount>> shares = Combinators.combine(persons(), amounts)
        .as(PersonAmount::new).list().ofMinSize(1).ofMaxSize(maxShares)
        .uniqueElements(PersonAmount::person);
    Arbitrary<DeductionKind> kinds = Arbitraries.frequency(Tuple.of(6, DeductionKind.COMPLAINT),
        Tuple.of(2, DeductionKind.FINE), Tuple.of(1, DeductionKind.ADMINISTRATIVE));
    return Combinators.combine(Arbitraries.integers().between(0, 999_999_999), caseIds(),
            Arbitraries.integers().between(0, START_MONTHS), kinds, shares)
        .as((n, caseId, month, kind, s) -> new PostPenalty(RequestId.of("post-arb-" + n), caseId,
            FIRST_MONTH.plusMonths(month), kind, s));
  }

  /**
   * Batches of 1 to {@code maxSize} postings of {@link #postings()} with distinct case IDs and
   * distinct request IDs, in sending order.
   *
   * @param maxSize the largest batch; at least 1
   * @return the arbitrary
   */
  public Arbitrary<List<PostPenalty>> postingBatches(int maxSize) {
    return postings().list().ofMinSize(1).ofMaxSize(maxSize)
        .uniqueElements(PostPenalty::caseId).uniqueElements(PostPenalty::requestId);
  }

  /**
   * A month's bonus maps (月度效益奖金) for a settlement run (PEN-08): each of {@code persons}
   * has a bonus of {@link #bonuses()} (zero in about a fifth of the cases) or — in about a tenth —
   * none (the settlement then reports the person as without a bonus).
   *
   * @param persons the persons whose ledgers are to be settled
   * @return the arbitrary; maps iterate in {@code persons}' order
   */
  public Arbitrary<Map<PersonId, Money>> bonusMaps(Collection<PersonId> persons) {
    List<PersonId> people = List.copyOf(requireNonNull(persons, "persons"));
    Arbitrary<Optional<Money>> maybe = bonuses().optional(0.9);
    return maybe.list().ofSize(people.size()).map(bonuses -> {
      Map<PersonId, Money> map = new LinkedHashMap<>();
      for (int i = 0; i < people.size(); i++) {
        if (bonuses.get(i).isPresent()) {
          map.put(people.get(i), bonuses.get(i).get());
        }
      }
      return map;
    });
  }

  private BonusHistory history(PersonId person, YearMonth start, List<MonthSeed> seeds) {
    List<BonusMonth> months = new ArrayList<>(seeds.size());
    YearMonth month = start;
    for (int m = 0; m < seeds.size(); m++) {
      MonthSeed seed = seeds.get(m);
      if (m > 0) {
        month = month.plusMonths(seed.step());
      }
      List<Assessment> assessments = new ArrayList<>(seed.assessed().size());
      for (int i = 0; i < seed.assessed().size(); i++) {
        String caseId = month.getYear() + twoDigits(month.getMonthValue()) + "-" + twoDigits(i + 1);
        assessments.add(new Assessment(caseId, person, seed.assessed().get(i), month));
      }
      months.add(new BonusMonth(month, seed.bonus(), assessments));
    }
    return new BonusHistory(person, currency, months);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** What one generated month is made of, before the months and case IDs are laid out. */
  private record MonthSeed(int step, Money bonus, List<Money> assessed) {}

  /**
   * One month of a person's bonus history (月度奖金与罚扣核定): the month's efficiency bonus and
   * the cases assessed to the person in it — the inputs of
   * {@link org.aftersales.core.penalty.DeductionPolicy#settleMonth}.
   *
   * @param month the month
   * @param bonus the month's efficiency bonus, zero or more
   * @param assessments the cases assessed in the month, each with {@code month} as its month
   */
  public record BonusMonth(YearMonth month, Money bonus, List<Assessment> assessments) {
    /**
     * Checks and copies the fields.
     *
     * @param month the month
     * @param bonus the bonus
     * @param assessments the assessments
     */
    public BonusMonth {
      requireNonNull(month, "month");
      requireNonNull(bonus, "bonus");
      assessments = List.copyOf(assessments);
    }

    /**
     * The total assessed in the month.
     *
     * @return the sum of the assessments, zero if there are none
     */
    public Money assessed() {
      Money total = Money.zero(bonus.currency());
      for (Assessment a : assessments) {
        total = total.plus(a.amount());
      }
      return total;
    }
  }

  /**
   * A person's months, in order, each after the one before (罚扣历史).
   *
   * @param person whose history it is; every assessment belongs to this person
   * @param currency the currency of every amount
   * @param months the months, at least one, strictly increasing
   */
  public record BonusHistory(PersonId person, Currency currency, List<BonusMonth> months) {
    /**
     * Checks and copies the fields.
     *
     * @param person the person
     * @param currency the currency
     * @param months the months
     */
    public BonusHistory {
      requireNonNull(person, "person");
      requireNonNull(currency, "currency");
      months = List.copyOf(months);
    }

    /**
     * The last month of the history.
     *
     * @return the month
     * @throws IndexOutOfBoundsException if the history has no months
     */
    public YearMonth lastMonth() {
      return months.get(months.size() - 1).month();
    }
  }

  /**
   * Builds a {@link PenaltyArbitraries} with other bounds; every setting not made keeps the
   * default of {@link PenaltyArbitraries#in(Currency)}.
   */
  public static final class Builder {
    private Currency currency = Currency.getInstance("CNY");
    private int maxShares = 4;
    private int maxMembers = 6;
    private Optional<Integer> personPool = Optional.empty();
    private long maxAmountMinorUnits = 10_000_000;
    private long maxWeight = 100;
    private long maxBasePoints = 10;
    private int maxMonths = 12;
    private long maxBonusMinorUnits = 2_000_000;
    private long maxAssessmentMinorUnits = 3_000_000;
    private int maxAssessmentsPerMonth = 3;

    private Builder() {}

    /**
     * The currency of every amount (default CNY).
     *
     * @param currency a currency with a minor unit
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = requireNonNull(currency, "currency");
      return this;
    }

    /**
     * The most shares of a case (default 4).
     *
     * @param maxShares 1 to 20
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxShares(int maxShares) {
      this.maxShares = (int) between("maxShares", maxShares, 1, 20);
      return this;
    }

    /**
     * The most members of a unit (default 6).
     *
     * @param maxMembers 1 to 200
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxMembers(int maxMembers) {
      this.maxMembers = (int) between("maxMembers", maxMembers, 1, 200);
      return this;
    }

    /**
     * How many distinct persons units and person parties draw from (default
     * {@code maxMembers + 4}); a small pool makes persons recur across parties.
     *
     * @param personPool at least the most members of a unit, at most 10 000
     * @return this builder
     * @throws IllegalArgumentException if out of range (checked against the most members at
     *     {@link #build()})
     */
    public Builder personPool(int personPool) {
      this.personPool = Optional.of((int) between("personPool", personPool, 1, 10_000));
      return this;
    }

    /**
     * The largest case amount either way, in minor units (default 10 000 000).
     *
     * @param maxAmountMinorUnits 1 to 10<sup>15</sup>
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAmountMinorUnits(long maxAmountMinorUnits) {
      this.maxAmountMinorUnits =
          between("maxAmountMinorUnits", maxAmountMinorUnits, 1, 1_000_000_000_000_000L);
      return this;
    }

    /**
     * The largest responsibility weight (default 100).
     *
     * @param maxWeight 1 to 10<sup>9</sup>
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxWeight(long maxWeight) {
      this.maxWeight = between("maxWeight", maxWeight, 1, 1_000_000_000L);
      return this;
    }

    /**
     * The largest base points of a member (default 10).
     *
     * @param maxBasePoints 1 to {@link BasePoints#MAX}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxBasePoints(long maxBasePoints) {
      this.maxBasePoints = between("maxBasePoints", maxBasePoints, 1, BasePoints.MAX);
      return this;
    }

    /**
     * The most months of a history (default 12).
     *
     * @param maxMonths 1 to 600
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxMonths(int maxMonths) {
      this.maxMonths = (int) between("maxMonths", maxMonths, 1, 600);
      return this;
    }

    /**
     * The largest monthly bonus, in minor units (default 2 000 000).
     *
     * @param maxBonusMinorUnits 1 to 10<sup>15</sup>
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxBonusMinorUnits(long maxBonusMinorUnits) {
      this.maxBonusMinorUnits =
          between("maxBonusMinorUnits", maxBonusMinorUnits, 1, 1_000_000_000_000_000L);
      return this;
    }

    /**
     * The largest assessment, in minor units (default 3 000 000).
     *
     * @param maxAssessmentMinorUnits 1 to 10<sup>15</sup>
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAssessmentMinorUnits(long maxAssessmentMinorUnits) {
      this.maxAssessmentMinorUnits = between("maxAssessmentMinorUnits", maxAssessmentMinorUnits,
          1, 1_000_000_000_000_000L);
      return this;
    }

    /**
     * The most assessments in one month (default 3).
     *
     * @param maxAssessmentsPerMonth 0 to 99
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAssessmentsPerMonth(int maxAssessmentsPerMonth) {
      this.maxAssessmentsPerMonth =
          (int) between("maxAssessmentsPerMonth", maxAssessmentsPerMonth, 0, 99);
      return this;
    }

    /**
     * The arbitraries with these bounds.
     *
     * @return the arbitraries
     * @throws IllegalArgumentException if the person pool is smaller than the most members
     * @throws org.aftersales.core.shared.InvalidInputException if the currency has no minor unit
     */
    public PenaltyArbitraries build() {
      return new PenaltyArbitraries(this);
    }

    private static long between(String name, long value, long min, long max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    }
  }
}
