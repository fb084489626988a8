package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PenaltySettlementReport;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * What {@link PenaltyArbitraries#postings()} and {@link PenaltyArbitraries#bonusMaps} promise:
 * every generated posting is accepted by the posting use case and posts exactly its non-zero
 * shares, and every bonus map settles the months without deducting more than a bonus. Expected
 * totals are summed in minor units here, independently of the ledger.
 */
class PenaltyPostingArbitrariesProperties {

  final PenaltyArbitraries arbitraries = PenaltyArbitraries.in(PenaltyFixtures.CNY);

  @Property(tries = 150, seed = "13")
  void every_posting_is_accepted_and_posts_its_non_zero_shares(
      @ForAll("batches") List<PostPenalty> batch) {
    // rule: PEN-07 — each case once per person; a zero share posts nothing.
    InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
    PenaltyPosting posting = new PenaltyPosting(accounts, TestValidators.commandValidator(),
        TestClock.at(Instant.parse("2036-01-01T00:00:00Z"), ZoneOffset.UTC));
    Map<PersonId, BigInteger> expected = new TreeMap<>();
    boolean zero = false;
    for (PostPenalty p : batch) {
      posting.post(p);
      for (PersonAmount a : p.shares()) {
        zero |= a.amount().isZero();
        if (!a.amount().isZero()) {
          expected.merge(a.person(), a.amount().minorUnitsExact(), BigInteger::add);
        }
      }
    }
    for (Map.Entry<PersonId, BigInteger> e : expected.entrySet()) {
      PersonPenaltyLedger l = accounts.find(e.getKey()).orElseThrow();
      assertEquals(e.getValue(), l.postedTotal().minorUnitsExact(), e.getKey().value());
    }
    Statistics.label("zero share").collect(zero);
    Statistics.label("zero share").coverage(k -> k.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 100, seed = "13")
  void every_bonus_map_settles_without_deducting_more_than_the_bonus(
      @ForAll("postingsAndBonuses") Posted posted) {
    // rule: PEN-08 — never more than the bonus; persons without a bonus are reported.
    InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
    TestClock clock = TestClock.at(Instant.parse("2036-01-01T00:00:00Z"), ZoneOffset.UTC);
    new PenaltyPosting(accounts, TestValidators.commandValidator(), clock).post(posted.post());
    PenaltySettlementReport report = new PenaltySettlement(accounts, CappedDeduction.seed(),
        clock).settle(posted.post().month(), posted.bonuses());
    for (MonthlyStatement s : report.statements()) {
      assertFalse(s.deducted().isGreaterThan(s.bonus()), s.toString());
      assertEquals(posted.bonuses().get(s.person()), s.bonus());
    }
    for (PersonId p : report.withoutBonus()) {
      assertFalse(posted.bonuses().containsKey(p));
    }
    Statistics.label("someone without a bonus").collect(!report.withoutBonus().isEmpty());
    Statistics.label("someone without a bonus")
        .coverage(k -> k.check(true).percentage(p -> p > 5));
  }

  /** A posting and a bonus map over its persons. */
  record Posted(PostPenalty post, Map<PersonId, Money> bonuses) {}

  @Provide
  Arbitrary<List<PostPenalty>> batches() {
    return arbitraries.postingBatches(5);
  }

  @Provide
  Arbitrary<Posted> postingsAndBonuses() {
    return arbitraries.postings().flatMap(p -> {
      List<PersonId> persons = new ArrayList<>(new TreeSet<>(
          p.shares().stream().map(PersonAmount::person).toList()));
      return arbitraries.bonusMaps(persons).map(b -> new Posted(p, b));
    });
  }
}
