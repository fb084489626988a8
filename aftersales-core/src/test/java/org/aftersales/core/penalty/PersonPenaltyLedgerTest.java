package org.aftersales.core.penalty;

import static org.aftersales.core.penalty.LedgerFixtures.AT;
import static org.aftersales.core.penalty.LedgerFixtures.CNY;
import static org.aftersales.core.penalty.LedgerFixtures.DEC;
import static org.aftersales.core.penalty.LedgerFixtures.HR;
import static org.aftersales.core.penalty.LedgerFixtures.LI;
import static org.aftersales.core.penalty.LedgerFixtures.NOV;
import static org.aftersales.core.penalty.LedgerFixtures.OCT;
import static org.aftersales.core.penalty.LedgerFixtures.WANG;
import static org.aftersales.core.penalty.LedgerFixtures.cny;
import static org.aftersales.core.penalty.LedgerFixtures.posting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The penalty ledger aggregate: postings, reversals and settled months, with a test policy that
 * takes half the bonus (amounts worked out by hand).
 * // rule: PEN-07, PEN-08
 */
class PersonPenaltyLedgerTest {

  static final DeductionPolicy HALF = new LedgerFixtures.HalfTheBonus();

  static PersonPenaltyLedger open() {
    return PersonPenaltyLedger.open(WANG, CNY);
  }

  static PersonPenaltyLedger with(String... caseAndAmount) {
    PersonPenaltyLedger l = open();
    for (int i = 0; i < caseAndAmount.length; i += 2) {
      l = l.posted(posting(caseAndAmount[i], NOV, caseAndAmount[i + 1]), AT).state();
    }
    return l;
  }

  @Test
  void a_new_ledger_is_empty_at_version_zero() {
    PersonPenaltyLedger l = open();
    assertEquals(Version.initial(), l.version());
    assertEquals(PenaltyAccount.open(WANG, CNY), l.account());
    assertTrue(l.postedTotal().isZero());
    assertEquals(List.of(), l.pending());
    assertFalse(l.toSettle(NOV));
  }

  @Test
  void a_posting_is_pending_counted_and_announced() {
    // rule: PEN-07
    PenaltyLedgerPosting p = posting("261107", NOV, "1800.00");
    Changed<PersonPenaltyLedger> c = open().posted(p, AT);
    assertEquals(List.of(p), c.state().postings());
    assertEquals(List.of(p), c.state().pending());
    assertEquals(cny("1800.00"), c.state().postedTotal());
    assertEquals(List.of(new PenaltyPosted(WANG, p, AT)), c.events());
    assertEquals(Optional.of(p), c.state().posting("261107"));
    assertEquals(Optional.empty(), c.state().posting("261108"));
  }

  @Test
  void a_case_is_posted_once() {
    // rule: PEN-07
    PersonPenaltyLedger l = with("261107", "1800.00");
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> l.posted(posting("261107", NOV, "1.00"), AT));
    assertEquals("PEN-07", e.ruleId().value());
  }

  @Test
  void a_posting_in_another_currency_is_refused() {
    PenaltyLedgerPosting yen = new PenaltyLedgerPosting("261107", NOV,
        Money.ofMinor(100, Currency.getInstance("JPY")), DeductionKind.COMPLAINT,
        RequestId.of("r"), AT);
    assertThrows(InvalidInputException.class, () -> open().posted(yen, AT));
  }

  @Test
  void a_closed_account_takes_no_posting() {
    // rule: PEN-08
    PersonPenaltyLedger closed = PersonPenaltyLedger.builder().person(WANG).currency(CNY)
        .account(PenaltyAccount.builder().person(WANG).currency(CNY).totalAssessed(cny("0.00"))
            .totalDeducted(cny("0.00")).totalWrittenOff(cny("0.00")).closed(true).build())
        .build();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> closed.posted(posting("261107", NOV, "1.00"), AT));
    assertEquals("PEN-08", e.ruleId().value());
    assertFalse(closed.toSettle(NOV));
  }

  @Test
  void november_enters_the_postings_of_november_and_earlier_and_takes_half_the_bonus() {
    // rule: PEN-08 — bonus 3 000.00, half 1 500.00: 261107 (1 800.00) gives 1 500.00.
    PersonPenaltyLedger l = with("261107", "1800.00").posted(posting("261201", DEC, "50.00"), AT)
        .state();
    Changed<PersonPenaltyLedger> c = l.settledMonth(HALF, NOV, cny("3000.00"), AT);
    PersonPenaltyLedger s = c.state();
    PenaltyLedgerMonth m = s.settled(NOV).orElseThrow();
    assertEquals(List.of("261107"), m.enteredCases());
    assertEquals("test-half/1", m.algorithmVersion());
    assertEquals(List.of(new CaseDeduction("261107", cny("1500.00"))), m.statement().deductions());
    assertEquals(List.of(new MonthSettled(m.statement(), AT)), c.events());
    assertEquals(cny("300.00"), s.account().outstanding());
    assertEquals(Optional.of(NOV), s.account().lastSettled());
    assertEquals(List.of(posting("261201", DEC, "50.00")), s.pending());
    assertEquals(cny("1850.00"), s.postedTotal());
    assertEquals(Optional.empty(), s.settled(DEC));
  }

  @Test
  void settling_the_month_again_with_the_same_bonus_changes_nothing() {
    // rule: PEN-08
    PersonPenaltyLedger s = with("261107", "1800.00").settledMonth(HALF, NOV, cny("3000.00"), AT)
        .state();
    Changed<PersonPenaltyLedger> again = s.settledMonth(HALF, NOV, cny("3000.0"), AT);
    assertSame(s, again.state());
    assertEquals(List.of(), again.events());
  }

  @Test
  void settling_the_month_again_with_another_bonus_is_refused() {
    // rule: PEN-08
    PersonPenaltyLedger s = with("261107", "1800.00").settledMonth(HALF, NOV, cny("3000.00"), AT)
        .state();
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> s.settledMonth(HALF, NOV, cny("2999.99"), AT));
    assertEquals("PEN-08", e.ruleId().value());
    Money yen = Money.ofMinor(3000, Currency.getInstance("JPY"));
    assertThrows(RuleRefusalException.class, () -> s.settledMonth(HALF, NOV, yen, AT));
  }

  @Test
  void which_ledgers_the_run_of_a_month_settles() {
    // rule: PEN-08
    PersonPenaltyLedger decided = with("261107", "1800.00");
    assertTrue(decided.toSettle(NOV), "a November posting");
    assertTrue(decided.toSettle(DEC), "a November posting in a later run");
    assertFalse(decided.toSettle(OCT), "a November posting is not October's");
    PersonPenaltyLedger settled = decided.settledMonth(HALF, NOV, cny("3000.00"), AT).state();
    assertTrue(settled.toSettle(NOV), "settled: answered again");
    assertTrue(settled.toSettle(DEC), "an open item carried over");
    assertFalse(settled.toSettle(OCT), "settled for a later month");
    PersonPenaltyLedger paid = decided.settledMonth(HALF, NOV, cny("4000.00"), AT).state();
    assertFalse(paid.toSettle(DEC), "nothing open, nothing pending");
    PersonPenaltyLedger reversed = decided.reversed("261107", HR, "withdrawn", RequestId.of("r"),
        AT).state();
    assertFalse(reversed.toSettle(NOV), "only a reversed posting");
  }

  @Test
  void a_pending_posting_reversed_is_as_if_never_posted() {
    // rule: PEN-07
    PersonPenaltyLedger l = with("261107", "1800.00", "261108", "600.00");
    Changed<PersonPenaltyLedger> c = l.reversed("261107", HR, "withdrawn", RequestId.of("rev"),
        AT);
    PenaltyLedgerReversal r = c.state().reversal("261107").orElseThrow();
    assertEquals(new PenaltyLedgerReversal("261107", cny("1800.00"), cny("0.00"), cny("0.00"), HR,
        "withdrawn", RequestId.of("rev"), AT), r);
    assertEquals(List.of(new PenaltyReversed(WANG, r, AT)), c.events());
    assertEquals(l.account(), c.state().account());
    assertEquals(List.of(posting("261108", NOV, "600.00")), c.state().pending());
    assertEquals(cny("600.00"), c.state().postedTotal());
    assertEquals(Optional.empty(), c.state().reversal("261108"));
  }

  @Test
  void a_settled_posting_reversed_leaves_the_account_and_documents_the_refund() {
    // rule: PEN-07, PEN-08 — November took 1 500.00 of 261107 and nothing of 261108 (cap used up).
    PersonPenaltyLedger s = with("261107", "1800.00", "261108", "600.00")
        .settledMonth(HALF, NOV, cny("3000.00"), AT).state();
    PersonPenaltyLedger r = s.reversed("261107", HR, "withdrawn", RequestId.of("rev"), AT)
        .state();
    assertEquals(cny("1500.00"), r.reversal("261107").orElseThrow().refund());
    assertEquals(List.of(new OpenItem("261108", NOV, cny("600.00"), cny("0.00"))),
        r.account().openItems());
    assertEquals(cny("600.00"), r.account().totalAssessed());
    assertTrue(r.account().totalDeducted().isZero());
    assertEquals(Optional.of(NOV), r.account().lastSettled());
    assertEquals(s.months(), r.months());
    // December, bonus 2 000.00: half 1 000.00, 261108 600.00 paid.
    PenaltyLedgerMonth dec = r.settledMonth(HALF, DEC, cny("2000.00"), AT).state().settled(DEC)
        .orElseThrow();
    assertEquals(List.of(new CaseDeduction("261108", cny("600.00"))), dec.statement().deductions());
  }

  @Test
  void a_fully_deducted_posting_reversed_refunds_all_of_it() {
    // rule: PEN-07 — bonus 4 000.00, half 2 000.00: 261107 (1 800.00) paid in full.
    PersonPenaltyLedger s = with("261107", "1800.00").settledMonth(HALF, NOV, cny("4000.00"), AT)
        .state();
    PersonPenaltyLedger r = s.reversed("261107", HR, "withdrawn", RequestId.of("rev"), AT)
        .state();
    assertEquals(cny("1800.00"), r.reversal("261107").orElseThrow().refund());
    assertTrue(r.account().totalAssessed().isZero());
    assertTrue(r.account().totalDeducted().isZero());
  }

  @Test
  void only_a_posted_case_not_yet_reversed_can_be_reversed() {
    // rule: PEN-07
    PersonPenaltyLedger l = with("261107", "1800.00");
    assertEquals("PEN-07", assertThrows(RuleRefusalException.class,
        () -> l.reversed("999999", HR, "x", RequestId.of("r1"), AT)).ruleId().value());
    PersonPenaltyLedger r = l.reversed("261107", HR, "x", RequestId.of("r1"), AT).state();
    assertEquals("PEN-07", assertThrows(RuleRefusalException.class,
        () -> r.reversed("261107", HR, "x", RequestId.of("r2"), AT)).ruleId().value());
  }

  @Test
  void the_outbox_ids_name_the_ledger_and_the_version_the_save_stores() {
    PersonPenaltyLedger l = open().withVersion(Version.of(4));
    Changed<PersonPenaltyLedger> c = l.posted(posting("261107", NOV, "1.00"), AT);
    List<OutboxEvent> out = l.outboxEventsOfSave(c.events());
    assertEquals(List.of(new OutboxEvent(EventId.of("penalty-ledger", "E1001", Version.of(5), 0),
        c.events().get(0))), out);
  }

  @Test
  void a_ledger_that_breaks_its_invariants_cannot_be_built() {
    PenaltyLedgerPosting p = posting("261107", NOV, "1.00");
    PenaltyLedgerReversal r = new PenaltyLedgerReversal("261108", cny("1.00"), cny("0.00"),
        cny("0.00"), HR, "x", RequestId.of("r"), AT);
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(LI, CNY)).build(), "another's account");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(WANG, Currency.getInstance("JPY"))).build(),
        "another currency's account");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(WANG, CNY)).addPostings(p, p).build(),
        "a case twice");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(WANG, CNY)).addPostings(p).addReversals(r)
        .build(), "a reversal without its posting");
    PersonPenaltyLedger dec = with("261107", "1.00").settledMonth(HALF, DEC, cny("0.00"), AT)
        .state();
    PersonPenaltyLedger nov = with("261107", "1.00").settledMonth(HALF, NOV, cny("0.00"), AT)
        .state();
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(dec.account()).addPostings(p)
        .addMonths(dec.months().get(0), nov.months().get(0)).build(), "months out of order");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(nov.account()).addPostings(p).addMonths(dec.months().get(0))
        .build(), "the account's last settled month differs");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(WANG, CNY)).addPostings(p)
        .addMonths(dec.months().get(0)).build(), "settled months but a never-settled account");
  }

  @Test
  void the_values_check_their_amounts() {
    assertThrows(InvalidInputException.class, () -> posting("261107", NOV, "0.00"));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal("261107",
        cny("1.00"), cny("0.60"), cny("0.41"), HR, "x", RequestId.of("r"), AT));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal("261107",
        cny("1.00"), cny("-0.01"), cny("0.00"), HR, "x", RequestId.of("r"), AT));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal("261107",
        cny("1.00"), cny("0.00"), cny("-0.01"), HR, "x", RequestId.of("r"), AT));
    PenaltyLedgerReversal exact = new PenaltyLedgerReversal("261107", cny("1.00"), cny("0.60"),
        cny("0.40"), HR, "x", RequestId.of("r"), AT.plusNanos(789));
    assertEquals(AT, exact.reversedAt(), "truncated to the microsecond");
    assertEquals(AT, new PenaltyLedgerPosting("261107", NOV, cny("1.00"),
        DeductionKind.FINE, RequestId.of("r"), AT.plusNanos(1)).postedAt());
    assertEquals(new Assessment("261107", WANG, cny("1.00"), YearMonth.of(2026, 11),
        DeductionKind.FINE), new PenaltyLedgerPosting("261107", NOV, cny("1.00"),
        DeductionKind.FINE, RequestId.of("r"), AT).toAssessment(WANG));
  }

  @Test
  void each_invariant_is_checked_on_its_own() {
    PenaltyLedgerPosting p = posting("261107", NOV, "1.00");
    PenaltyLedgerReversal r = new PenaltyLedgerReversal("261107", cny("1.00"), cny("0.00"),
        cny("0.00"), HR, "x", RequestId.of("r"), AT);
    PenaltyLedgerPosting yen = new PenaltyLedgerPosting("261108", NOV,
        Money.ofMinor(1, Currency.getInstance("JPY")), DeductionKind.COMPLAINT,
        RequestId.of("r"), AT);
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(WANG, CNY)).addPostings(yen).build(),
        "a posting in another currency");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(PenaltyAccount.open(WANG, CNY)).addPostings(p).addReversals(r, r)
        .build(), "a case reversed twice");
    PersonPenaltyLedger dec = with("261107", "1.00").settledMonth(HALF, DEC, cny("0.00"), AT)
        .state();
    PersonPenaltyLedger nov = with("261107", "1.00").settledMonth(HALF, NOV, cny("0.00"), AT)
        .state();
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(nov.account()).addPostings(p)
        .addMonths(dec.months().get(0), nov.months().get(0)).build(),
        "December before November, the account last settled in November");
    assertThrows(InvalidInputException.class, () -> PersonPenaltyLedger.builder().person(WANG)
        .currency(CNY).account(nov.account()).addPostings(p)
        .addMonths(nov.months().get(0), nov.months().get(0)).build(), "November twice");
  }

  @Test
  void a_posting_in_another_currency_is_refused_on_its_amount() {
    PenaltyLedgerPosting yen = new PenaltyLedgerPosting("261107", NOV,
        Money.ofMinor(100, Currency.getInstance("JPY")), DeductionKind.COMPLAINT,
        RequestId.of("r"), AT);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> open().posted(yen, AT));
    assertEquals("amount", e.violations().get(0).path());
  }

  @Test
  void the_records_refuse_bad_references_amounts_and_currencies() {
    Money yen = Money.ofMinor(0, Currency.getInstance("JPY"));
    assertThrows(InvalidInputException.class, () -> posting(" 261107", NOV, "1.00"));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal(" 261107",
        cny("1.00"), cny("0.00"), cny("0.00"), HR, "x", RequestId.of("r"), AT));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal("261107",
        cny("0.00"), cny("0.00"), cny("0.00"), HR, "x", RequestId.of("r"), AT));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal("261107",
        cny("1.00"), yen, cny("0.00"), HR, "x", RequestId.of("r"), AT));
    assertThrows(InvalidInputException.class, () -> new PenaltyLedgerReversal("261107",
        cny("1.00"), cny("0.00"), yen, HR, "x", RequestId.of("r"), AT));
  }

  @Test
  void a_posting_written_off_at_a_departure_and_reversed_leaves_the_written_off_total() {
    // rule: PEN-07, PEN-08 — a ledger as an adapter rebuilds it: 261107 (1.00) written off when
    // the person left in November; the reversal takes it out of the written-off total.
    PenaltyLedgerPosting p = posting("261107", NOV, "1.00");
    MonthlyStatement left = new MonthlyStatement(WANG, NOV, cny("0.00"), cny("0.00"),
        cny("1.00"), List.of(), cny("0.00"), List.of(new CaseDeduction("261107", cny("1.00"))),
        cny("1.00"), cny("0.00"), true);
    PenaltyAccount closed = PenaltyAccount.builder().person(WANG).currency(CNY)
        .totalAssessed(cny("1.00")).totalDeducted(cny("0.00")).totalWrittenOff(cny("1.00"))
        .lastSettled(NOV).closed(true).build();
    PersonPenaltyLedger l = PersonPenaltyLedger.builder().person(WANG).currency(CNY)
        .account(closed).addPostings(p)
        .addMonths(new PenaltyLedgerMonth(left, "test-half/1", List.of("261107"), AT)).build();
    PersonPenaltyLedger r = l.reversed("261107", HR, "x", RequestId.of("r"), AT).state();
    PenaltyLedgerReversal reversal = r.reversal("261107").orElseThrow();
    assertTrue(reversal.refund().isZero());
    assertEquals(cny("1.00"), reversal.writtenOffReversed());
    assertTrue(r.account().totalWrittenOff().isZero());
    assertTrue(r.account().closed());
  }
}
