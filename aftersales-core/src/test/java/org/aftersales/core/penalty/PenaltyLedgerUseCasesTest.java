package org.aftersales.core.penalty;

import static org.aftersales.core.penalty.LedgerFixtures.AT;
import static org.aftersales.core.penalty.LedgerFixtures.CNY;
import static org.aftersales.core.penalty.LedgerFixtures.HR;
import static org.aftersales.core.penalty.LedgerFixtures.LI;
import static org.aftersales.core.penalty.LedgerFixtures.NOV;
import static org.aftersales.core.penalty.LedgerFixtures.WANG;
import static org.aftersales.core.penalty.LedgerFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The posting, reversal and month-end use cases over a small map-backed port that can lose races
 * on purpose (the testkit's contract and fault tests cover a real adapter).
 * // rule: PEN-07, PEN-08
 */
class PenaltyLedgerUseCasesTest {

  static final CommandValidator VALIDATOR = new CommandValidator(Validation.byDefaultProvider()
      .configure().messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator());
  static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

  /** A map-backed port; {@code conflicts} saves in a row are refused as if another won. */
  static class MapAccounts implements PenaltyAccounts {
    final TreeMap<PersonId, PersonPenaltyLedger> rows = new TreeMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    int conflicts;

    @Override
    public Optional<PersonPenaltyLedger> find(PersonId person) {
      calls.add("find " + person.value());
      return Optional.ofNullable(rows.get(person));
    }

    @Override
    public PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events) {
      calls.add("save");
      PersonPenaltyLedger stored = rows.get(ledger.person());
      Version actual = stored == null ? null : stored.version();
      if (conflicts > 0) {
        conflicts--;
        throw new ConcurrentUpdateException(PersonPenaltyLedger.KIND, ledger.person().value(),
            ledger.version(), actual);
      }
      PersonPenaltyLedger saved = ledger.withVersion(ledger.version().next());
      rows.put(saved.person(), saved);
      outbox.addAll(events);
      return saved;
    }

    @Override
    public List<PersonPenaltyLedger> toSettle(YearMonth month, int max) {
      calls.add("toSettle");
      return rows.values().stream().filter(l -> l.toSettle(month)).limit(max).toList();
    }

    @Override
    public List<PersonPenaltyLedger> toSettleAfter(YearMonth month, PersonId after, int max) {
      calls.add("toSettleAfter");
      return rows.tailMap(after, false).values().stream().filter(l -> l.toSettle(month))
          .limit(max).toList();
    }
  }

  final MapAccounts accounts = new MapAccounts();
  final PenaltyPosting posting = new PenaltyPosting(accounts, VALIDATOR, CLOCK);
  final PenaltySettlement settlement = new PenaltySettlement(accounts,
      new LedgerFixtures.HalfTheBonus(), CLOCK);

  static PostPenalty decide(String caseId, PersonAmount... shares) {
    return new PostPenalty(RequestId.of("decide-" + caseId), caseId, NOV,
        DeductionKind.COMPLAINT, List.of(shares));
  }

  @Test
  void every_share_above_zero_is_posted_once_and_the_ledgers_come_back_by_person() {
    // rule: PEN-07
    List<PersonPenaltyLedger> out = posting.post(decide("261107",
        new PersonAmount(LI, cny("0.01")), new PersonAmount(PersonId.of("E1003"), cny("0.00")),
        new PersonAmount(WANG, cny("2.00"))));
    assertEquals(List.of(WANG, LI), out.stream().map(PersonPenaltyLedger::person).toList());
    assertEquals(List.of("find E1001", "find E1002", "save", "save"), accounts.calls);
    assertEquals(2, accounts.outbox.size());
    assertTrue(!accounts.rows.containsKey(PersonId.of("E1003")), "a zero share posts nothing");
    assertEquals(out, posting.post(decide("261107", new PersonAmount(LI, cny("0.01")),
        new PersonAmount(PersonId.of("E1003"), cny("0.00")), new PersonAmount(WANG,
            cny("2.00")))));
    assertEquals(2, accounts.outbox.size());
  }

  @Test
  void a_lost_race_is_posted_again_on_top_of_the_winner() {
    // rule: PEN-07
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    accounts.calls.clear();
    accounts.conflicts = 2;
    PersonPenaltyLedger l = posting.post(decide("261108", new PersonAmount(WANG, cny("2.00"))))
        .get(0);
    assertEquals(cny("3.00"), l.postedTotal());
    assertEquals(List.of("find E1001", "save", "find E1001", "save", "find E1001", "save"),
        accounts.calls);
  }

  @Test
  void a_race_lost_every_time_surfaces_as_the_conflict() {
    accounts.conflicts = PenaltyPosting.ATTEMPTS;
    assertThrows(ConcurrentUpdateException.class,
        () -> posting.post(decide("261108", new PersonAmount(WANG, cny("2.00")))));
    assertTrue(accounts.rows.isEmpty());
    accounts.conflicts = PenaltyPosting.ATTEMPTS - 1;
    posting.post(decide("261108", new PersonAmount(WANG, cny("2.00"))));
    assertEquals(1, accounts.rows.size());
  }

  @Test
  void a_race_lost_to_the_same_command_answers_the_stored_ledger() {
    // rule: PEN-07 — the winner was this very command (a retry raced its first attempt).
    PenaltyPosting racing = new PenaltyPosting(new MapAccounts() {
      @Override
      public PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events) {
        accounts.save(ledger, events);
        throw new ConcurrentUpdateException(PersonPenaltyLedger.KIND, "E1001", ledger.version(),
            ledger.version().next());
      }

      @Override
      public Optional<PersonPenaltyLedger> find(PersonId person) {
        return accounts.find(person);
      }
    }, VALIDATOR, CLOCK);
    List<PersonPenaltyLedger> out = racing.post(decide("261107",
        new PersonAmount(WANG, cny("1.00"))));
    assertEquals(Version.of(1), out.get(0).version());
    assertEquals(1, accounts.outbox.size());
  }

  @Test
  void the_same_request_with_other_content_is_a_duplicate_request() {
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    for (PostPenalty other : List.of(decide("261107", new PersonAmount(WANG, cny("1.01"))),
        new PostPenalty(RequestId.of("decide-261107"), "261107", NOV.plusMonths(1),
            DeductionKind.COMPLAINT, List.of(new PersonAmount(WANG, cny("1.00")))),
        new PostPenalty(RequestId.of("decide-261107"), "261107", NOV, DeductionKind.FINE,
            List.of(new PersonAmount(WANG, cny("1.00")))))) {
      assertThrows(DuplicateRequestException.class, () -> posting.post(other));
    }
    assertEquals(1, accounts.outbox.size());
  }

  @Test
  void bad_commands_are_refused_before_any_port_call() {
    assertThrows(InvalidInputException.class, () -> posting.post(new PostPenalty(null, "261107",
        NOV, DeductionKind.COMPLAINT, List.of(new PersonAmount(WANG, cny("1.00"))))));
    assertThrows(InvalidInputException.class, () -> posting.post(new PostPenalty(
        RequestId.of("r"), "261107", NOV, DeductionKind.COMPLAINT, List.of())));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> posting.post(
        new PostPenalty(RequestId.of("r"), " 261107", NOV, DeductionKind.COMPLAINT, List.of(
            new PersonAmount(WANG, cny("1.00")), new PersonAmount(LI, cny("-1.00")),
            new PersonAmount(WANG, Money.ofMinor(1, Currency.getInstance("JPY")))))));
    assertEquals(List.of("caseId", "shares[1].amount", "shares[2].amount", "shares[2].person"),
        e.violations().stream().map(v -> v.path()).sorted().toList());
    assertEquals(List.of(), accounts.calls);
  }

  @Test
  void a_ledger_in_another_currency_refuses_the_command() {
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    assertThrows(InvalidInputException.class, () -> posting.post(decide("261108",
        new PersonAmount(WANG, Money.ofMinor(100, Currency.getInstance("JPY"))))));
  }

  @Test
  void a_reversal_is_stored_once_and_answered_again() {
    // rule: PEN-07
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    ReversePosting reverse = new ReversePosting(RequestId.of("rev"), WANG, "261107", HR,
        "withdrawn");
    accounts.conflicts = 1;
    PersonPenaltyLedger r = posting.reverse(reverse);
    assertTrue(r.postedTotal().isZero());
    assertEquals(r, posting.reverse(reverse));
    assertThrows(DuplicateRequestException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev"), WANG, "261107", LI, "withdrawn")));
    assertThrows(DuplicateRequestException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev"), WANG, "261107", HR, "other")));
    assertThrows(NotFoundException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev"), LI, "261107", HR, "withdrawn")));
    assertThrows(InvalidInputException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev"), WANG, "261107", HR, " ")));
  }

  @Test
  void a_reversal_that_keeps_losing_its_race_surfaces_the_conflict() {
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    accounts.conflicts = PenaltyPosting.ATTEMPTS;
    assertThrows(ConcurrentUpdateException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev"), WANG, "261107", HR, "withdrawn")));
    assertTrue(accounts.rows.get(WANG).reversals().isEmpty());
  }

  @Test
  void the_run_settles_every_page_lists_persons_without_a_bonus_and_answers_a_rerun() {
    // rule: PEN-08 — 1 001 persons (more than one page) with 2.00 each; bonus 2.00, half 1.00.
    Map<PersonId, Money> bonuses = new HashMap<>();
    for (int i = 0; i < PenaltySettlement.PAGE + 1; i++) {
      PersonId p = PersonId.of(String.format("P%05d", i));
      posting.post(decide("C" + i, new PersonAmount(p, cny("2.00"))));
      if (i > 0) {
        bonuses.put(p, cny("2.00"));
      }
    }
    accounts.calls.clear();
    PenaltySettlementReport report = settlement.settle(NOV, bonuses);
    assertEquals(List.of(PersonId.of("P00000")), report.withoutBonus());
    assertEquals(PenaltySettlement.PAGE, report.statements().size());
    assertTrue(report.statements().stream()
        .allMatch(s -> s.deducted().compareTo(cny("1.00")) == 0
            && s.cap().compareTo(cny("1.00")) == 0));
    assertEquals(List.of("toSettle", "toSettleAfter"), accounts.calls.stream()
        .filter(c -> c.startsWith("toSettle")).toList());
    int events = accounts.outbox.size();
    assertEquals(report.statements(), settlement.settle(NOV, bonuses).statements());
    assertEquals(events, accounts.outbox.size());
  }

  @Test
  void a_run_that_loses_a_race_settles_the_ledger_as_stored_then() {
    // rule: PEN-08
    posting.post(decide("261107", new PersonAmount(WANG, cny("2.00"))));
    accounts.conflicts = 1;
    PenaltySettlementReport report = settlement.settle(NOV, Map.of(WANG, cny("2.00")));
    assertEquals(cny("1.00"), report.statements().get(0).deducted());
    assertEquals(Version.of(2), accounts.rows.get(WANG).version());
  }

  @Test
  void a_run_that_keeps_losing_surfaces_the_conflict_and_a_negative_bonus_is_refused() {
    posting.post(decide("261107", new PersonAmount(WANG, cny("2.00"))));
    accounts.conflicts = PenaltyPosting.ATTEMPTS;
    assertThrows(ConcurrentUpdateException.class,
        () -> settlement.settle(NOV, Map.of(WANG, cny("2.00"))));
    assertThrows(InvalidInputException.class,
        () -> settlement.settle(NOV, Map.of(WANG, cny("-0.01"))));
    assertEquals(List.of(), accounts.rows.get(WANG).months());
  }

  @Test
  void a_command_completed_after_a_partial_attempt_answers_every_ledger_by_person() {
    // rule: PEN-07 — an earlier attempt reached E1002 only; the retry posts to E1001.
    posting.post(decide("261107", new PersonAmount(LI, cny("1.00"))));
    List<PersonPenaltyLedger> out = posting.post(decide("261107",
        new PersonAmount(LI, cny("1.00")), new PersonAmount(WANG, cny("2.00"))));
    assertEquals(List.of(WANG, LI), out.stream().map(PersonPenaltyLedger::person).toList());
    assertEquals(2, accounts.outbox.size());
  }

  @Test
  void a_case_posted_by_another_request_is_refused_even_with_the_same_amount() {
    // rule: PEN-07
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> posting.post(
        new PostPenalty(RequestId.of("another"), "261107", NOV, DeductionKind.COMPLAINT,
            List.of(new PersonAmount(WANG, cny("1.00"))))));
    assertEquals("PEN-07", e.ruleId().value());
  }

  @Test
  void a_reversal_of_a_bad_case_reference_is_invalid_input() {
    posting.post(decide("261107", new PersonAmount(WANG, cny("1.00"))));
    assertThrows(InvalidInputException.class, () -> posting.reverse(new ReversePosting(
        RequestId.of("rev"), WANG, " 261107", HR, "withdrawn")));
  }

  @Test
  void a_rerun_saves_nothing_and_a_negative_bonus_names_its_person() {
    // rule: PEN-08
    posting.post(decide("261107", new PersonAmount(WANG, cny("2.00"))));
    settlement.settle(NOV, Map.of(WANG, cny("2.00")));
    accounts.calls.clear();
    settlement.settle(NOV, Map.of(WANG, cny("2.00")));
    assertEquals(List.of("toSettle"), accounts.calls);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> settlement.settle(NOV, Map.of(WANG, cny("-0.01"))));
    assertEquals("bonuses[E1001]", e.violations().get(0).path());
  }

  @Test
  void a_command_without_shares_is_invalid_input_not_a_crash() {
    assertThrows(InvalidInputException.class, () -> posting.post(new PostPenalty(
        RequestId.of("r"), "261107", NOV, DeductionKind.COMPLAINT, null)));
  }

  @Test
  void the_posting_of_an_allocation_takes_its_case_and_every_persons_total() {
    // rule: PEN-07
    PenaltyCase c = PenaltyCase.builder().caseId("261107").amount(cny("3.00"))
        .addShares(new ResponsibilityShare(new ResponsibleParty.Person(WANG),
            java.math.BigDecimal.ONE))
        .build();
    List<PersonAmount> persons = List.of(new PersonAmount(WANG, cny("3.00")));
    PenaltyAllocation a = PenaltyAllocation.of("test/1", c, List.of(new PartyAmount(
        new ResponsibleParty.Person(WANG), cny("3.00"), persons)), persons);
    assertEquals(new PostPenalty(RequestId.of("r"), "261107", NOV, DeductionKind.COMPLAINT,
        persons), PostPenalty.of(RequestId.of("r"), a, NOV));
  }
}
