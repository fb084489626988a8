package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.penalty.ReversePosting;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Posting decided cases to three persons' ledgers, reversing postings before and after a
 * settlement, and two month-end runs, under a fault at every port call, with retries: every share
 * posted exactly once, no month settled twice, no event lost or doubled, in autocommit and in a
 * host transaction.
 * // rule: PEN-07, PEN-08 — tag: reliability
 */
class PenaltyLedgerFaultTest extends FaultInjectionContract<PenaltyLedgerFaultTest.World> {

  static final Currency CNY = Currency.getInstance("CNY");
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final YearMonth DEC = YearMonth.of(2026, 12);
  static final PersonId A = PersonId.of("E1001");
  static final PersonId B = PersonId.of("E1002");
  static final PersonId C = PersonId.of("E1003");

  /** The use cases and the repository they store in. */
  record World(PenaltyPosting posting, PenaltySettlement settlement,
      InMemoryPenaltyAccounts accounts) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.over(database);
    PenaltyAccounts wrapped = faults.wrap(PenaltyAccounts.class, accounts);
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00.123456789Z"),
        ZoneId.of("Asia/Shanghai"));
    return new World(new PenaltyPosting(wrapped, TestValidators.commandValidator(), clock),
        new PenaltySettlement(wrapped, CappedDeduction.seed(), clock), accounts);
  }

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static PostPenalty decide(String caseId, PersonAmount... shares) {
    return new PostPenalty(RequestId.of("decide-" + caseId), caseId, NOV,
        DeductionKind.COMPLAINT, List.of(shares));
  }

  static ReversePosting reverse(String caseId, PersonId person) {
    return new ReversePosting(RequestId.of("rev-" + caseId + "-" + person.value()), person,
        caseId, PersonId.of("hr-zhao"), "decision withdrawn");
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("decide 261107 for three persons", w -> w.posting().post(decide("261107",
            new PersonAmount(A, cny("1000.00")), new PersonAmount(B, cny("500.00")),
            new PersonAmount(C, cny("300.00"))))),
        new Step<>("decide 261108 for B", w -> w.posting().post(decide("261108",
            new PersonAmount(B, cny("600.00"))))),
        new Step<>("decide 261109 for C", w -> w.posting().post(decide("261109",
            new PersonAmount(C, cny("200.00"))))),
        new Step<>("reverse 261109 for C before November is settled",
            w -> w.posting().reverse(reverse("261109", C))),
        new Step<>("settle November", w -> w.settlement().settle(NOV,
            Map.of(A, cny("1200.00"), B, cny("3000.00"), C, cny("500.00")))),
        new Step<>("reverse 261107 for A after November was settled",
            w -> w.posting().reverse(reverse("261107", A))),
        new Step<>("settle December", w -> w.settlement().settle(DEC,
            Map.of(A, cny("1200.00"), B, cny("3000.00"), C, cny("500.00")))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.accounts().all(), delivered);
  }

  @Test
  void the_port_calls_of_a_posting_are_the_documented_ones_in_order() {
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    world.posting().post(decide("261107", new PersonAmount(B, cny("1.00")),
        new PersonAmount(A, cny("2.00"))));
    // Every person's ledger is read (refusals are found before any write), then each is saved.
    assertEquals(List.of("PenaltyAccounts.find", "PenaltyAccounts.find", "PenaltyAccounts.save",
        "PenaltyAccounts.save"), faults.calls());
  }
}
