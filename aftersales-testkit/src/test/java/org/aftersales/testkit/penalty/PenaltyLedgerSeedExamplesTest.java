package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.penalty.MonthSettled;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PenaltyLedgerReversal;
import org.aftersales.core.penalty.PenaltyPosted;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltyReversed;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PenaltySettlementReport;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.penalty.ReversePosting;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.rules.penalty.FineSchedule;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * The penalty ledger with the seed's numbers: a decided case posted person by person, the month-end
 * run under the one-bonus rule (经济处罚准则 §3.4: at most 50 % of the month's efficiency bonus, the
 * rest in the following months), reversals before and after a settlement. Every expected amount is
 * worked out by hand in the comments.
 * // rule: PEN-07, PEN-08, PEN-04, PEN-02, PEN-06, PEN-09, CMP-20
 */
class PenaltyLedgerSeedExamplesTest {

  static final Currency CNY = Currency.getInstance("CNY");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), SHANGHAI);
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final YearMonth DEC = YearMonth.of(2026, 12);
  static final PersonId WANG = PersonId.of("E1001");
  static final PersonId LI = PersonId.of("E1002");

  final InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
  final PenaltyPosting posting = new PenaltyPosting(accounts,
      TestValidators.commandValidator(), CLOCK);
  final PenaltySettlement settlement = new PenaltySettlement(accounts, CappedDeduction.seed(),
      CLOCK);

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static PostPenalty complaint(String caseId, YearMonth month, PersonId person, String amount) {
    return new PostPenalty(RequestId.of("decide-" + caseId), caseId, month,
        DeductionKind.COMPLAINT, List.of(new PersonAmount(person, cny(amount))));
  }

  static List<CaseDeduction> deductions(String... caseAndAmount) {
    List<CaseDeduction> out = new java.util.ArrayList<>();
    for (int i = 0; i < caseAndAmount.length; i += 2) {
      out.add(new CaseDeduction(caseAndAmount[i], cny(caseAndAmount[i + 1])));
    }
    return out;
  }

  MonthlyStatement only(PenaltySettlementReport report) {
    assertEquals(1, report.statements().size());
    return report.statements().get(0);
  }

  @Test
  void the_seeds_section_split_posted_from_the_decision_adds_up_to_the_case_to_the_fen() {
    // rule: PEN-07, PEN-06, PEN-09 — the worked example of docs/penalty.md: CNY 3 333.33 over the
    // seven members of the press section (base points 1.5, 1.2, 1.2, 1.0, 1.0, 0.8, 0.8).
    OrganizationUnit section = OrganizationUnit.builder().id(UnitId.of("S-PRESS"))
        .level(UnitLevel.SECTION).kind(DepartmentKind.MANUFACTURING)
        .addMembers(member("E1001", "1.5"), member("E1002", "1.2"), member("E1003", "1.2"),
            member("E1004", "1.0"), member("E1005", "1.0"), member("E1006", "0.8"),
            member("E1007", "0.8"))
        .build();
    PenaltyAllocation split = LargestRemainderAllocation.seed().allocate(PenaltyCase.builder()
        .caseId("261107").amount(cny("3333.33"))
        .addShares(new ResponsibilityShare(new ResponsibleParty.Unit(section), BigDecimal.ONE))
        .build());
    List<PersonPenaltyLedger> ledgers = posting.post(
        PostPenalty.of(RequestId.of("decide-261107"), split, NOV));
    assertEquals(7, ledgers.size());
    // E1001 666.67; E1002, E1003 533.33; E1004, E1005 444.44; E1006, E1007 355.56.
    List<String> expected = List.of("666.67", "533.33", "533.33", "444.44", "444.44", "355.56",
        "355.56");
    for (int i = 0; i < 7; i++) {
      assertEquals(cny(expected.get(i)), ledgers.get(i).postedTotal(), "E100" + (i + 1));
    }
    Money sum = Money.zero(CNY);
    for (PersonPenaltyLedger l : accounts.all()) {
      sum = sum.plus(l.postedTotal());
    }
    assertEquals(cny("3333.33"), sum);
    assertEquals(7, accounts.outbox().all().stream()
        .filter(e -> e.event() instanceof PenaltyPosted).count());
  }

  static Member member(String id, String basePoints) {
    return new Member(PersonId.of(id), BasePoints.parse(basePoints));
  }

  @Test
  void posting_the_same_decision_again_posts_nothing_twice() {
    // rule: PEN-07
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    PersonPenaltyLedger ledger = accounts.find(WANG).orElseThrow();
    assertEquals(1, ledger.postings().size());
    assertEquals(cny("1800.00"), ledger.postedTotal());
    assertEquals(1, accounts.outbox().all().size());
  }

  @Test
  void a_second_decision_of_the_same_case_for_the_same_person_is_refused() {
    // rule: PEN-07 — each case is deducted once, separately.
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> posting.post(
        new PostPenalty(RequestId.of("another"), "261107", NOV, DeductionKind.COMPLAINT,
            List.of(new PersonAmount(WANG, cny("1800.00"))))));
    assertEquals("PEN-07", e.ruleId().value());
    assertThrows(DuplicateRequestException.class,
        () -> posting.post(complaint("261107", NOV, WANG, "1700.00")));
    assertEquals(cny("1800.00"), accounts.find(WANG).orElseThrow().postedTotal());
  }

  @Test
  void a_refused_share_refuses_the_whole_command_before_anything_is_written() {
    // rule: PEN-07 — LI already carries case 261107 by another request: nothing is posted to WANG.
    posting.post(new PostPenalty(RequestId.of("first"), "261107", NOV, DeductionKind.COMPLAINT,
        List.of(new PersonAmount(LI, cny("10.00")))));
    PostPenalty both = new PostPenalty(RequestId.of("second"), "261107", NOV,
        DeductionKind.COMPLAINT, List.of(new PersonAmount(WANG, cny("5.00")),
            new PersonAmount(LI, cny("10.00"))));
    assertThrows(RuleRefusalException.class, () -> posting.post(both));
    assertTrue(accounts.find(WANG).isEmpty());
  }

  @Test
  void bad_shares_are_listed_in_one_refusal() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> posting.post(
        new PostPenalty(RequestId.of("bad"), "261107", NOV, DeductionKind.COMPLAINT, List.of(
            new PersonAmount(WANG, cny("-1.00")), new PersonAmount(WANG, cny("2.00")),
            new PersonAmount(LI, Money.of(new BigDecimal("3"), Currency.getInstance("JPY")))))));
    assertEquals(List.of("shares[0].amount", "shares[1].person", "shares[2].amount"),
        e.violations().stream().map(v -> v.path()).sorted().toList());
    assertTrue(accounts.all().isEmpty());
  }

  @Test
  void november_takes_half_the_bonus_and_december_the_rest_under_its_own_cap() {
    // rule: PEN-08 — bonus 3 000.00 in November: cap 1 500.00. Case 261107 (1 800.00) is taken
    // first (by case ID among new items): 1 500.00; 300.00 and all of 261108 (600.00) carry over.
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    posting.post(complaint("261108", NOV, WANG, "600.00"));
    MonthlyStatement nov = only(settlement.settle(NOV, Map.of(WANG, cny("3000.00"))));
    assertEquals(cny("1500.00"), nov.cap());
    assertEquals(deductions("261107", "1500.00"), nov.deductions());
    assertEquals(cny("900.00"), nov.outstandingAfter());
    // December, bonus 2 000.00: cap 1 000.00; 300.00 + 600.00 = 900.00 fits, nothing left.
    MonthlyStatement dec = only(settlement.settle(DEC, Map.of(WANG, cny("2000.00"))));
    assertEquals(cny("1000.00"), dec.cap());
    assertEquals(deductions("261107", "300.00", "261108", "600.00"), dec.deductions());
    assertTrue(dec.outstandingAfter().isZero());
  }

  @Test
  void an_administrative_penalty_is_taken_first_and_the_month_never_takes_more_than_its_bonus() {
    // rule: PEN-04, PEN-08 — one bonus, one month (issue 8): bonus 1 000.00, cap 500.00. A warning
    // converted to 400.00 is taken first (limited by the bonus only); complaint cases then take
    // min(cap 500.00, bonus left 600.00, owed 900.00) = 500.00: 900.00 in all, never above 1 000.00.
    posting.post(new PostPenalty(RequestId.of("warn-1"), "W-2611-01", NOV,
        DeductionKind.ADMINISTRATIVE, List.of(new PersonAmount(WANG, cny("400.00")))));
    posting.post(complaint("261107", NOV, WANG, "900.00"));
    MonthlyStatement nov = only(settlement.settle(NOV, Map.of(WANG, cny("1000.00"))));
    assertEquals(List.of(new CaseDeduction("W-2611-01", cny("400.00"),
        DeductionKind.ADMINISTRATIVE), new CaseDeduction("261107", cny("500.00"))),
        nov.deductions());
    assertEquals(cny("900.00"), nov.deducted());
    assertEquals(cny("400.00"), nov.outstandingAfter());
  }

  @Test
  void re_running_the_month_answers_the_stored_statements_and_another_bonus_is_refused() {
    // rule: PEN-08 — a month settles once.
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    MonthlyStatement first = only(settlement.settle(NOV, Map.of(WANG, cny("3000.00"))));
    int events = accounts.outbox().all().size();
    assertEquals(first, only(settlement.settle(NOV, Map.of(WANG, cny("3000.00")))));
    assertEquals(events, accounts.outbox().all().size());
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> settlement.settle(NOV, Map.of(WANG, cny("2000.00"))));
    assertEquals("PEN-08", e.ruleId().value());
    assertEquals(first, accounts.find(WANG).orElseThrow().settled(NOV).orElseThrow().statement());
  }

  @Test
  void a_person_without_a_bonus_is_listed_not_settled_and_a_later_run_settles_them() {
    // rule: PEN-08
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    posting.post(complaint("261108", NOV, LI, "100.00"));
    PenaltySettlementReport partial = settlement.settle(NOV, Map.of(LI, cny("500.00")));
    assertEquals(List.of(WANG), partial.withoutBonus());
    // LI: cap 250.00, owes 100.00: all of it.
    assertEquals(deductions("261108", "100.00"), only(partial).deductions());
    PenaltySettlementReport full = settlement.settle(NOV,
        Map.of(LI, cny("500.00"), WANG, cny("3000.00")));
    assertEquals(List.of(WANG, LI), full.statements().stream().map(MonthlyStatement::person)
        .toList());
    assertEquals(List.of(), full.withoutBonus());
  }

  @Test
  void a_posting_reversed_before_its_month_is_settled_is_as_if_never_posted() {
    // rule: PEN-07
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    posting.post(complaint("261108", NOV, WANG, "600.00"));
    PersonPenaltyLedger reversed = posting.reverse(new ReversePosting(RequestId.of("rev-1"), WANG,
        "261107", PersonId.of("hr-zhao"), "decision withdrawn"));
    PenaltyLedgerReversal r = reversed.reversal("261107").orElseThrow();
    assertTrue(r.refund().isZero());
    assertEquals(cny("600.00"), reversed.postedTotal());
    // Only 261108 enters November: 600.00 under the cap of 1 500.00.
    MonthlyStatement nov = only(settlement.settle(NOV, Map.of(WANG, cny("3000.00"))));
    assertEquals(deductions("261108", "600.00"), nov.deductions());
    assertEquals(cny("600.00"), nov.newlyAssessed());
  }

  @Test
  void a_posting_reversed_after_a_settlement_leaves_the_account_and_documents_the_refund() {
    // rule: PEN-07, PEN-08 — November took 1 500.00 of 261107 (1 800.00); reversed in December,
    // the 300.00 still open leaves the account, and the 1 500.00 deducted is documented as the
    // correction owed; November's statement stays as it was.
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    posting.post(complaint("261108", NOV, WANG, "600.00"));
    MonthlyStatement nov = only(settlement.settle(NOV, Map.of(WANG, cny("3000.00"))));
    PersonPenaltyLedger after = posting.reverse(new ReversePosting(RequestId.of("rev-1"), WANG,
        "261107", PersonId.of("hr-zhao"), "decision withdrawn"));
    PenaltyLedgerReversal r = after.reversal("261107").orElseThrow();
    assertEquals(cny("1500.00"), r.refund());
    assertEquals(cny("1800.00"), r.amount());
    assertEquals(PersonId.of("hr-zhao"), r.reversedBy());
    assertEquals("decision withdrawn", r.reason());
    assertEquals(cny("600.00"), after.account().outstanding());
    assertEquals(cny("600.00"), after.account().totalAssessed());
    assertTrue(after.account().totalDeducted().isZero());
    assertEquals(nov, after.settled(NOV).orElseThrow().statement());
    // December, bonus 2 000.00 (cap 1 000.00): 261108's 600.00 only.
    MonthlyStatement dec = only(settlement.settle(DEC, Map.of(WANG, cny("2000.00"))));
    assertEquals(deductions("261108", "600.00"), dec.deductions());
    List<DomainEvent> events = accounts.outbox().all().stream().map(OutboxEvent::event).toList();
    assertEquals(2, events.stream().filter(e -> e instanceof PenaltyPosted).count());
    assertEquals(1, events.stream().filter(e -> e instanceof PenaltyReversed).count());
    assertEquals(2, events.stream().filter(e -> e instanceof MonthSettled).count());
  }

  @Test
  void a_reversal_sent_again_answers_the_stored_ledger_and_another_reversal_is_refused() {
    // rule: PEN-07
    posting.post(complaint("261107", NOV, WANG, "1800.00"));
    ReversePosting reverse = new ReversePosting(RequestId.of("rev-1"), WANG, "261107",
        PersonId.of("hr-zhao"), "decision withdrawn");
    PersonPenaltyLedger first = posting.reverse(reverse);
    assertEquals(first, posting.reverse(reverse));
    assertThrows(DuplicateRequestException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev-1"), WANG, "261107", PersonId.of("hr-zhao"), "another reason")));
    assertThrows(RuleRefusalException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev-2"), WANG, "261107", PersonId.of("hr-zhao"), "decision withdrawn")));
    assertThrows(RuleRefusalException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev-3"), WANG, "999999", PersonId.of("hr-zhao"), "no such case")));
  }

  @Test
  void a_complaint_fine_paid_by_the_group_lead_is_posted_as_a_fine_and_taken_before_complaint_cases() {
    // rule: CMP-20, PEN-08 — a verified complaint about the service, reported the second time
    // (doubled: 2 × 100.00 = 200.00), no person identified: the group lead pays (FineSchedule).
    // The lead's November bonus 1 000.00 (cap 500.00): the fine 200.00 first, then the lead's
    // complaint case of 600.00 takes min(cap 500.00, bonus left 800.00) = 500.00; 100.00 carries.
    PersonId lead = PersonId.of("P-3003");
    OrganizationUnit group = OrganizationUnit.builder().id(UnitId.of("SVC-G1"))
        .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
        .addMembers(member("P-3001", "1"), new Member(lead, BasePoints.of(2))).lead(lead).build();
    FineDecision decision = FineSchedule.seed(CNY, SHANGHAI).decide(FineCase.builder()
        .kind(FineKind.VERIFIED_SERVICE_COMPLAINT)
        .occurredAt(Instant.parse("2026-11-10T02:00:00Z")).occurrences(1).group(group).report(2)
        .build());
    FineDecision.Fine fine = (FineDecision.Fine) decision;
    assertEquals(lead, fine.payer());
    assertEquals(cny("200.00"), fine.amount());
    posting.post(new PostPenalty(RequestId.of("fine-F2611-07"), "F2611-07", NOV,
        DeductionKind.FINE, List.of(new PersonAmount(fine.payer(), fine.amount()))));
    posting.post(complaint("261107", NOV, lead, "600.00"));
    MonthlyStatement nov = only(settlement.settle(NOV, Map.of(lead, cny("1000.00"))));
    assertEquals(List.of(new CaseDeduction("F2611-07", cny("200.00"), DeductionKind.FINE),
        new CaseDeduction("261107", cny("500.00"))), nov.deductions());
    assertEquals(cny("100.00"), nov.outstandingAfter());
  }
}
