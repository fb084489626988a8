package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintOutcomeTest.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The outcome values as values: what each kind of remedy carries, equality over every part, and
 * the log text that names the quantities (CMP-15 … CMP-18).
 */
class OutcomeValuesTest {

  static final OverAcceptanceRatio FIVE_PERCENT =
      OverAcceptanceRatio.customer(new BigDecimal("0.05"));

  @Test
  @Tag("CMP-15")
  @DisplayName("allowance and compensation carry money, return and reprocessing come back")
  void kinds() {
    // rule: CMP-15 — §13.1(1) 折让、赔款; §13.1(2) 退货、重处理
    Set<RemedyKind> money = EnumSet.noneOf(RemedyKind.class);
    Set<RemedyKind> back = EnumSet.noneOf(RemedyKind.class);
    Set<RemedyKind> documented = EnumSet.noneOf(RemedyKind.class);
    Set<RemedyKind> several = EnumSet.noneOf(RemedyKind.class);
    for (RemedyKind kind : RemedyKind.values()) {
      if (kind.carriesAmount()) {
        money.add(kind);
      }
      if (kind.comesBack()) {
        back.add(kind);
      }
      if (kind.needsDocument()) {
        documented.add(kind);
      }
      if (kind.allowsSeveralDocuments()) {
        several.add(kind);
      }
    }
    assertEquals(EnumSet.of(RemedyKind.ALLOWANCE, RemedyKind.COMPENSATION), money);
    assertEquals(EnumSet.of(RemedyKind.RETURN, RemedyKind.REPROCESSING), back);
    assertEquals(EnumSet.complementOf(EnumSet.of(RemedyKind.REPLACEMENT)), documented);
    assertEquals(EnumSet.of(RemedyKind.RETURN, RemedyKind.REPROCESSING), several);
  }

  @Test
  @Tag("CMP-18")
  @DisplayName("each proof document names what it proves")
  void proofPurposes() {
    // rule: CMP-18
    assertEquals(ProofDocument.Purpose.RETURN, ProofDocument.STAMPED_ORIGINAL_INVOICE.purpose());
    assertEquals(ProofDocument.Purpose.ALLOWANCE,
        ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE.purpose());
    assertSame(ProofDocument.STAMPED_RETURN_CERTIFICATE, ProofDocument.STAMPED_RETURN_CERTIFICATE
        .requireProves(ProofDocument.Purpose.RETURN));
  }

  @Test
  @Tag("CMP-15")
  @DisplayName("two lines are equal when kind, quantity, amount, documents and proof are")
  void lineEquality() {
    // rule: CMP-15, CMP-18
    RemedyLine line = RemedyLine.returnOf(40).withDocument("TH-1")
        .withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE);
    RemedyLine same = RemedyLine.returnOf(40).withDocument("TH-1")
        .withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE);
    assertEquals(same, line);
    assertEquals(same.hashCode(), line.hashCode());
    assertSame(line, line.requireComplete());
    assertNotEquals(line, RemedyLine.reprocessing(40).withDocument("TH-1"));
    assertNotEquals(line, RemedyLine.returnOf(41).withDocument("TH-1")
        .withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE));
    assertNotEquals(line, RemedyLine.returnOf(40).withDocument("TH-2")
        .withProof(ProofDocument.STAMPED_RETURN_CERTIFICATE));
    assertNotEquals(line, RemedyLine.returnOf(40).withDocument("TH-1")
        .withProof(ProofDocument.STAMPED_ORIGINAL_INVOICE));
    assertNotEquals(RemedyLine.allowance(1, cny("1.00")), RemedyLine.allowance(1, cny("2.00")));
    assertFalse(line.equals("RETURN"));
    assertEquals("RETURN 40 [TH-1] proof=STAMPED_RETURN_CERTIFICATE", line.toString());
    assertEquals("ALLOWANCE 3 CNY 9.99 []", RemedyLine.allowance(3, cny("9.99")).toString());
  }

  @Test
  @Tag("CMP-16")
  @DisplayName("two reconciliations are equal when every quantity, slip, reception and booking is")
  void quantitiesEquality() {
    // rule: CMP-16
    ComplaintQuantities q = ComplaintQuantitiesTest.slipped().receive("TH-1", 30);
    ComplaintQuantities same = ComplaintQuantitiesTest.slipped().receive("TH-1", 30);
    assertEquals(same, q);
    assertEquals(same.hashCode(), q.hashCode());
    assertNotEquals(q, ComplaintQuantitiesTest.slipped().receive("TH-1", 31));
    assertNotEquals(q, ComplaintQuantitiesTest.slipped().receive("TH-2", 30));
    assertNotEquals(q, q.book());
    assertNotEquals(q.book(), q.book("reason"));
    assertNotEquals(ComplaintQuantities.of(10, 5, FIVE_PERCENT),
        ComplaintQuantities.of(10, 4, FIVE_PERCENT));
    assertNotEquals(ComplaintQuantities.of(10, 5, FIVE_PERCENT),
        ComplaintQuantities.undetermined(10, FIVE_PERCENT));
    assertNotEquals(ComplaintQuantities.of(10, 5, FIVE_PERCENT),
        ComplaintQuantities.of(10, 5, OverAcceptanceRatio.seed()));
    assertFalse(q.equals("q"));
  }

  @Test
  @Tag("CMP-16")
  @DisplayName("the log text names every quantity")
  void quantitiesText() {
    // rule: CMP-16 — the running example: 180 accepted, 20 rejected, 125 received and booked
    assertEquals("delivered=1000 claimed=200 accepted=180 rejected=20 (allowance=50 return=100"
        + " reprocessing=20 replacement=10) slips=[Slip[number=TH-1, quantity=70],"
        + " Slip[number=TH-2, quantity=50]] received=125 booked=125",
        ComplaintQuantitiesTest.slipped().receive("TH-1", 70).receive("TH-2", 55).book()
            .toString());
    assertEquals("delivered=10 claimed=undetermined accepted=0 rejected=0 (allowance=0 return=0"
        + " reprocessing=0 replacement=0) slips=[] received=0 booked=no",
        ComplaintQuantities.undetermined(10, FIVE_PERCENT).toString());
  }

  @Test
  @Tag("CMP-17")
  @DisplayName("a hold's log text says whether it is in force")
  void holdText() {
    // rule: CMP-17
    ReceivableHold hold = ReceivableHold.of("SO-1", "P-1", cny("5.00"));
    assertEquals("hold SO-1/P-1 CNY 5.00 in force", hold.toString());
    assertEquals("hold SO-1/P-1 CNY 5.00 released 2026-11-20T08:00:00Z",
        hold.release(Instant.parse("2026-11-20T08:00:00Z")).toString());
    assertNotEquals(hold.hashCode(), ReceivableHold.of("SO-1", "P-1", cny("6.00")).hashCode());
    assertTrue(hold.equals(ReceivableHold.of("SO-1", "P-1", cny("5.00"))));
  }
}
