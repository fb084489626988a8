package org.aftersales.examples.postgres.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.rules.penalty.CappedDeduction;
import org.junit.jupiter.api.Test;

/**
 * What the penalty ledgers' contract does not cover, on the database: the host's transaction,
 * Chinese text and microseconds, and the month-end query's derived columns against the domain's
 * own {@link PersonPenaltyLedger#toSettle(YearMonth)} for every state a ledger reaches.
 * // rule: PEN-07, PEN-08
 */
class JdbcPenaltyAccountsOnTheDatabaseTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Instant AT = Instant.parse("2026-11-30T10:15:30.654321Z");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Transactions tx = TestDatabase.shared().transactions();
  private final JdbcPenaltyAccounts accounts =
      new JdbcPenaltyAccounts(tx, JdbcPenaltyAccountsTest.JSON);

  private PersonId newPerson() {
    return PersonId.of("P3-" + run + "-" + COUNTER.incrementAndGet());
  }

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  private static PenaltyLedgerPosting posting(String caseId, YearMonth month, String amount) {
    return new PenaltyLedgerPosting(caseId, month, cny(amount), DeductionKind.COMPLAINT,
        RequestId.of("post-" + caseId), AT);
  }

  private PersonPenaltyLedger save(PersonPenaltyLedger before, Changed<PersonPenaltyLedger> c) {
    return accounts.save(c.state(), before.outboxEventsOfSave(c.events()));
  }

  private int outboxRows(List<OutboxEvent> events) {
    return tx.withConnection("counting", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE event_id = ANY (?)")) {
        s.setArray(1, c.createArrayOf("text",
            events.stream().map(e -> e.eventId().value()).toArray()));
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  @Test
  void a_ledger_saved_in_a_host_transaction_that_rolls_back_leaves_neither_ledger_nor_event() {
    PersonPenaltyLedger open = PersonPenaltyLedger.open(newPerson(), CNY);
    Changed<PersonPenaltyLedger> posted = open.posted(posting("261107", NOVEMBER, "1800.00"), AT);
    List<OutboxEvent> events = open.outboxEventsOfSave(posted.events());
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      accounts.save(posted.state(), events);
      throw new IllegalStateException("the host fails after the save");
    }));
    assertEquals(Optional.empty(), accounts.find(open.person()));
    assertEquals(0, outboxRows(events));
    accounts.save(posted.state(), events);
    assertEquals(events.size(), outboxRows(events), "the retry stores both");
  }

  @Test
  void chinese_text_and_microseconds_read_back_equal() {
    PersonPenaltyLedger open = PersonPenaltyLedger.open(PersonId.of("张伟-" + run), CNY);
    PersonPenaltyLedger v1 = save(open, open.posted(posting("投诉-261107", NOVEMBER, "0.01"), AT));
    PersonPenaltyLedger v2 = save(v1, v1.reversed("投诉-261107", PersonId.of("人事-赵"),
        "决定撤回 (decision withdrawn)", RequestId.of("撤回-" + run), AT.plusNanos(1_000)));
    assertEquals(Optional.of(v2), accounts.find(open.person()));
    assertEquals(AT.plusNanos(1_000), accounts.find(open.person()).orElseThrow().reversals()
        .get(0).reversedAt());
  }

  /**
   * Ledgers in every state the month-end run tells apart, each checked for October to December
   * against the domain's own answer: the SQL over the derived columns must agree with
   * {@link PersonPenaltyLedger#toSettle(YearMonth)}.
   */
  @Test
  void the_run_query_answers_exactly_the_ledgers_the_domain_says_have_work_in_each_month() {
    Map<PersonPenaltyLedger, String> states = new LinkedHashMap<>();
    PersonPenaltyLedger open = PersonPenaltyLedger.open(newPerson(), CNY);
    PersonPenaltyLedger november = save(open, open.posted(posting("261101", NOVEMBER, "900.00"),
        AT));
    states.put(november, "a November posting, not settled");

    PersonPenaltyLedger open2 = PersonPenaltyLedger.open(newPerson(), CNY);
    states.put(save(open2, open2.posted(posting("261201", DECEMBER, "50.00"), AT)),
        "a December posting only");

    PersonPenaltyLedger open3 = PersonPenaltyLedger.open(newPerson(), CNY);
    PersonPenaltyLedger posted3 = save(open3, open3.posted(posting("261102", NOVEMBER,
        "2400.00"), AT));
    // 50 % of a CNY 3 000.00 bonus is deducted (1 500.00), 900.00 carried into December.
    PersonPenaltyLedger carried = save(posted3, posted3.settledMonth(CappedDeduction.seed(),
        NOVEMBER, cny("3000.00"), AT));
    states.put(carried, "November settled with an amount carried over");

    PersonPenaltyLedger open4 = PersonPenaltyLedger.open(newPerson(), CNY);
    PersonPenaltyLedger posted4 = save(open4, open4.posted(posting("261103", NOVEMBER, "100.00"),
        AT));
    PersonPenaltyLedger cleared = save(posted4, posted4.settledMonth(CappedDeduction.seed(),
        NOVEMBER, cny("3000.00"), AT));
    states.put(cleared, "November settled, nothing carried");

    PersonPenaltyLedger open5 = PersonPenaltyLedger.open(newPerson(), CNY);
    PersonPenaltyLedger posted5 = save(open5, open5.posted(posting("261104", OCTOBER, "10.00"),
        AT));
    states.put(save(posted5, posted5.reversed("261104", PersonId.of("hr-zhao"), "withdrawn",
        RequestId.of("rev-" + run), AT)), "an October posting reversed");

    for (YearMonth month : List.of(OCTOBER, NOVEMBER, DECEMBER)) {
      List<PersonId> answered = new ArrayList<>();
      accounts.toSettle(month, Integer.MAX_VALUE).forEach(l -> answered.add(l.person()));
      for (Map.Entry<PersonPenaltyLedger, String> e : states.entrySet()) {
        PersonPenaltyLedger stored = accounts.find(e.getKey().person()).orElseThrow();
        assertEquals(e.getKey(), stored, e.getValue() + " reads back equal");
        assertEquals(stored.toSettle(month), answered.contains(stored.person()),
            e.getValue() + " in the run of " + month);
      }
    }
  }
}
