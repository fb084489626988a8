package org.aftersales.examples.postgres.faults;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.aftersales.examples.postgres.penalty.JdbcPenaltyAccounts;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Posting decided cases to three persons' ledgers, reversing postings before and after a
 * settlement, and two month-end runs — the testkit's PenaltyLedgerFaultTest scenario — on
 * {@link JdbcPenaltyAccounts} and the JDBC outbox, under a fault at every port call, with
 * retries: every share posted exactly once, no month settled twice, no event lost or doubled, in
 * autocommit and in a host transaction, and the relay failed at each of its calls.
 * // rule: PEN-07, PEN-08 — tag: reliability
 */
class PenaltyLedgerOnPostgresFaultTest
    extends OnPostgresFaultContract<PenaltyLedgerOnPostgresFaultTest.World> {

  static final Currency CNY = Currency.getInstance("CNY");
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final YearMonth DEC = YearMonth.of(2026, 12);
  static final PersonId A = PersonId.of("E1001");
  static final PersonId B = PersonId.of("E1002");
  static final PersonId C = PersonId.of("E1003");

  /** The use cases, the unwrapped adapter to observe and the storage. */
  record World(PenaltyPosting posting, PenaltySettlement settlement,
      JdbcPenaltyAccounts accounts, PostgresUnitOfWork storage) {}

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcPenaltyAccounts accounts = new JdbcPenaltyAccounts(storage.connections(), JSON);
    PenaltyAccounts wrapped = faults.wrap(PenaltyAccounts.class, accounts);
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00.123456789Z"),
        ZoneId.of("Asia/Shanghai"));
    return new World(new PenaltyPosting(wrapped, TestValidators.commandValidator(), clock),
        new PenaltySettlement(wrapped, CappedDeduction.seed(), clock), accounts, storage);
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
    // No numbers are drawn: the stored ledgers as read back, the rows, the events.
    List<Object> ledgers = new ArrayList<>();
    for (PersonId person : List.of(A, B, C)) {
      ledgers.add(world.accounts().find(person).orElse(null));
    }
    return List.of(ledgers, world.storage().rowCounts(), delivered);
  }
}
