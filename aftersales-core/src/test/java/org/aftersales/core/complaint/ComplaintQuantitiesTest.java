package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintOutcomeTest.assertInvalid;
import static org.aftersales.core.complaint.ComplaintOutcomeTest.assertRefusedBy;
import static org.aftersales.core.complaint.ComplaintOutcomeTest.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The quantity reconciliation of a complaint, worked by hand (CMP-02, CMP-16, PCB §9.1, §13.2).
 *
 * <p>The running example: an order line of 1 000 pieces; the customer claims 200 defective; its
 * order notes an over-acceptance ratio of 5 %. The decision gives an allowance on 50 pieces
 * (CNY 500.00), a return of 100, a reprocessing of 20 and a replacement of 10: accepted 50 + 100 +
 * 20 + 10 = 180, rejected 200 − 180 = 20. The approved return quantity (return + reprocessing) is
 * 100 + 20 = 120; 5 % of 120 is 6, so up to 126 pieces are booked without a decision.
 */
class ComplaintQuantitiesTest {

  static final OverAcceptanceRatio FIVE_PERCENT =
      OverAcceptanceRatio.customer(new BigDecimal("0.05"));

  static ComplaintOutcome.Remedy decision() {
    return ComplaintOutcome.remedy(RemedyLine.allowance(50, cny("500.00")),
        RemedyLine.returnOf(100), RemedyLine.reprocessing(20), RemedyLine.replacement(10));
  }

  static ComplaintQuantities decided() {
    return ComplaintQuantities.of(1000, 200, FIVE_PERCENT).decide(decision());
  }

  /** Two slips, 70 + 50 = 120: the approved return split across two slips. */
  static ComplaintQuantities slipped() {
    return decided().issueSlip("TH-1", 70).issueSlip("TH-2", 50);
  }

  @Nested
  @Tag("CMP-02")
  class TheClaim {

    @Test
    @DisplayName("a claim still undetermined because the customer is processing cannot be decided")
    void undeterminedClaim() {
      // rule: CMP-02 — 客户加工中未确定
      ComplaintQuantities q = ComplaintQuantities.undetermined(1000, FIVE_PERCENT);
      assertTrue(q.isClaimUndetermined());
      assertEquals(OptionalLong.empty(), q.claimed());
      assertInvalid("claimed", () -> q.decide(decision()));

      ComplaintQuantities known = q.withClaimed(200);
      assertFalse(known.isClaimUndetermined());
      assertEquals(OptionalLong.of(200), known.claimed());
      assertEquals(180, known.decide(decision()).accepted());
    }

    @Test
    @DisplayName("the claim lies between 0 and the delivered quantity")
    void claimRange() {
      // rule: CMP-02
      assertInvalid("claimed", () -> ComplaintQuantities.of(1000, 1001, FIVE_PERCENT));
      assertInvalid("claimed", () -> ComplaintQuantities.of(1000, -1, FIVE_PERCENT));
      assertInvalid("delivered", () -> ComplaintQuantities.of(0, 0, FIVE_PERCENT));
      assertInvalid("delivered", () -> ComplaintQuantities.undetermined(0, FIVE_PERCENT));
      assertEquals(1000, ComplaintQuantities.of(1000, 1000, FIVE_PERCENT).claimed().orElseThrow());
      assertEquals(1, ComplaintQuantities.of(1, 0, FIVE_PERCENT).delivered());
    }

    @Test
    @DisplayName("once decided the claim can no longer change")
    void claimFrozenByDecision() {
      // rule: CMP-02
      assertInvalid("claimed", () -> decided().withClaimed(150));
    }
  }

  @Nested
  @Tag("CMP-16")
  class TheDecision {

    @Test
    @DisplayName("the decision splits the claim: 180 accepted in four buckets, 20 rejected")
    void split() {
      // rule: CMP-16 — 50 + 100 + 20 + 10 = 180; 200 − 180 = 20
      ComplaintQuantities q = decided();
      assertTrue(q.isDecided());
      assertEquals(50, q.allowance());
      assertEquals(100, q.returned());
      assertEquals(20, q.reprocessing());
      assertEquals(10, q.replacement());
      assertEquals(180, q.accepted());
      assertEquals(20, q.rejected());
      assertEquals(120, q.approvedReturn());
      assertEquals(126, q.maximumBookable());
    }

    @Test
    @DisplayName("before the decision nothing is accepted or rejected")
    void beforeDecision() {
      // rule: CMP-16
      ComplaintQuantities q = ComplaintQuantities.of(1000, 200, FIVE_PERCENT);
      assertFalse(q.isDecided());
      assertEquals(0, q.accepted());
      assertEquals(0, q.rejected());
    }

    @Test
    @DisplayName("a compensation's pieces count in the allowance bucket")
    void compensationCountsAsAllowance() {
      // rule: CMP-16 — 折让、赔款 together (§13.1(1)): 5 + 7 = 12
      ComplaintQuantities q = ComplaintQuantities.of(100, 20, FIVE_PERCENT).decide(
          ComplaintOutcome.remedy(RemedyLine.allowance(5, cny("1.00")),
              RemedyLine.compensation(7, cny("2.00"))));
      assertEquals(12, q.allowance());
      assertEquals(8, q.rejected());
    }

    @Test
    @DisplayName("a complaint not valid rejects the whole claim")
    void notValidRejectsAll() {
      // rule: CMP-14, CMP-16
      ComplaintQuantities q = ComplaintQuantities.of(1000, 200, FIVE_PERCENT)
          .decide(ComplaintOutcome.notValid());
      assertEquals(0, q.accepted());
      assertEquals(200, q.rejected());
      assertRefusedBy("CMP-16", () -> q.issueSlip("TH-1", 1));
    }

    @Test
    @DisplayName("a decision accepting more than is claimed is refused, naming both quantities")
    void acceptedBeyondClaimed() {
      // rule: CMP-16 — 180 accepted against a claim of 179
      ComplaintQuantities q = ComplaintQuantities.of(1000, 179, FIVE_PERCENT);
      var e = assertThrows(org.aftersales.core.shared.InvalidInputException.class,
          () -> q.decide(decision()));
      String text = e.getMessage(Locale.ENGLISH);
      assertTrue(text.contains("180") && text.contains("179"), text);
      assertEquals(180, ComplaintQuantities.of(1000, 180, FIVE_PERCENT).decide(decision())
          .accepted(), "exactly the claim is fine");
    }

    @Test
    @DisplayName("a decision can be replaced until the first slip, not after")
    void redecide() {
      // rule: CMP-16
      ComplaintQuantities again = decided().decide(ComplaintOutcome.remedy(
          RemedyLine.returnOf(200)));
      assertEquals(200, again.returned());
      assertEquals(0, again.allowance());
      assertEquals(0, again.rejected());
      assertInvalid("outcome", () -> slipped().decide(decision()));
    }
  }

  @Nested
  @Tag("CMP-16")
  class TheReturn {

    @Test
    @DisplayName("a return is split across slips covering at most the approved 120")
    void splitAcrossSlips() {
      // rule: CMP-16 — 70 + 50 = 120; one more piece would make 121
      ComplaintQuantities q = slipped();
      assertEquals(List.of(new ComplaintQuantities.Slip("TH-1", 70),
          new ComplaintQuantities.Slip("TH-2", 50)), q.slips());
      assertEquals(120, q.coveredBySlips());
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> q.issueSlip("TH-3", 1));
      assertTrue(e.getMessage(Locale.ENGLISH).contains("121"), e.getMessage(Locale.ENGLISH));
      assertInvalid("slip", () -> decided().issueSlip("TH-1", 10).issueSlip("TH-1", 10));
      assertInvalid("quantity", () -> decided().issueSlip("TH-1", 0));
    }

    @Test
    @DisplayName("partial receptions add up: 30 + 40 under TH-1 and 55 under TH-2 make 125")
    void partialReceptions() {
      // rule: CMP-16
      ComplaintQuantities q = slipped().receive("TH-1", 30).receive("TH-1", 40)
          .receive("TH-2", 55);
      assertEquals(125, q.received());
      assertEquals(70, q.received("TH-1"));
      assertEquals(55, q.received("TH-2"));
      assertEquals(0, q.received("TH-9"));
      assertEquals(3, q.receptions().size());
      assertInvalid("slip", () -> q.receive("TH-9", 1));
      assertInvalid("quantity", () -> q.receive("TH-1", 0));
    }

    @Test
    @DisplayName("125 received against 120 approved is within 5 % (at most 126) and is booked")
    void excessWithinRatioBooked() {
      // rule: CMP-16 — 125 − 120 = 5 ≤ 6
      ComplaintQuantities q = slipped().receive("TH-1", 70).receive("TH-2", 55).book();
      assertEquals(OptionalLong.of(125), q.booked());
      assertEquals(Optional.empty(), q.bookingReason());
    }

    @Test
    @DisplayName("exactly 126 received is still within the ratio")
    void excessAtTheRatioBooked() {
      // rule: CMP-16 — 126 − 120 = 6 = 5 % of 120
      ComplaintQuantities q = slipped().receive("TH-1", 70).receive("TH-2", 56);
      assertTrue(q.isWithinRatio());
      assertEquals(OptionalLong.of(126), q.book().booked());
    }

    @Test
    @DisplayName("127 received is beyond the ratio: refused until a reasoned decision books it")
    void excessBeyondRatioNeedsDecision() {
      // rule: CMP-16 — 127 − 120 = 7 > 6
      ComplaintQuantities q = slipped().receive("TH-1", 70).receive("TH-2", 57);
      assertFalse(q.isWithinRatio());
      RuleRefusalException e = assertThrows(RuleRefusalException.class, q::book);
      assertEquals(org.aftersales.core.shared.RuleId.of("CMP-16"), e.ruleId());
      String text = e.getMessage(Locale.ENGLISH);
      assertTrue(text.contains("127") && text.contains("120") && text.contains("126"), text);
      assertTrue(e.getMessage(Locale.CHINESE).contains("超量允收比率"));
      assertEquals(OptionalLong.empty(), q.booked(), "the refusal changed nothing");

      ComplaintQuantities booked = q.book("客户多退 7 件，经总经理核示依实际情况签收");
      assertEquals(OptionalLong.of(127), booked.booked());
      assertEquals(Optional.of("客户多退 7 件，经总经理核示依实际情况签收"), booked.bookingReason());
    }

    @Test
    @DisplayName("fewer pieces than approved are booked at the actual quantity")
    void shortfallBooked() {
      // rule: CMP-16 — 实退量小于核定量: 60 + 30 = 90 < 120 is booked as 90
      ComplaintQuantities q = slipped().receive("TH-1", 60).receive("TH-2", 30).book();
      assertEquals(OptionalLong.of(90), q.booked());
    }

    @Test
    @DisplayName("with the company default of 0 % any excess needs a decision")
    void companyDefaultZero() {
      // rule: CMP-16 — the seed gives no number; 121 > 120 + 0
      ComplaintQuantities q = ComplaintQuantities.of(1000, 200, OverAcceptanceRatio.seed())
          .decide(decision()).issueSlip("TH-1", 120);
      assertEquals(120, q.maximumBookable());
      assertRefusedBy("CMP-16", () -> q.receive("TH-1", 121).book());
      assertEquals(OptionalLong.of(120), q.receive("TH-1", 120).book().booked());
    }

    @Test
    @DisplayName("the pieces received never exceed the pieces delivered")
    void receivedNeverBeyondDelivered() {
      // rule: CMP-16 — 100 delivered, all claimed and returned, ratio 100 %: 60 + 41 = 101 > 100
      ComplaintQuantities q = ComplaintQuantities.of(100, 100,
              OverAcceptanceRatio.customer(BigDecimal.ONE))
          .decide(ComplaintOutcome.remedy(RemedyLine.returnOf(100)))
          .issueSlip("TH-1", 100).receive("TH-1", 60);
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> q.receive("TH-1", 41));
      assertEquals(org.aftersales.core.shared.RuleId.of("CMP-16"), e.ruleId());
      assertTrue(e.getMessage(Locale.ENGLISH).contains("101"), e.getMessage(Locale.ENGLISH));
      assertEquals(100, q.receive("TH-1", 40).received());
    }

    @Test
    @DisplayName("a booked return is closed: no more slips, receptions or bookings")
    void bookedIsClosed() {
      // rule: CMP-16
      ComplaintQuantities booked = slipped().receive("TH-1", 70).book();
      assertRefusedBy("CMP-16", "core.outcome.alreadyBooked", () -> booked.receive("TH-1", 1));
      assertRefusedBy("CMP-16", "core.outcome.alreadyBooked", () -> booked.book());
      assertRefusedBy("CMP-16", () -> booked.book("again"));
      ComplaintQuantities partlySlipped = decided().issueSlip("TH-1", 10).book();
      assertRefusedBy("CMP-16", () -> partlySlipped.issueSlip("TH-2", 10));
    }

    @Test
    @DisplayName("nothing is booked without a slip, a decided return, or a reason for a decision")
    void bookingPreconditions() {
      // rule: CMP-16
      assertRefusedBy("CMP-16", "core.outcome.noSlip", () -> decided().book());
      assertRefusedBy("CMP-16", "core.outcome.noSlip", () -> decided().book("reason"));
      assertRefusedBy("CMP-16", "core.outcome.noReturnDecided",
          () -> ComplaintQuantities.of(10, 5, FIVE_PERCENT).book());
      assertRefusedBy("CMP-16", "core.outcome.noReturnDecided",
          () -> ComplaintQuantities.of(10, 5, FIVE_PERCENT)
              .decide(ComplaintOutcome.remedy(RemedyLine.replacement(5))).issueSlip("TH-1", 1));
      assertInvalid("reason", () -> slipped().book("  "));
      assertInvalid("reason", () -> slipped().book("bad\u0000text"));
    }
  }

  @Nested
  @Tag("CMP-16")
  class TheRatio {

    @Test
    @DisplayName("the ratio's excess is rounded down to whole pieces")
    void maximumExcess() {
      // rule: CMP-16 — 5 % of 120 = 6; of 19 = 0.95 → 0; of 20 = 1; 2.5 % of 200 = 5
      assertEquals(6, FIVE_PERCENT.maximumExcess(120));
      assertEquals(0, FIVE_PERCENT.maximumExcess(19));
      assertEquals(1, FIVE_PERCENT.maximumExcess(20));
      assertEquals(0, FIVE_PERCENT.maximumExcess(0));
      assertEquals(5, OverAcceptanceRatio.companyDefault(new BigDecimal("0.025"))
          .maximumExcess(200));
      assertThrows(IllegalArgumentException.class, () -> FIVE_PERCENT.maximumExcess(-1));
    }

    @Test
    @DisplayName("the ratio is the customer's, else the company default, from 0 to 100 %")
    void sourcesAndRange() {
      // rule: CMP-16
      assertEquals(OverAcceptanceRatio.Source.CUSTOMER, FIVE_PERCENT.source());
      assertEquals(OverAcceptanceRatio.Source.COMPANY_DEFAULT, OverAcceptanceRatio.seed().source());
      assertEquals(0, OverAcceptanceRatio.seed().value().signum());
      assertInvalid("ratio", () -> OverAcceptanceRatio.customer(new BigDecimal("-0.01")));
      assertInvalid("ratio", () -> OverAcceptanceRatio.companyDefault(new BigDecimal("1.01")));
      assertEquals(BigDecimal.ONE, OverAcceptanceRatio.customer(BigDecimal.ONE).value());
      assertEquals(FIVE_PERCENT, decided().ratio());
    }
  }
}
