package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.RequestId;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The in-memory penalty ledger store keeps the port's contract, and its own helpers answer what
 * is stored.
 * // rule: PEN-07, PEN-08
 */
class InMemoryPenaltyAccountsTest extends PenaltyAccountsContract {

  private final InMemoryPenaltyAccounts adapter =
      InMemoryPenaltyAccounts.over(InMemoryDatabase.create());

  @Override
  protected PenaltyAccounts freshAdapter() {
    return adapter.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return adapter.outbox();
  }

  static PersonPenaltyLedger withDecemberPosting(String person) {
    Currency cny = Currency.getInstance("CNY");
    Instant at = Instant.parse("2026-11-30T10:00:00Z");
    return PersonPenaltyLedger.open(PersonId.of(person), cny).posted(new PenaltyLedgerPosting(
        "261201", YearMonth.of(2026, 12), Money.of(BigDecimal.ONE, cny), DeductionKind.COMPLAINT,
        RequestId.of("r"), at), at).state();
  }

  @Test
  void a_store_of_its_own_lists_its_ledgers_by_person_and_describes_itself() {
    InMemoryPenaltyAccounts own = InMemoryPenaltyAccounts.create();
    PersonPenaltyLedger b = own.save(withDecemberPosting("E2"), List.of());
    PersonPenaltyLedger a = own.save(withDecemberPosting("E1"), List.of());
    assertEquals(List.of(a, b), own.all());
    assertEquals("InMemoryPenaltyAccounts[2 ledgers]", own.toString());
  }

  @Test
  void a_ledger_without_work_for_the_month_is_not_in_its_run_and_max_zero_answers_nothing() {
    InMemoryPenaltyAccounts own = InMemoryPenaltyAccounts.create();
    own.save(withDecemberPosting("E1"), List.of());
    YearMonth november = YearMonth.of(2026, 11);
    assertEquals(List.of(), own.toSettle(november, 10));
    assertEquals(List.of(), own.toSettle(YearMonth.of(2026, 12), 0));
    assertEquals(1, own.toSettle(YearMonth.of(2026, 12), 1).size());
  }
}
