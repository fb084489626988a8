package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintOutcomeTest.CNY;
import static org.aftersales.core.complaint.ComplaintOutcomeTest.assertInvalid;
import static org.aftersales.core.complaint.ComplaintOutcomeTest.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Amounts under complaint held out of the receivable-recovery bonus (CMP-17, PCB §13.2(3)). */
@Tag("CMP-17")
class ReceivableHoldTest {

  static final Instant CLOSED = Instant.parse("2026-11-20T08:00:00Z");

  static ReceivableHold hold() {
    return ReceivableHold.of("SO-2611-0042", "P-7788", cny("12345.67"));
  }

  @Test
  @DisplayName("an amount under complaint is excluded from the recovery bonus while the case is open")
  void heldWhileOpen() {
    // rule: CMP-17 — 应收金额予以扣除
    ReceivableHold hold = hold();
    assertTrue(hold.isExcludedFromRecoveryBonus());
    assertEquals(cny("12345.67"), hold.excludedAmount());
    assertEquals("SO-2611-0042", hold.orderNumber());
    assertEquals("P-7788", hold.partNumber());
    assertEquals(Optional.empty(), hold.releasedAt());
  }

  @Test
  @DisplayName("closing the case releases the hold with the instant, and the amount counts again")
  void releasedAtClosure() {
    // rule: CMP-17
    ReceivableHold released = hold().release(CLOSED);
    assertFalse(released.isExcludedFromRecoveryBonus());
    assertEquals(cny("0.00"), released.excludedAmount());
    assertEquals(cny("12345.67"), released.amount(), "the amount is kept for the record");
    assertEquals(Optional.of(CLOSED), released.releasedAt());
    assertInvalid("releasedAt", () -> released.release(CLOSED.plusSeconds(60)));
    assertTrue(hold().isExcludedFromRecoveryBonus(), "the original hold is unchanged");
  }

  @Test
  @DisplayName("a salesperson's excluded total is the exact sum of the holds in force")
  void excludedTotal() {
    // rule: CMP-17 — 12 345.67 + 654.33 = 13 000.00; the released 1 000.00 no longer counts
    List<ReceivableHold> holds = List.of(hold(),
        ReceivableHold.of("SO-2611-0043", "P-1", cny("654.33")),
        ReceivableHold.of("SO-2610-0007", "P-2", cny("1000.00")).release(CLOSED));
    assertEquals(cny("13000.00"), ReceivableHold.excludedTotal(holds, CNY));
    assertEquals(cny("0.00"), ReceivableHold.excludedTotal(List.of(), CNY));
  }

  @Test
  @DisplayName("a hold needs an order, a part number and an amount above zero")
  void validation() {
    // rule: CMP-17
    assertInvalid("amount", () -> ReceivableHold.of("SO-1", "P-1", cny("0.00")));
    assertInvalid("amount", () -> ReceivableHold.of("SO-1", "P-1", cny("-5.00")));
    assertInvalid("orderNumber", () -> ReceivableHold.of(" ", "P-1", cny("5.00")));
    assertInvalid("partNumber", () -> ReceivableHold.of("SO-1", "", cny("5.00")));
  }

  @Test
  @DisplayName("two holds are equal when order, part, amount and release are")
  void equality() {
    // rule: CMP-17
    assertEquals(hold(), ReceivableHold.of("SO-2611-0042", "P-7788", cny("12345.67")));
    assertEquals(hold().hashCode(),
        ReceivableHold.of("SO-2611-0042", "P-7788", cny("12345.67")).hashCode());
    assertFalse(hold().equals(hold().release(CLOSED)));
    assertFalse(hold().equals(ReceivableHold.of("SO-2611-0042", "P-7789", cny("12345.67"))));
  }
}
