package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.Money;
import org.aftersales.testkit.penalty.PenaltyArbitraries.BonusHistory;
import org.aftersales.testkit.penalty.PenaltyArbitraries.BonusMonth;

/** The penalty arbitraries generate valid values within their bounds, and varied ones. */
class PenaltyArbitrariesProperties {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency JPY = Currency.getInstance("JPY");
  static final PenaltyArbitraries DEFAULTS = PenaltyArbitraries.in(CNY);
  static final PenaltyArbitraries SMALL = PenaltyArbitraries.builder().currency(JPY).maxShares(2)
      .maxMembers(3).personPool(3).maxAmountMinorUnits(500).maxWeight(3).maxBasePoints(2)
      .maxMonths(4).maxBonusMinorUnits(1_000).maxAssessmentMinorUnits(700)
      .maxAssessmentsPerMonth(1).build();

  /** A fixed organization, as an adopter would describe its own. */
  static final List<OrganizationUnit> ORGANIZATION = List.of(
      unit("PRESS", "W1:1", "W2:1.5", "W3:2.25"),
      unit("QA", "W3:1", "Q1:3"));

  @Provide
  Arbitrary<OrganizationUnit> units() {
    return DEFAULTS.units();
  }

  @Provide
  Arbitrary<PenaltyCase> cases() {
    return DEFAULTS.cases();
  }

  @Provide
  Arbitrary<PenaltyCase> smallCases() {
    return SMALL.cases();
  }

  @Provide
  Arbitrary<PenaltyCase> organizationCases() {
    return DEFAULTS.cases(ORGANIZATION);
  }

  @Provide
  Arbitrary<Tuple2<PenaltyCase, PenaltyCase>> reorderedCases() {
    return DEFAULTS.cases().flatMap(c -> PenaltyArbitraries.reorderings(c).map(r -> Tuple.of(c, r)));
  }

  @Provide
  Arbitrary<BonusHistory> histories() {
    return DEFAULTS.histories();
  }

  @Provide
  Arbitrary<BonusHistory> smallHistories() {
    return SMALL.histories();
  }

  @Property
  void units_have_distinct_members_a_member_as_lead_and_varied_base_points(
      @ForAll("units") OrganizationUnit unit) {
    List<Member> members = unit.members();
    assertTrue(members.size() >= 1 && members.size() <= DEFAULTS.maxMembers(), unit::toString);
    Set<PersonId> persons = new HashSet<>();
    for (Member m : members) {
      assertTrue(persons.add(m.person()), () -> "member twice: " + unit);
      BigDecimal points = m.basePoints().value();
      assertTrue(points.signum() > 0 && points.scale() <= BasePoints.MAX_DECIMALS, unit::toString);
      assertTrue(points.compareTo(BigDecimal.valueOf(DEFAULTS.maxBasePoints())) <= 0,
          unit::toString);
    }
    unit.lead().ifPresent(lead -> assertTrue(persons.contains(lead), unit::toString));

    Statistics.label("several members").collect(members.size() > 1)
        .coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("has a lead").collect(unit.lead().isPresent())
        .coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("fractional base points").collect(
            members.stream().anyMatch(m -> m.basePoints().value().scale() > 0))
        .coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("four decimals").collect(
            members.stream().anyMatch(m -> m.basePoints().value().scale() == 4))
        .coverage(c -> c.check(true).percentage(p -> p >= 3));
    Statistics.label("equal base points in a unit of several").collect(members.size() > 1
            && members.stream().map(Member::basePoints).distinct().count() == 1)
        .coverage(c -> c.check(true).percentage(p -> p >= 5));
  }

  @Property
  void cases_are_valid_in_their_currency_and_bounds_and_mix_parties_signs_and_ties(
      @ForAll("cases") PenaltyCase c) {
    assertEquals(CNY, c.amount().currency());
    assertTrue(Math.abs(c.amount().minorUnits()) <= DEFAULTS.maxAmountMinorUnits(), c::toString);
    assertTrue(c.shares().size() >= 1 && c.shares().size() <= DEFAULTS.maxShares(), c::toString);
    Set<String> keys = new HashSet<>();
    for (ResponsibilityShare s : c.shares()) {
      assertTrue(keys.add(s.party().toString()), () -> "party twice: " + c);
      assertTrue(s.weight().signum() > 0, c::toString);
    }
    assertTrue(c.caseId().matches("[0-9]{6}"), c::toString);

    Statistics.label("sign").collect(c.amount().signum())
        .coverage(cov -> {
          cov.check(1).percentage(p -> p >= 20);
          cov.check(-1).percentage(p -> p >= 20);
          cov.check(0).percentage(p -> p >= 2);
        });
    Statistics.label("one minor unit either way").collect(Math.abs(c.amount().minorUnits()) == 1)
        .coverage(cov -> cov.check(true).percentage(p -> p >= 2));
    Statistics.label("persons and units mixed").collect(
            hasPersonParty(c) && hasUnitParty(c))
        .coverage(cov -> cov.check(true).percentage(p -> p >= 15));
    Statistics.label("equal weights among several shares").collect(c.shares().size() > 1
            && c.shares().stream().map(s -> s.weight().stripTrailingZeros()).distinct().count()
                == 1)
        .coverage(cov -> cov.check(true).percentage(p -> p >= 5));
    Statistics.label("a person individually and as a unit member").collect(personAlsoInUnit(c))
        .coverage(cov -> cov.check(true).percentage(p -> p >= 5));
    Statistics.label("an amount no unit's member count divides").collect(indivisible(c))
        .coverage(cov -> cov.check(true).percentage(p -> p >= 10));
  }

  @Property
  void configured_bounds_are_respected(@ForAll("smallCases") PenaltyCase c) {
    assertEquals(JPY, c.amount().currency());
    assertEquals(0, c.amount().amount().scale());
    assertTrue(Math.abs(c.amount().minorUnits()) <= 500, c::toString);
    assertTrue(c.shares().size() <= 2, c::toString);
    for (ResponsibilityShare s : c.shares()) {
      assertTrue(s.weight().compareTo(BigDecimal.valueOf(3)) <= 0, c::toString);
      if (s.party() instanceof ResponsibleParty.Unit) {
        OrganizationUnit unit = ((ResponsibleParty.Unit) s.party()).unit();
        assertTrue(unit.members().size() <= 3, c::toString);
        for (Member m : unit.members()) {
          assertTrue(m.basePoints().value().compareTo(BigDecimal.valueOf(2)) <= 0, c::toString);
          assertTrue(List.of("E1", "E2", "E3").contains(m.person().value()), c::toString);
        }
      }
    }
  }

  @Property
  void cases_over_an_organization_draw_only_from_its_units_and_members(
      @ForAll("organizationCases") PenaltyCase c) {
    Set<String> allowed = new HashSet<>();
    for (OrganizationUnit unit : ORGANIZATION) {
      allowed.add(new ResponsibleParty.Unit(unit).toString());
      unit.members().forEach(m -> allowed.add(new ResponsibleParty.Person(m.person()).toString()));
    }
    for (ResponsibilityShare s : c.shares()) {
      assertTrue(allowed.contains(s.party().toString()), c::toString);
      if (s.party() instanceof ResponsibleParty.Unit) {
        assertTrue(ORGANIZATION.contains(((ResponsibleParty.Unit) s.party()).unit()), c::toString);
      }
    }
    Statistics.label("W3 in two units or also alone").collect(c.shares().stream()
            .filter(s -> s.party().toString().equals("unit PRESS") || s.party().toString().equals("unit QA")
                || s.party().toString().equals("person W3")).count() > 1)
        .coverage(cov -> cov.check(true).percentage(p -> p >= 5));
  }

  @Property
  void reorderings_keep_the_case_but_change_the_order(
      @ForAll("reorderedCases") Tuple2<PenaltyCase, PenaltyCase> cases) {
    PenaltyCase c = cases.get1();
    PenaltyCase r = cases.get2();
    assertEquals(c.caseId(), r.caseId());
    assertEquals(c.amount(), r.amount());
    assertEquals(normalized(c), normalized(r));
    Statistics.label("order changed").collect(!c.equals(r))
        .coverage(cov -> cov.check(true).percentage(p -> p >= 10));
  }

  @Property
  void histories_are_valid_and_varied(@ForAll("histories") BonusHistory h) {
    assertEquals(CNY, h.currency());
    assertTrue(h.months().size() >= 1 && h.months().size() <= DEFAULTS.maxMonths(), h::toString);
    Set<String> caseIds = new HashSet<>();
    YearMonth previous = null;
    int zeroBonuses = 0;
    int withoutAssessment = 0;
    for (BonusMonth m : h.months()) {
      if (previous != null) {
        assertTrue(m.month().isAfter(previous), h::toString);
      }
      previous = m.month();
      assertEquals(CNY, m.bonus().currency());
      assertFalse(m.bonus().isNegative(), h::toString);
      assertTrue(m.bonus().minorUnits() <= DEFAULTS.maxBonusMinorUnits(), h::toString);
      assertTrue(m.assessments().size() <= DEFAULTS.maxAssessmentsPerMonth(), h::toString);
      for (Assessment a : m.assessments()) {
        assertEquals(h.person(), a.person());
        assertEquals(m.month(), a.month());
        assertEquals(CNY, a.amount().currency());
        assertTrue(a.amount().minorUnits() <= DEFAULTS.maxAssessmentMinorUnits(), h::toString);
        assertTrue(caseIds.add(a.caseId()), () -> "case twice: " + h);
      }
      zeroBonuses += m.bonus().isZero() ? 1 : 0;
      withoutAssessment += m.assessments().isEmpty() ? 1 : 0;
    }
    assertEquals(previous, h.lastMonth());

    Statistics.label("a month without bonus").collect(zeroBonuses > 0)
        .coverage(cov -> cov.check(true).percentage(p -> p >= 20));
    Statistics.label("a month without assessment").collect(withoutAssessment > 0)
        .coverage(cov -> cov.check(true).percentage(p -> p >= 20));
    Statistics.label("several months").collect(h.months().size() > 1)
        .coverage(cov -> cov.check(true).percentage(p -> p >= 50));
    Statistics.label("assessed more than half the bonuses").collect(carriesOver(h))
        .coverage(cov -> cov.check(true).percentage(p -> p >= 20));
  }

  @Property
  void small_histories_respect_their_bounds(@ForAll("smallHistories") BonusHistory h) {
    assertEquals(JPY, h.currency());
    assertTrue(h.months().size() <= 4, h::toString);
    assertTrue(List.of("E1", "E2", "E3").contains(h.person().value()), h::toString);
    for (BonusMonth m : h.months()) {
      assertTrue(m.bonus().minorUnits() <= 1_000, h::toString);
      assertTrue(m.assessments().size() <= 1, h::toString);
      m.assessments().forEach(a -> assertTrue(a.amount().minorUnits() <= 700, h::toString));
    }
  }

  @Example
  void bad_bounds_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> PenaltyArbitraries.builder().maxShares(0));
    assertThrows(IllegalArgumentException.class, () -> PenaltyArbitraries.builder().maxMembers(0));
    assertThrows(IllegalArgumentException.class,
        () -> PenaltyArbitraries.builder().maxBasePoints(BasePoints.MAX + 1L));
    assertThrows(IllegalArgumentException.class,
        () -> PenaltyArbitraries.builder().maxMembers(8).personPool(7).build());
    assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.cases(List.of()));
    assertEquals(10, DEFAULTS.personPool());
    assertEquals(CNY, PenaltyArbitraries.builder().build().currency());
  }

  // --- helpers --------------------------------------------------------------------------------

  private static OrganizationUnit unit(String id, String... membersAndPoints) {
    OrganizationUnit.Builder unit = OrganizationUnit.builder().id(UnitId.of(id))
        .level(UnitLevel.GROUP).kind(DepartmentKind.MANUFACTURING);
    for (String m : membersAndPoints) {
      String[] parts = m.split(":");
      unit.addMember(new Member(PersonId.of(parts[0]), BasePoints.parse(parts[1])));
    }
    return unit.build();
  }

  private static boolean hasPersonParty(PenaltyCase c) {
    return c.shares().stream().anyMatch(s -> s.party() instanceof ResponsibleParty.Person);
  }

  private static boolean hasUnitParty(PenaltyCase c) {
    return c.shares().stream().anyMatch(s -> s.party() instanceof ResponsibleParty.Unit);
  }

  private static boolean personAlsoInUnit(PenaltyCase c) {
    Set<PersonId> individuals = new HashSet<>();
    Set<PersonId> members = new HashSet<>();
    for (ResponsibilityShare s : c.shares()) {
      if (s.party() instanceof ResponsibleParty.Person) {
        individuals.add(((ResponsibleParty.Person) s.party()).person());
      } else {
        ((ResponsibleParty.Unit) s.party()).unit().members().forEach(m -> members.add(m.person()));
      }
    }
    individuals.retainAll(members);
    return !individuals.isEmpty();
  }

  private static boolean indivisible(PenaltyCase c) {
    return c.shares().stream().anyMatch(s -> s.party() instanceof ResponsibleParty.Unit
        && c.amount().minorUnits() % ((ResponsibleParty.Unit) s.party()).unit().members().size()
            != 0);
  }

  private static boolean carriesOver(BonusHistory h) {
    Money assessed = Money.zero(h.currency());
    Money bonuses = Money.zero(h.currency());
    for (BonusMonth m : h.months()) {
      assessed = assessed.plus(m.assessed());
      bonuses = bonuses.plus(m.bonus());
    }
    return assessed.multipliedBy(2).isGreaterThan(bonuses);
  }

  /** The case's shares as sorted text, with the members of each unit sorted. */
  private static List<String> normalized(PenaltyCase c) {
    List<String> shares = new ArrayList<>();
    for (ResponsibilityShare s : c.shares()) {
      StringBuilder text = new StringBuilder(s.party().toString()).append('=').append(s.weight());
      if (s.party() instanceof ResponsibleParty.Unit) {
        OrganizationUnit unit = ((ResponsibleParty.Unit) s.party()).unit();
        unit.members().stream().sorted(Comparator.comparing(Member::person))
            .forEach(m -> text.append(' ').append(m.person()).append(':').append(m.basePoints()));
        text.append(" lead ").append(unit.lead()).append(' ').append(unit.level()).append(' ')
            .append(unit.kind());
      }
      shares.add(text.toString());
    }
    shares.sort(Comparator.naturalOrder());
    return shares;
  }
}
