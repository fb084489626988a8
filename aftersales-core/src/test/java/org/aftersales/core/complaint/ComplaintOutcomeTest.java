package org.aftersales.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a decided complaint gives the customer (CMP-14, CMP-15) and the proof documents that
 * complete a return or an allowance (CMP-18), after PCB §9.14 and §13.
 */
class ComplaintOutcomeTest {

  static final Currency CNY = Currency.getInstance("CNY");

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static void assertRefusedBy(String rule, Runnable call) {
    RuleRefusalException e = assertThrows(RuleRefusalException.class, call::run);
    assertEquals(RuleId.of(rule), e.ruleId());
  }

  static void assertRefusedBy(String rule, String key, Runnable call) {
    RuleRefusalException e = assertThrows(RuleRefusalException.class, call::run);
    assertEquals(RuleId.of(rule), e.ruleId());
    assertEquals(key, e.localizableMessage().key());
  }

  static void assertInvalid(String path, Runnable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
    assertEquals(path, e.violations().get(0).path());
  }

  /** Part allowance (30 pieces, CNY 1 200.00), part return (40 pieces). */
  static ComplaintOutcome.Remedy allowanceAndReturn() {
    return ComplaintOutcome.remedy(RemedyLine.allowance(30, cny("1200.00")),
        RemedyLine.returnOf(40));
  }

  @Nested
  @Tag("CMP-14")
  class NotValid {

    @Test
    @DisplayName("a complaint found not valid leaves the receivables to be collected on the normal terms")
    void receivablesOnNormalTerms() {
      // rule: CMP-14 — 以规定收款期收回应收帐款
      ComplaintOutcome outcome = ComplaintOutcome.notValid();
      assertTrue(outcome.receivablesCollectedOnNormalTerms());
      assertTrue(outcome.isExecuted(), "nothing is to be executed");
      assertTrue(outcome.isComplete(), "nothing is to be proved");
      assertEquals(0, outcome.acceptedQuantity());
      assertEquals(0, outcome.quantity(RemedyKind.RETURN));
    }

    @Test
    @DisplayName("a remedy settles the receivables through its allowance or return instead")
    void remedyDoesNotCollectOnNormalTerms() {
      // rule: CMP-14
      assertFalse(allowanceAndReturn().receivablesCollectedOnNormalTerms());
    }
  }

  @Nested
  @Tag("CMP-15")
  class Documents {

    @Test
    @DisplayName("a decision combines part allowance and part return, accepting the sum of the lines")
    void combinedRemedy() {
      // rule: CMP-15 — 30 + 40 = 70 pieces accepted
      ComplaintOutcome.Remedy remedy = allowanceAndReturn();
      assertEquals(70, remedy.acceptedQuantity());
      assertEquals(30, remedy.quantity(RemedyKind.ALLOWANCE));
      assertEquals(40, remedy.quantity(RemedyKind.RETURN));
      assertEquals(0, remedy.quantity(RemedyKind.REPLACEMENT));
      assertEquals(Optional.empty(), remedy.line(RemedyKind.REPROCESSING));
    }

    @Test
    @DisplayName("an allowance is not executed until its sales allowance certificate is recorded")
    void allowanceNeedsCertificate() {
      // rule: CMP-15 — 销货折让证明单
      RemedyLine allowance = RemedyLine.allowance(30, cny("1200.00"));
      assertFalse(allowance.isExecuted());
      assertRefusedBy("CMP-15", allowance::requireComplete);
      RemedyLine executed = allowance.withDocument("ZR-2611-001");
      assertTrue(executed.isExecuted());
      assertEquals(List.of("ZR-2611-001"), executed.documents());
      assertFalse(allowance.isExecuted(), "the original line is unchanged");
    }

    @Test
    @DisplayName("a return is executed by one or more finished-goods return slips")
    void returnSplitAcrossSlips() {
      // rule: CMP-15 — 成品退货单, a return split across two slips
      RemedyLine line = RemedyLine.returnOf(40).withDocument("TH-1").withDocument("TH-2");
      assertTrue(line.isExecuted());
      assertEquals(List.of("TH-1", "TH-2"), line.documents());
      assertFalse(RemedyLine.reprocessing(5).isExecuted());
      assertTrue(RemedyLine.reprocessing(5).withDocument("TH-3").isComplete(),
          "a reprocessing needs its slip but no proof");
    }

    @Test
    @DisplayName("a replacement is executed as decided and takes no document")
    void replacementNeedsNoDocument() {
      // rule: CMP-15 — the seed names no document for 换货
      RemedyLine replacement = RemedyLine.replacement(8);
      assertTrue(replacement.isExecuted());
      assertTrue(replacement.isComplete());
      assertInvalid("document", () -> replacement.withDocument("X-1"));
    }

    @Test
    @DisplayName("an allowance has one certificate and a document number is recorded once")
    void oneCertificateNoDuplicates() {
      // rule: CMP-15
      RemedyLine allowance = RemedyLine.compensation(cny("300.00")).withDocument("ZR-1");
      assertInvalid("document", () -> allowance.withDocument("ZR-2"));
      RemedyLine slip = RemedyLine.returnOf(4).withDocument("TH-1");
      assertInvalid("document", () -> slip.withDocument("TH-1"));
      assertInvalid("document", () -> RemedyLine.returnOf(4).withDocument(" "));
    }

    @Test
    @DisplayName("the remedy's money is the exact sum of its allowance and compensation")
    void amountIsTheSum() {
      // rule: CMP-15 — 1 200.00 + 300.00 = 1 500.00
      ComplaintOutcome.Remedy remedy = ComplaintOutcome.remedy(
          RemedyLine.allowance(30, cny("1200.00")), RemedyLine.compensation(cny("300.00")),
          RemedyLine.returnOf(40));
      assertEquals(cny("1500.00"), remedy.amount(CNY));
      assertEquals(cny("0.00"), ComplaintOutcome.remedy(RemedyLine.returnOf(1)).amount(CNY));
      assertEquals(Optional.of(cny("300.00")),
          remedy.line(RemedyKind.COMPENSATION).orElseThrow().amount());
      assertEquals(0, remedy.quantity(RemedyKind.COMPENSATION), "a loss, not pieces");
    }

    @Test
    @DisplayName("a remedy without lines, with a kind twice or with bad quantities is refused")
    void malformedRemedies() {
      // rule: CMP-15
      assertInvalid("lines", () -> ComplaintOutcome.remedy());
      assertInvalid("lines", () -> ComplaintOutcome.remedy(RemedyLine.returnOf(1),
          RemedyLine.returnOf(2)));
      assertInvalid("quantity", () -> RemedyLine.returnOf(0));
      assertInvalid("quantity", () -> RemedyLine.replacement(-1));
      assertInvalid("quantity", () -> RemedyLine.allowance(-1, cny("1.00")));
      assertInvalid("amount", () -> RemedyLine.allowance(1, cny("0.00")));
      assertInvalid("amount", () -> RemedyLine.compensation(cny("-0.01")));
      assertInvalid("kind", () -> allowanceAndReturn().withDocument(RemedyKind.REPLACEMENT,
          "X"));
      assertEquals(1, RemedyLine.reprocessing(1).quantity(), "one piece is enough");
      assertInvalid("lines", () -> ComplaintOutcome.remedy(RemedyLine.allowance(1, cny("1.00")),
          RemedyLine.compensation(Money.of(BigDecimal.ONE, Currency.getInstance("USD")))));
    }

    @Test
    @DisplayName("the remedy is complete only when every line has its document and proof")
    void executingTheWholeRemedy() {
      // rule: CMP-15, CMP-18
      ComplaintOutcome.Remedy remedy = allowanceAndReturn();
      assertFalse(remedy.isExecuted());
      assertFalse(remedy.isComplete());
      assertRefusedBy("CMP-15", remedy::requireComplete);
      assertFalse(remedy.withDocument(RemedyKind.ALLOWANCE, "ZR-2611-001").isExecuted(),
          "the return still lacks its slip");

      ComplaintOutcome.Remedy documented = remedy
          .withDocument(RemedyKind.ALLOWANCE, "ZR-2611-001")
          .withDocument(RemedyKind.RETURN, "TH-2611-007");
      assertTrue(documented.isExecuted());
      assertFalse(documented.isComplete());
      assertRefusedBy("CMP-18", documented::requireComplete);

      ComplaintOutcome.Remedy proved = documented
          .withProof(RemedyKind.ALLOWANCE, ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE)
          .withProof(RemedyKind.RETURN, ProofDocument.STAMPED_ORIGINAL_INVOICE);
      assertTrue(proved.isComplete());
      assertEquals(proved, proved.requireComplete());
      assertEquals(Optional.of(ProofDocument.STAMPED_ORIGINAL_INVOICE),
          proved.line(RemedyKind.RETURN).orElseThrow().proof());
      assertEquals(List.of(RemedyKind.ALLOWANCE, RemedyKind.RETURN),
          proved.lines().stream().map(RemedyLine::kind).toList(), "the order is kept");
    }
  }

  @Nested
  @Tag("CMP-18")
  class Proofs {

    @Test
    @DisplayName("a return is proved by one of three stamped documents, an allowance by one of two")
    void threeAndTwo() {
      // rule: CMP-18 — §13.2(4) lists three ways, §13.2(5) two
      assertEquals(EnumSet.of(ProofDocument.STAMPED_ORIGINAL_INVOICE,
          ProofDocument.STAMPED_RETURN_ANNOTATED_INVOICE_COPY,
          ProofDocument.STAMPED_RETURN_CERTIFICATE),
          ProofDocument.acceptedFor(ProofDocument.Purpose.RETURN));
      assertEquals(EnumSet.of(ProofDocument.STAMPED_ALLOWANCE_ANNOTATED_INVOICE_COPY,
          ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE),
          ProofDocument.acceptedFor(ProofDocument.Purpose.ALLOWANCE));
    }

    @Test
    @DisplayName("each of the three proofs of return completes a documented return")
    void everyReturnProof() {
      // rule: CMP-18
      for (ProofDocument proof : List.of(ProofDocument.STAMPED_ORIGINAL_INVOICE,
          ProofDocument.STAMPED_RETURN_ANNOTATED_INVOICE_COPY,
          ProofDocument.STAMPED_RETURN_CERTIFICATE)) {
        assertTrue(RemedyLine.returnOf(40).withDocument("TH-1").withProof(proof).isComplete(),
            proof.name());
      }
    }

    @Test
    @DisplayName("each of the two proofs of allowance completes an allowance and a compensation")
    void everyAllowanceProof() {
      // rule: CMP-18 — 赔款 is handled with 折让 (§13.1(1))
      for (ProofDocument proof : List.of(ProofDocument.STAMPED_ALLOWANCE_ANNOTATED_INVOICE_COPY,
          ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE)) {
        assertTrue(RemedyLine.allowance(3, cny("9.99")).withDocument("ZR-1").withProof(proof)
            .isComplete(), proof.name());
        assertTrue(RemedyLine.compensation(cny("9.99")).withDocument("ZR-2").withProof(proof)
            .isComplete(), proof.name());
      }
    }

    @Test
    @DisplayName("a proof of the other purpose is refused, for a return and for an allowance")
    void wrongPurposeRefused() {
      // rule: CMP-18
      RemedyLine ret = RemedyLine.returnOf(40).withDocument("TH-1");
      assertRefusedBy("CMP-18", () -> ret.withProof(ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE));
      assertRefusedBy("CMP-18",
          () -> ret.withProof(ProofDocument.STAMPED_ALLOWANCE_ANNOTATED_INVOICE_COPY));
      RemedyLine allowance = RemedyLine.allowance(3, cny("9.99")).withDocument("ZR-1");
      assertRefusedBy("CMP-18",
          () -> allowance.withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE));
      assertRefusedBy("CMP-18", () -> allowanceAndReturn().withProof(RemedyKind.ALLOWANCE,
          ProofDocument.STAMPED_ORIGINAL_INVOICE));
    }

    @Test
    @DisplayName("a reprocessing and a replacement take no proof")
    void noProofForReprocessingOrReplacement() {
      // rule: CMP-18
      assertRefusedBy("CMP-18", () -> RemedyLine.reprocessing(2)
          .withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE));
      assertRefusedBy("CMP-18", () -> RemedyLine.replacement(2)
          .withProof(ProofDocument.STAMPED_ORIGINAL_INVOICE));
      assertEquals(Optional.empty(), RemedyLine.reprocessing(2).proofPurpose());
    }

    @Test
    @DisplayName("a proof without the line's document leaves the line not executed")
    void proofBeforeDocument() {
      // rule: CMP-15, CMP-18
      RemedyLine proved = RemedyLine.returnOf(40)
          .withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE);
      assertFalse(proved.isComplete());
      assertRefusedBy("CMP-15", proved::requireComplete);
    }

    @Test
    @DisplayName("the refusal speaks both languages")
    void bilingual() {
      // rule: CMP-18
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> RemedyLine.returnOf(40).withProof(ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE));
      assertTrue(e.getMessage(Locale.ENGLISH).contains("not an accepted proof"),
          e.getMessage(Locale.ENGLISH));
      assertTrue(e.getMessage(Locale.CHINESE).contains("证明"), e.getMessage(Locale.CHINESE));
    }
  }
}
