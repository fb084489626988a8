package org.aftersales.rules.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PartyAmount;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Violation;

/** Builders and checks shared by the penalty allocation tests. */
final class AllocationFixtures {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency KWD = Currency.getInstance("KWD");

  private AllocationFixtures() {}

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static PersonId id(String id) {
    return PersonId.of(id);
  }

  static Member member(String id, String basePoints) {
    return new Member(PersonId.of(id), BasePoints.parse(basePoints));
  }

  static OrganizationUnit unit(String id, UnitLevel level, DepartmentKind kind,
      Member... members) {
    return OrganizationUnit.builder().id(UnitId.of(id)).level(level).kind(kind)
        .addMembers(members).build();
  }

  static OrganizationUnit group(String id, Member... members) {
    return unit(id, UnitLevel.GROUP, DepartmentKind.MANUFACTURING, members);
  }

  static ResponsibleParty.Unit party(OrganizationUnit unit) {
    return new ResponsibleParty.Unit(unit);
  }

  static ResponsibleParty.Person person(String id) {
    return new ResponsibleParty.Person(PersonId.of(id));
  }

  static ResponsibilityShare share(ResponsibleParty party, String weight) {
    return new ResponsibilityShare(party, new BigDecimal(weight));
  }

  static PenaltyCase penaltyCase(Money amount, ResponsibilityShare... shares) {
    return PenaltyCase.builder().caseId("261107").amount(amount).addShares(shares).build();
  }

  static PenaltyCase penaltyCase(Money amount, List<ResponsibilityShare> shares) {
    return PenaltyCase.builder().caseId("261107").amount(amount).addAllShares(shares).build();
  }

  /** Person IDs for random cases: short, long (more than eight characters) and Chinese. */
  static final List<String> ID_POOL = List.of("E1", "E2", "E3", "E10", "E11", "E1001", "E1002",
      "E1003", "E2001", "E2002", "Q2001", "S3001", "T4001", "EMPLOYEE-000001",
      "EMPLOYEE-000002", "EMPLOYEE-0000010", "员工07", "员工08", "技术员-1", "Z9");

  /** Weights for random cases, many equal so that remainders tie. */
  static final List<String> WEIGHTS = List.of("1", "1", "1", "2", "3", "60", "40", "50", "30",
      "20", "0.5", "0.25", "1.5", "33.33", "0.001", "7");

  /**
   * A random case structure from {@code random}: one to four parties, persons and units of one to
   * {@code maxMembers} members with base points of 0 to 4 decimals (often equal), people drawn from
   * {@link #ID_POOL} so that a person may appear in several parties.
   */
  static List<ResponsibilityShare> randomShares(SplittableRandom random, int maxMembers) {
    int parties = 1 + random.nextInt(4);
    List<ResponsibilityShare> shares = new ArrayList<>();
    Set<String> personParties = new HashSet<>();
    boolean equalBasePoints = random.nextInt(4) == 0;
    for (int p = 0; p < parties; p++) {
      String weight = random.nextInt(3) == 0
          ? BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4)).toPlainString()
          : WEIGHTS.get(random.nextInt(WEIGHTS.size()));
      if (random.nextInt(3) == 0) {
        String id = ID_POOL.get(random.nextInt(ID_POOL.size()));
        if (personParties.add(id)) {
          shares.add(share(person(id), weight));
        }
      } else {
        int size = 1 + random.nextInt(maxMembers);
        List<String> ids = new ArrayList<>();
        for (int m = 0; m < size; m++) {
          ids.add(m < ID_POOL.size() && random.nextBoolean()
              ? ID_POOL.get(random.nextInt(ID_POOL.size())) : "P" + random.nextInt(1000));
        }
        List<Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
          if (seen.add(id)) {
            members.add(new Member(PersonId.of(id), equalBasePoints ? BasePoints.of(1)
                : BasePoints.of(BigDecimal.valueOf(1 + random.nextInt(50_000),
                    random.nextInt(5)))));
          }
        }
        shares.add(share(party(unit("U" + p, UnitLevel.GROUP, DepartmentKind.MANUFACTURING,
            members.toArray(new Member[0]))), weight));
      }
    }
    return shares;
  }

  /** An amount of {@code digits} random digits (1 to 25), positive, in minor units. */
  static Money randomAmount(SplittableRandom random, Currency currency) {
    int digits = 1 + random.nextInt(random.nextInt(5) == 0 ? 18 : 10);
    StringBuilder text = new StringBuilder();
    text.append(1 + random.nextInt(9));
    for (int d = 1; d < digits; d++) {
      text.append(random.nextInt(10));
    }
    return Money.of(new BigDecimal(new BigInteger(text.toString()),
        currency.getDefaultFractionDigits()), currency);
  }

  /** The per-person totals as "id=amount" texts, in the allocation's order. */
  static List<String> persons(PenaltyAllocation allocation) {
    List<String> texts = new ArrayList<>();
    for (PersonAmount p : allocation.persons()) {
      texts.add(p.person() + "=" + p.amount().amount().toPlainString());
    }
    return texts;
  }

  /** One party's members as "id=amount" texts, in member order. */
  static List<String> members(PartyAmount party) {
    List<String> texts = new ArrayList<>();
    for (PersonAmount p : party.members()) {
      texts.add(p.person() + "=" + p.amount().amount().toPlainString());
    }
    return texts;
  }

  /** The single violation of an exception, checked for path and both texts. */
  static void assertViolation(InvalidInputException e, String path, String english,
      String chinese) {
    assertEquals(1, e.violations().size(), e.getMessage());
    Violation v = e.violations().get(0);
    assertEquals(path, v.path());
    assertEquals(english, v.message().render(Locale.ENGLISH));
    assertEquals(chinese, v.message().render(Locale.SIMPLIFIED_CHINESE));
  }

  /**
   * Checks the guarantees of an allocation against exact arithmetic: both levels add up, every part
   * is within one minor unit of its exact share, no part has the opposite sign of the amount, and
   * the per-person totals are the sums over the parties, by person ID.
   */
  static void assertExactAndClose(PenaltyAllocation a) {
    PenaltyCase c = a.input();
    Currency currency = c.amount().currency();
    assertEquals(c.shares().size(), a.parties().size());
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (ResponsibilityShare s : c.shares()) {
      totalWeight = totalWeight.add(s.weight());
    }
    List<Money> partyAmounts = new ArrayList<>();
    Map<PersonId, Money> perPerson = new TreeMap<>();
    for (int p = 0; p < c.shares().size(); p++) {
      ResponsibilityShare s = c.shares().get(p);
      PartyAmount party = a.parties().get(p);
      assertEquals(s.party(), party.party());
      partyAmounts.add(party.amount());
      assertClose(c.amount(), s.weight(), totalWeight, party.amount());
      List<Money> memberAmounts = new ArrayList<>();
      if (s.party() instanceof ResponsibleParty.Person) {
        assertEquals(List.of(new PersonAmount(((ResponsibleParty.Person) s.party()).person(),
            party.amount())), party.members());
      } else {
        OrganizationUnit unit = ((ResponsibleParty.Unit) s.party()).unit();
        assertEquals(unit.members().size(), party.members().size());
        for (int m = 0; m < unit.members().size(); m++) {
          Member member = unit.members().get(m);
          PersonAmount got = party.members().get(m);
          assertEquals(member.person(), got.person());
          assertClose(party.amount(), member.basePoints().value(), unit.totalBasePoints(),
              got.amount());
        }
      }
      for (PersonAmount pa : party.members()) {
        memberAmounts.add(pa.amount());
        perPerson.merge(pa.person(), pa.amount(), Money::plus);
      }
      assertEquals(party.amount(), Money.sum(memberAmounts, currency), "party adds up");
    }
    assertEquals(c.amount(), Money.sum(partyAmounts, currency), "parties add up");
    List<PersonAmount> expectedPersons = new ArrayList<>();
    perPerson.forEach((person, amount) -> expectedPersons.add(new PersonAmount(person, amount)));
    assertEquals(expectedPersons, a.persons());
  }

  /**
   * {@code |part − whole × weight / total| < 1 minor unit}, and the part does not have the
   * opposite sign of the whole; checked exactly as {@code |part × total − whole × weight| < total}
   * in minor units.
   */
  static void assertClose(Money whole, BigDecimal weight, BigDecimal total, Money part) {
    BigDecimal lhs = new BigDecimal(part.minorUnitsExact()).multiply(total)
        .subtract(new BigDecimal(whole.minorUnitsExact()).multiply(weight)).abs();
    assertEquals(-1, lhs.compareTo(total),
        () -> part + " is not within one minor unit of " + whole + " × " + weight + " / " + total);
    if (whole.signum() >= 0) {
      assertEquals(false, part.isNegative(), () -> part + " is negative for " + whole);
    } else {
      assertEquals(false, part.isPositive(), () -> part + " is positive for " + whole);
    }
  }
}
