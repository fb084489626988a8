package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintLifecycleTest.NUMBER;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.cny;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.open;
import static org.aftersales.core.complaint.ComplaintSamples.ANYONE;
import static org.aftersales.core.complaint.ComplaintUseCasesTest.UNKNOWN;
import static org.aftersales.core.complaint.ComplaintUseCasesTest.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PartyAmount;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Test;

/**
 * {@link ComplaintPenalties} with a map-backed {@link Complaints}, map-backed
 * {@link PenaltyAccounts}, the real {@link PenaltyPosting} and a hand-written allocation that
 * splits the loss by the shares' weights (the rules module's largest-remainder allocation is not
 * available to core).
 *
 * <p>// rule: CMP-08, PEN-07
 */
class ComplaintPenaltiesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Monday 30 November 2026 17:00 UTC is Tuesday 1 December 01:00 in Shanghai. */
  static final Instant DECIDED_AT = Instant.parse("2026-11-30T17:00:00Z");
  static final Instant NOW = Instant.parse("2026-12-01T02:00:00.987654321Z");
  static final PersonId E1 = PersonId.of("E1");
  static final PersonId E2 = PersonId.of("E2");

  final CaseStore complaints = new CaseStore();
  final MapAccounts accounts = new MapAccounts();
  final SplitByWeight allocation = new SplitByWeight();
  final ComplaintPenalties penalties = new ComplaintPenalties(complaints, allocation,
      new PenaltyPosting(accounts, VALIDATOR, Clock.fixed(NOW, ZoneOffset.UTC)), VALIDATOR,
      SHANGHAI);

  /** Splits the case's amount by the weights of its person shares, to the fen, half up. */
  static final class SplitByWeight implements PenaltyAllocationPolicy {
    final List<PenaltyCase> asked = new ArrayList<>();

    @Override
    public String algorithmVersion() {
      return "split-by-weight-test";
    }

    @Override
    public PenaltyAllocation allocate(PenaltyCase penaltyCase) {
      asked.add(penaltyCase);
      List<PartyAmount> parties = new ArrayList<>();
      List<PersonAmount> persons = new ArrayList<>();
      for (ResponsibilityShare share : penaltyCase.shares()) {
        PersonId person = ((ResponsibleParty.Person) share.party()).person();
        PersonAmount amount = new PersonAmount(person,
            penaltyCase.amount().multipliedBy(share.weight(), RoundingMode.HALF_UP));
        persons.add(amount);
        parties.add(new PartyAmount(share.party(), amount.amount(), List.of(amount)));
      }
      return PenaltyAllocation.of(algorithmVersion(), penaltyCase, parties, persons);
    }
  }

  /** Ledgers by person, with the port's version semantics left out (no races here). */
  static final class MapAccounts implements PenaltyAccounts {
    final TreeMap<PersonId, PersonPenaltyLedger> rows = new TreeMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();

    @Override
    public Optional<PersonPenaltyLedger> find(PersonId person) {
      return Optional.ofNullable(rows.get(person));
    }

    @Override
    public PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events) {
      PersonPenaltyLedger saved = ledger.withVersion(ledger.version().next());
      rows.put(saved.person(), saved);
      outbox.addAll(events);
      return saved;
    }

    @Override
    public List<PersonPenaltyLedger> toSettle(YearMonth month, int max) {
      return List.of();
    }

    @Override
    public List<PersonPenaltyLedger> toSettleAfter(YearMonth month, PersonId after, int max) {
      return List.of();
    }
  }

  static Responsibility e1AndE2() {
    return Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the oven", true,
        ResponsibilityLine.of(UnitId.of("PRESS-2"), E1, new BigDecimal("0.6")),
        ResponsibilityLine.of(UnitId.of("PRESS-2"), E2, new BigDecimal("0.4")));
  }

  /** The open sample case, routed and decided at {@link #DECIDED_AT}, stored. */
  void decided(String amount, Responsibility responsibility) {
    ComplaintCase routed = ComplaintSamples.finished(open(ComplaintSeverity.GENERAL),
        DECIDED_AT.minusSeconds(3_600));
    complaints.stored(routed.decided(new DecideComplaint(RequestId.of("decide"), NUMBER,
        DECIDED_AT, PersonId.of("GM-1"), ApprovalLevel.GENERAL_MANAGER, cny(amount),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)), responsibility, List.of(),
        OverAcceptanceRatio.seed()), ANYONE, DECIDED_AT).state());
  }

  @Test
  void the_decided_loss_is_split_and_posted_for_the_month_of_the_decision_in_the_business_zone() {
    // rule: CMP-08, PEN-07 — CNY 1 000 at 0.6 / 0.4: 600.00 and 400.00, month December (Shanghai),
    // not November (UTC).
    decided("1000", e1AndE2());
    List<PersonPenaltyLedger> ledgers = penalties.post(new PostComplaintPenalty(NUMBER, List.of()));
    assertEquals(List.of(E1, E2), ledgers.stream().map(PersonPenaltyLedger::person).toList());
    RequestId derived = RequestId.of("complaint-penalty:COMPLAINT:261107");
    YearMonth december = YearMonth.of(2026, 12);
    Instant postedAt = Instant.parse("2026-12-01T02:00:00.987654Z");
    assertEquals(List.of(new PenaltyLedgerPosting("261107", december, cny("600.00"),
        DeductionKind.COMPLAINT, derived, postedAt)), ledgers.get(0).postings());
    assertEquals(List.of(new PenaltyLedgerPosting("261107", december, cny("400.00"),
        DeductionKind.COMPLAINT, derived, postedAt)), ledgers.get(1).postings());
    assertEquals("261107", allocation.asked.get(0).caseId());
    assertEquals(cny("1000"), allocation.asked.get(0).amount());
    assertEquals(List.of(new BigDecimal("0.6"), new BigDecimal("0.4")),
        allocation.asked.get(0).shares().stream().map(ResponsibilityShare::weight).toList());
  }

  @Test
  void posting_again_posts_nothing_new() {
    // rule: PEN-07 — the request ID derived from the case makes a second call a repeat.
    decided("1000", e1AndE2());
    penalties.post(new PostComplaintPenalty(NUMBER, List.of()));
    int events = accounts.outbox.size();
    List<PersonPenaltyLedger> again = penalties.post(new PostComplaintPenalty(NUMBER, List.of()));
    assertEquals(2, events);
    assertEquals(2, accounts.outbox.size());
    assertEquals(List.of(1, 1), again.stream().map(l -> l.postings().size()).toList());
  }

  @Test
  void a_decision_with_the_fault_not_ours_charges_no_one() {
    // rule: CMP-08 — an amount decided, but the responsibility is not ours.
    decided("1000", Responsibility.none("Customer stored the boards wet"));
    assertEquals(List.of(), penalties.post(new PostComplaintPenalty(NUMBER, List.of())));
    assertEquals(List.of(), allocation.asked);
    assertEquals(0, accounts.rows.size());
  }

  @Test
  void a_decision_of_no_amount_charges_no_one() {
    // rule: CMP-08 — our fault, but nothing to pay.
    decided("0", e1AndE2());
    assertEquals(List.of(), penalties.post(new PostComplaintPenalty(NUMBER, List.of())));
    assertEquals(List.of(), allocation.asked);
    assertEquals(0, accounts.rows.size());
  }

  @Test
  void a_case_not_decided_is_refused_under_cmp_08() {
    // rule: CMP-08
    complaints.stored(open(ComplaintSeverity.GENERAL));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> penalties.post(new PostComplaintPenalty(NUMBER, List.of())));
    assertEquals(RuleId.of("CMP-08"), e.ruleId());
    assertEquals(0, accounts.rows.size());
  }

  @Test
  void an_unknown_case_is_not_found() {
    // rule: CMP-08
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> penalties.post(new PostComplaintPenalty(UNKNOWN, List.of())));
    assertEquals("261199", e.id());
  }

  @Test
  void an_invalid_command_is_refused_before_the_case_is_read() {
    // rule: CMP-08
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> penalties.post(new PostComplaintPenalty(null, List.of())));
    assertEquals("number", e.violations().get(0).path());
    assertEquals(List.of(), complaints.calls);
    assertThrows(NullPointerException.class, () -> penalties.post(null));
    assertEquals(List.of(), complaints.calls);
  }
}
