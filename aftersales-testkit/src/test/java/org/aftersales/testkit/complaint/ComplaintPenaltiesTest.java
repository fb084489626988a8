package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.complaint.ApprovalAuthorityPolicy;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintPenalties;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.PostComplaintPenalty;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.penalty.InMemoryPenaltyAccounts;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * A decided complaint's loss posted to the penalty ledgers (CMP-08 → PEN-02, PEN-06, PEN-09,
 * PEN-07) through {@link ComplaintPenalties}, on the in-memory adapters and the rules'
 * largest-remainder allocation. Expected amounts are worked out by hand in the comments.
 */
class ComplaintPenaltiesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");
  static final UnitId PRESS = UnitId.of("G-PRESS");
  static final ApprovalAuthorityPolicy ANYONE = (a, s) -> ApprovalLevel.SALES_MANAGER;

  final InMemoryComplaints complaints = InMemoryComplaints.create();
  final InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
  final TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"), SHANGHAI);
  final ComplaintPenalties penalties = new ComplaintPenalties(complaints,
      LargestRemainderAllocation.seed(),
      new PenaltyPosting(accounts, TestValidators.commandValidator(), clock),
      TestValidators.commandValidator(), SHANGHAI);

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  static OrganizationUnit press() {
    return OrganizationUnit.builder().id(PRESS).level(UnitLevel.GROUP)
        .kind(DepartmentKind.MANUFACTURING)
        .addMember(new Member(PersonId.of("E100"), BasePoints.parse("1.2")))
        .addMember(new Member(PersonId.of("E101"), BasePoints.parse("1")))
        .addMember(new Member(PersonId.of("E102"), BasePoints.parse("0.8")))
        .build();
  }

  /** A case decided at {@code decidedAt} with {@code amount} and {@code responsibility}, stored. */
  ComplaintCase decided(Instant decidedAt, String amount, Responsibility responsibility) {
    ComplaintCase open = complaints.save(ComplaintFixtures.anOpenCase(), List.of());
    ComplaintCase routed = ComplaintFixtures.routed(open, open.routing().latestInstant());
    DecideComplaint d = new DecideComplaint(RequestId.of("decide"), open.number(), decidedAt,
        PersonId.of("GM-1"), ApprovalLevel.GENERAL_MANAGER,
        Money.of(new BigDecimal(amount), CNY),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)), responsibility, List.of(),
        OverAcceptanceRatio.seed());
    return complaints.save(routed.decided(d, ANYONE, decidedAt).state(), List.of());
  }

  static Responsibility sixtyForty() {
    return Responsibility.ours(FaultCause.MANUFACTURING, "Re-train the press line", true,
        ResponsibilityLine.of(PRESS, new BigDecimal("0.6")),
        ResponsibilityLine.of(UnitId.of("D-QA"), PersonId.of("Q2001"), new BigDecimal("0.4")));
  }

  Money posted(String person) {
    return accounts.find(PersonId.of(person)).map(PersonPenaltyLedger::postedTotal)
        .orElse(Money.zero(CNY));
  }

  @Test
  void the_decided_loss_is_split_by_ratios_and_base_points_and_posted_to_the_fen() {
    // rule: CMP-08, PEN-02, PEN-06, PEN-09 — CNY 10 000.00: Q2001 personally 0.4 = 4 000.00;
    // the press group 0.6 = 6 000.00 over base points 1.2 + 1.0 + 0.8 = 3.0: E100 2 400.00,
    // E101 2 000.00, E102 1 600.00. Decided Mon 30 Nov 2026 10:00 in Shanghai: November.
    ComplaintCase c = decided(sh("2026-11-30T10:00"), "10000.00", sixtyForty());
    List<PersonPenaltyLedger> ledgers = penalties.post(new PostComplaintPenalty(c.number(),
        List.of(press())));
    assertEquals(4, ledgers.size());
    assertEquals(Money.parse("CNY 2400.00"), posted("E100"));
    assertEquals(Money.parse("CNY 2000.00"), posted("E101"));
    assertEquals(Money.parse("CNY 1600.00"), posted("E102"));
    assertEquals(Money.parse("CNY 4000.00"), posted("Q2001"));
    assertEquals(YearMonth.of(2026, 11), accounts.find(PersonId.of("E100")).orElseThrow()
        .posting(c.number().text()).orElseThrow().month());
  }

  @Test
  void posting_again_posts_nothing_new() {
    // rule: PEN-07 — each case once per person, however often the host calls.
    ComplaintCase c = decided(sh("2026-11-30T10:00"), "10000.00", sixtyForty());
    penalties.post(new PostComplaintPenalty(c.number(), List.of(press())));
    List<Long> versions = accounts.all().stream().map(l -> l.version().value()).toList();
    penalties.post(new PostComplaintPenalty(c.number(), List.of(press())));
    assertEquals(versions, accounts.all().stream().map(l -> l.version().value()).toList());
    assertEquals(Money.parse("CNY 2400.00"), posted("E100"));
  }

  @Test
  void the_month_is_the_business_zones_whatever_the_utc_date() {
    // rule: PEN-08 — decided Tue 1 Dec 2026 00:30 in Shanghai (30 Nov 16:30 UTC): December.
    ComplaintCase c = decided(sh("2026-12-01T00:30"), "300.00", Responsibility.ours(
        FaultCause.ASSEMBLY, "Check the torque", false,
        ResponsibilityLine.of(UnitId.of("D-ASM"), PersonId.of("A7"), BigDecimal.ONE)));
    penalties.post(new PostComplaintPenalty(c.number(), List.of()));
    assertEquals(YearMonth.of(2026, 12), accounts.find(PersonId.of("A7")).orElseThrow()
        .posting(c.number().text()).orElseThrow().month());
    assertEquals(Money.parse("CNY 300.00"), posted("A7"));
  }

  @Test
  void a_fault_not_ours_posts_nothing() {
    // rule: CMP-08 — no department carries a share, nobody is penalised.
    ComplaintCase c = decided(sh("2026-11-30T10:00"), "500.00",
        Responsibility.none("the customer's storage"));
    assertEquals(List.of(), penalties.post(new PostComplaintPenalty(c.number(), List.of())));
    assertEquals(List.of(), accounts.all());
  }

  @Test
  void an_open_case_or_a_missing_department_is_refused_and_posts_nothing() {
    // rule: CMP-08
    ComplaintCase open = complaints.save(ComplaintFixtures.anOpenCase(), List.of());
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> penalties.post(new PostComplaintPenalty(open.number(), List.of())));
    assertEquals(RuleId.of("CMP-08"), e.ruleId());
    ComplaintCase c = decided(sh("2026-11-30T10:00"), "10000.00", sixtyForty());
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> penalties.post(new PostComplaintPenalty(c.number(), List.of())));
    assertEquals("units", missing.violations().get(0).path());
    assertEquals(List.of(), accounts.all());
  }
}
