package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TextRules;

/**
 * The quantity reconciliation of a complaint case (数量核对, PCB §9.1, §13.2, CMP-02, CMP-16), in
 * whole pieces ({@code long}: the seed counts pieces and never a fraction of one).
 *
 * <p><b>The claim.</b> {@link #delivered()} is the order line's quantity (数量);
 * {@link #claimed()} the customer's defective quantity (不良数量), which may be undetermined while
 * the customer is still processing the goods (客户加工中未确定, CMP-02) and is at most the delivered
 * quantity.
 *
 * <p><b>The decision.</b> {@link #decide(ComplaintOutcome)} splits the claim: claimed = accepted +
 * rejected, and accepted = allowance (with compensation, handled together in §13.1(1)) + return
 * + reprocessing + replacement. A not-valid complaint accepts nothing.
 *
 * <p><b>The return.</b> The pieces decided to come back (return + reprocessing: the approved
 * return quantity, 核定的退货量) are covered by one or more finished-goods return slips (成品退货单)
 * and arrive in parts ({@link #receive(String, long)}), the warehouse signing for what actually
 * arrives (§13.2(2)). Accounting then books the actually returned quantity (实退量,
 * {@link #book()}) when it is less than the approved quantity, or more by at most the
 * over-acceptance ratio (§13.2(1), CMP-16); otherwise the excess needs a decision, recorded with
 * its reason ({@link #book(String)}).
 *
 * <p><b>Always true</b> (every operation checks, and refuses naming the quantities): accepted ≤
 * claimed ≤ delivered; claimed = accepted + rejected and accepted = the sum of the buckets once
 * decided; the return slips cover at most the approved return quantity; the pieces received are
 * the sum of the receptions and at most the delivered quantity; a booked quantity is the received
 * quantity, within the ratio or with a recorded decision. Nothing changes after booking.
 *
 * <p>Immutable and thread-safe: every operation returns a new value and a refused one leaves the
 * value it was called on as it was. A kernel with its own arithmetic, so a hand-written final class
 * (decision 0010).
 */
public final class ComplaintQuantities {

  private static final RuleId CMP_16 = RuleId.of("CMP-16");
  /** Longest reason of a booking decision, in code points. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * A finished-goods return slip (成品退货单, §13.1(2)) covering part of the approved return.
   *
   * @param number the slip's number, identifier text
   * @param quantity the pieces it covers; 1 or more
   */
  public record Slip(String number, long quantity) {

    /**
     * Validates the slip.
     *
     * @param number the slip's number, identifier text of 1 to {@value Identifier#MAX_LENGTH}
     *     code points
     * @param quantity the pieces it covers; 1 or more
     * @throws InvalidInputException if the number is not identifier text (path {@code slip}) or
     *     the quantity is not positive (path {@code quantity})
     */
    public Slip {
      TextRules.requireIdentifierText("slip", requireNonNull(number, "number"),
          Identifier.MAX_LENGTH);
      requirePositive(quantity);
    }
  }

  /**
   * A part of the return the warehouse signed for (收料): the pieces that actually arrived
   * under one slip.
   *
   * @param slipNumber the slip the pieces came under
   * @param quantity the pieces received; 1 or more
   */
  public record Reception(String slipNumber, long quantity) {

    /**
     * Validates the reception.
     *
     * @param slipNumber the slip's number
     * @param quantity the pieces received; 1 or more
     * @throws InvalidInputException if the quantity is not positive (path {@code quantity})
     */
    public Reception {
      requireNonNull(slipNumber, "slipNumber");
      requirePositive(quantity);
    }
  }

  private final long delivered;
  /** The claimed quantity; null while undetermined. */
  private final Long claimed;
  private final OverAcceptanceRatio ratio;
  private final boolean decided;
  private final long allowance;
  private final long returned;
  private final long reprocessing;
  private final long replacement;
  private final List<Slip> slips;
  private final List<Reception> receptions;
  private final long received;
  /** The booked quantity; null until booked. */
  private final Long booked;
  /** The reason of a booking decision; null unless booked by decision. */
  private final String bookingReason;

  private ComplaintQuantities(long delivered, Long claimed, OverAcceptanceRatio ratio,
      boolean decided, long allowance, long returned, long reprocessing, long replacement,
      List<Slip> slips, List<Reception> receptions, Long booked, String bookingReason) {
    this.delivered = delivered;
    this.claimed = claimed;
    this.ratio = ratio;
    this.decided = decided;
    this.allowance = allowance;
    this.returned = returned;
    this.reprocessing = reprocessing;
    this.replacement = replacement;
    this.slips = List.copyOf(slips);
    this.receptions = List.copyOf(receptions);
    long sum = 0;
    for (Reception r : this.receptions) {
      sum += r.quantity();
    }
    this.received = sum;
    this.booked = booked;
    this.bookingReason = bookingReason;
  }

  /**
   * The quantities of a complaint whose claimed quantity is known.
   *
   * @param delivered the order line's quantity; 1 or more
   * @param claimed the customer's defective quantity; 0 to {@code delivered}
   * @param ratio the over-acceptance ratio that applies: the customer's, else the company default
   * @return the quantities, not yet decided
   * @throws InvalidInputException if a quantity is out of range (path {@code delivered} or
   *     {@code claimed})
   */
  public static ComplaintQuantities of(long delivered, long claimed, OverAcceptanceRatio ratio) {
    return undetermined(delivered, ratio).withClaimed(claimed);
  }

  /**
   * The quantities of a complaint whose claimed quantity is not known yet because the customer is
   * still processing the goods (客户加工中未确定, CMP-02).
   *
   * @param delivered the order line's quantity; 1 or more
   * @param ratio the over-acceptance ratio that applies: the customer's, else the company default
   * @return the quantities, claim undetermined
   * @throws InvalidInputException if {@code delivered} is not positive (path {@code delivered})
   */
  public static ComplaintQuantities undetermined(long delivered, OverAcceptanceRatio ratio) {
    requireDelivered(delivered);
    requireNonNull(ratio, "ratio");
    return new ComplaintQuantities(delivered, null, ratio, false, 0, 0, 0, 0, List.of(),
        List.of(), null, null);
  }

  private static void requireDelivered(long delivered) {
    if (delivered < 1) {
      throw InvalidInputException.of("delivered",
          MessageBundle.CORE.message("core.outcome.quantityNotPositive"), delivered);
    }
  }

  private static void requirePositive(long quantity) {
    if (quantity < 1) {
      throw InvalidInputException.of("quantity",
          MessageBundle.CORE.message("core.outcome.quantityNotPositive"), quantity);
    }
  }

  private RuleRefusalException refused(String key, Object... namesAndValues) {
    return new RuleRefusalException(CMP_16, MessageBundle.CORE.message(key, namesAndValues));
  }

  /**
   * These quantities with the customer's defective quantity now known (CMP-02), or corrected;
   * only before the decision.
   *
   * @param quantity the defective quantity; 0 to {@link #delivered()}
   * @return new quantities
   * @throws InvalidInputException if {@code quantity} is negative or more than delivered (path
   *     {@code claimed}), or the case is already decided (path {@code claimed})
   */
  public ComplaintQuantities withClaimed(long quantity) {
    if (quantity < 0 || quantity > delivered) {
      throw InvalidInputException.of("claimed", MessageBundle.CORE.message(
          "core.outcome.claimedRange", "delivered", delivered), quantity);
    }
    if (decided) {
      throw InvalidInputException.of("claimed", MessageBundle.CORE.message(
          "core.outcome.alreadyDecided"), quantity);
    }
    return new ComplaintQuantities(delivered, quantity, ratio, false, 0, 0, 0, 0, slips,
        receptions, booked, bookingReason);
  }

  /**
   * These quantities split by the decision: accepted = the outcome's lines (allowance and
   * compensation, return, reprocessing, replacement), rejected = claimed − accepted. A decision
   * may be replaced until the first return slip is issued.
   *
   * @param outcome the decided outcome; a not-valid one accepts nothing
   * @return new quantities
   * @throws InvalidInputException if the claimed quantity is undetermined (path {@code claimed}),
   *     the outcome accepts more than is claimed (path {@code outcome}, naming both quantities), or
   *     a return slip is already issued (path {@code outcome})
   */
  public ComplaintQuantities decide(ComplaintOutcome outcome) {
    requireNonNull(outcome, "outcome");
    if (claimed == null) {
      throw InvalidInputException.of("claimed",
          MessageBundle.CORE.message("core.outcome.claimUndetermined"));
    }
    long accepted = outcome.acceptedQuantity();
    if (accepted > claimed) {
      throw InvalidInputException.of("outcome", MessageBundle.CORE.message(
          "core.outcome.acceptedBeyondClaimed", "accepted", accepted, "claimed", claimed),
          outcome);
    }
    if (!slips.isEmpty()) {
      throw InvalidInputException.of("outcome",
          MessageBundle.CORE.message("core.outcome.returnUnderWay"), outcome);
    }
    return new ComplaintQuantities(delivered, claimed, ratio, true,
        Math.addExact(outcome.quantity(RemedyKind.ALLOWANCE),
            outcome.quantity(RemedyKind.COMPENSATION)),
        outcome.quantity(RemedyKind.RETURN), outcome.quantity(RemedyKind.REPROCESSING),
        outcome.quantity(RemedyKind.REPLACEMENT), slips, receptions, booked, bookingReason);
  }

  /**
   * These quantities with one more return slip (成品退货单) covering part of the approved return
   * quantity: a return may be split across several slips.
   *
   * @param number the slip's number; not yet used on this case
   * @param quantity the pieces the slip covers; 1 or more
   * @return new quantities
   * @throws InvalidInputException if the number or quantity is malformed, or the number is used
   * @throws RuleRefusalException (CMP-16) if the case is not decided with a return or
   *     reprocessing, is already booked, or the slips would cover more than the approved return
   *     quantity (naming both)
   */
  public ComplaintQuantities issueSlip(String number, long quantity) {
    Slip slip = new Slip(number, quantity);
    requireReturnOpen();
    if (slip(number).isPresent()) {
      throw InvalidInputException.of("slip",
          MessageBundle.CORE.message("core.outcome.documentTwice"), number);
    }
    long covered = Math.addExact(slipped(), quantity);
    if (covered > approvedReturn()) {
      throw refused("core.outcome.slipsBeyondApproved", "covered", covered,
          "approved", approvedReturn());
    }
    List<Slip> more = new ArrayList<>(slips);
    more.add(slip);
    return new ComplaintQuantities(delivered, claimed, ratio, decided, allowance, returned,
        reprocessing, replacement, more, receptions, booked, bookingReason);
  }

  /**
   * These quantities with a part of the return received under a slip (the warehouse signs for
   * what actually arrives, §13.2(2)); more or fewer pieces than the slip names may arrive.
   *
   * @param slipNumber the number of an issued slip
   * @param quantity the pieces that arrived; 1 or more
   * @return new quantities
   * @throws InvalidInputException if the quantity is not positive, or no slip has that number
   *     (path {@code slip})
   * @throws RuleRefusalException (CMP-16) if the return is not open (not decided with a return or
   *     reprocessing, or already booked), or the pieces received would exceed the delivered
   *     quantity (naming both)
   */
  public ComplaintQuantities receive(String slipNumber, long quantity) {
    Reception reception = new Reception(slipNumber, quantity);
    requireReturnOpen();
    if (slip(slipNumber).isEmpty()) {
      throw InvalidInputException.of("slip",
          MessageBundle.CORE.message("core.outcome.noSuchSlip"), slipNumber);
    }
    long total = Math.addExact(received, quantity);
    if (total > delivered) {
      throw refused("core.outcome.receivedBeyondDelivered", "received", total,
          "delivered", delivered);
    }
    List<Reception> more = new ArrayList<>(receptions);
    more.add(reception);
    return new ComplaintQuantities(delivered, claimed, ratio, decided, allowance, returned,
        reprocessing, replacement, slips, more, booked, bookingReason);
  }

  /**
   * These quantities with the actually returned quantity booked (依实退数量转帐, §13.2(1), CMP-16):
   * allowed when the pieces received are fewer than the approved return quantity, or more by at
   * most {@link OverAcceptanceRatio#maximumExcess(long)}.
   *
   * @return new quantities, booked at the received quantity
   * @throws RuleRefusalException (CMP-16) if the return is not open, no slip was issued, or the
   *     excess is beyond the ratio (naming the received, approved and largest bookable quantity):
   *     that needs a decision, {@link #book(String)}
   */
  public ComplaintQuantities book() {
    requireBookable();
    if (!isWithinRatio()) {
      throw refused("core.outcome.excessNeedsDecision", "received", received,
          "approved", approvedReturn(), "maximum", maximumBookable());
    }
    return booked(null);
  }

  /**
   * These quantities with the actually returned quantity booked by an explicit decision (得请示后依
   * 实际情况签收, §13.2(2)), whatever the difference from the approved return quantity; the reason
   * is kept.
   *
   * @param reason why the received quantity is booked; not blank, plain text, at most
   *     {@value #MAX_REASON_LENGTH} code points
   * @return new quantities, booked at the received quantity with the reason
   * @throws InvalidInputException if the reason is blank or not plain text (path {@code reason})
   * @throws RuleRefusalException (CMP-16) if the return is not open or no slip was issued
   */
  public ComplaintQuantities book(String reason) {
    requireNonNull(reason, "reason");
    TextRules.requireFreeText("reason", reason, MAX_REASON_LENGTH);
    if (reason.isBlank()) {
      throw InvalidInputException.of("reason",
          MessageBundle.CORE.message("core.outcome.noReason"));
    }
    requireBookable();
    return booked(reason);
  }

  private void requireBookable() {
    requireReturnOpen();
    if (slips.isEmpty()) {
      throw refused("core.outcome.noSlip");
    }
  }

  private ComplaintQuantities booked(String reason) {
    return new ComplaintQuantities(delivered, claimed, ratio, decided, allowance, returned,
        reprocessing, replacement, slips, receptions, received, reason);
  }

  private void requireReturnOpen() {
    if (approvedReturn() == 0) {
      throw refused("core.outcome.noReturnDecided");
    }
    if (booked != null) {
      throw refused("core.outcome.alreadyBooked", "booked", booked);
    }
  }

  private long slipped() {
    long sum = 0;
    for (Slip s : slips) {
      sum += s.quantity();
    }
    return sum;
  }

  private Optional<Slip> slip(String number) {
    return slips.stream().filter(s -> s.number().equals(number)).findFirst();
  }

  /**
   * The order line's quantity (数量).
   *
   * @return the delivered pieces, 1 or more
   */
  public long delivered() {
    return delivered;
  }

  /**
   * The customer's defective quantity (不良数量).
   *
   * @return the claimed pieces; empty while undetermined (客户加工中未确定)
   */
  public OptionalLong claimed() {
    return claimed == null ? OptionalLong.empty() : OptionalLong.of(claimed);
  }

  /**
   * Whether the claimed quantity is still undetermined (CMP-02).
   *
   * @return true while the customer is still processing the goods
   */
  public boolean isClaimUndetermined() {
    return claimed == null;
  }

  /**
   * Whether the claim has been split by a decision.
   *
   * @return true once decided
   */
  public boolean isDecided() {
    return decided;
  }

  /**
   * The over-acceptance ratio that applies.
   *
   * @return the customer's ratio, else the company default
   */
  public OverAcceptanceRatio ratio() {
    return ratio;
  }

  /**
   * The pieces the decision accepts: allowance + return + reprocessing + replacement.
   *
   * @return the accepted pieces; 0 before the decision
   */
  public long accepted() {
    return allowance + returned + reprocessing + replacement;
  }

  /**
   * The claimed pieces the decision rejects: claimed − accepted.
   *
   * @return the rejected pieces; 0 before the decision
   */
  public long rejected() {
    return decided ? claimed - accepted() : 0;
  }

  /**
   * The pieces the customer keeps against an allowance or a compensation.
   *
   * @return the allowance pieces; 0 before the decision
   */
  public long allowance() {
    return allowance;
  }

  /**
   * The pieces decided to be returned.
   *
   * @return the return pieces; 0 before the decision
   */
  public long returned() {
    return returned;
  }

  /**
   * The pieces decided to be reprocessed.
   *
   * @return the reprocessing pieces; 0 before the decision
   */
  public long reprocessing() {
    return reprocessing;
  }

  /**
   * The pieces decided to be replaced.
   *
   * @return the replacement pieces; 0 before the decision
   */
  public long replacement() {
    return replacement;
  }

  /**
   * The approved return quantity (核定的退货量): the pieces decided to come back, return +
   * reprocessing.
   *
   * @return the approved pieces; 0 before the decision
   */
  public long approvedReturn() {
    return returned + reprocessing;
  }

  /**
   * The most pieces that can be booked without a decision: the approved return quantity plus
   * {@link OverAcceptanceRatio#maximumExcess(long)} of it.
   *
   * @return the largest bookable quantity
   */
  public long maximumBookable() {
    return approvedReturn() + ratio.maximumExcess(approvedReturn());
  }

  /**
   * Whether the pieces received so far could be booked without a decision ({@link #book()}):
   * fewer than approved, or more by at most the ratio. A host that books automatically when the
   * warehouse reports the return finished asks this first, and otherwise asks for a decision.
   *
   * @return true if {@code received() <= maximumBookable()}
   */
  public boolean isWithinRatio() {
    return received <= maximumBookable();
  }

  /**
   * The return slips issued, in the order issued.
   *
   * @return the slips; unmodifiable
   */
  public List<Slip> slips() {
    return slips;
  }

  /**
   * The pieces the issued slips cover together.
   *
   * @return the covered pieces, at most {@link #approvedReturn()}
   */
  public long coveredBySlips() {
    return slipped();
  }

  /**
   * The parts of the return received, in the order received.
   *
   * @return the receptions; unmodifiable
   */
  public List<Reception> receptions() {
    return receptions;
  }

  /**
   * The pieces actually returned so far (实退量): the sum of the receptions.
   *
   * @return the received pieces, at most {@link #delivered()}
   */
  public long received() {
    return received;
  }

  /**
   * The pieces received under one slip.
   *
   * @param slipNumber the slip's number
   * @return the sum of its receptions; 0 for a slip with none or no such slip
   */
  public long received(String slipNumber) {
    requireNonNull(slipNumber, "slipNumber");
    long sum = 0;
    for (Reception r : receptions) {
      if (r.slipNumber().equals(slipNumber)) {
        sum += r.quantity();
      }
    }
    return sum;
  }

  /**
   * The booked quantity.
   *
   * @return the pieces booked as returned; empty until booked
   */
  public OptionalLong booked() {
    return booked == null ? OptionalLong.empty() : OptionalLong.of(booked);
  }

  /**
   * The reason of the decision a booking beyond the ratio needed.
   *
   * @return the reason; empty unless booked by decision
   */
  public Optional<String> bookingReason() {
    return Optional.ofNullable(bookingReason);
  }

  /**
   * Equal if every quantity, the ratio, the slips, the receptions (in order), the booking and its
   * reason are equal.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ComplaintQuantities that
        && that.delivered == delivered
        && Objects.equals(that.claimed, claimed)
        && that.ratio.equals(ratio)
        && that.decided == decided
        && that.allowance == allowance
        && that.returned == returned
        && that.reprocessing == reprocessing
        && that.replacement == replacement
        && that.slips.equals(slips)
        && that.receptions.equals(receptions)
        && Objects.equals(that.booked, booked)
        && Objects.equals(that.bookingReason, bookingReason);
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(delivered, claimed, ratio, decided, allowance, returned, reprocessing,
        replacement, slips, receptions, booked, bookingReason);
  }

  /**
   * For logs: the quantities in one line.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "delivered=" + delivered + " claimed=" + (claimed == null ? "undetermined" : claimed)
        + " accepted=" + accepted() + " rejected=" + rejected() + " (allowance=" + allowance
        + " return=" + returned + " reprocessing=" + reprocessing + " replacement=" + replacement
        + ") slips=" + slips + " received=" + received
        + " booked=" + (booked == null ? "no" : booked);
  }
}
