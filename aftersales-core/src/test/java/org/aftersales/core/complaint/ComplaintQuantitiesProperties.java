package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintOutcomeTest.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.shared.AftersalesException;

/**
 * The sums of the quantity reconciliation hold over any sequence of operations (CMP-02, CMP-16):
 * determine the claim, decide a split, issue a slip (split the return), receive a part, book,
 * book by decision. Each operation is drawn against the current state so that most of them are
 * legal, and some overshoot on purpose; a refused operation must leave the value as it was. The
 * expected sums are recomputed here from the slips, receptions and buckets, and the ratio's limit
 * with {@code BigDecimal} arithmetic of the test's own.
 */
class ComplaintQuantitiesProperties {

  @Property(tries = 400)
  @Tag("CMP-16")
  void sumsAlwaysHoldAndNeverExceedDelivered(
      @ForAll @IntRange(min = 1, max = 500) int delivered,
      @ForAll @IntRange(min = 0, max = 20) int ratioPercent,
      @ForAll boolean customerRatio,
      @ForAll boolean claimKnown,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 11) Integer> ops,
      @ForAll @Size(min = 90, max = 90) List<@IntRange(min = 0, max = 1_000_000) Integer> numbers) {
    // rule: CMP-02, CMP-16
    BigDecimal ratioValue = BigDecimal.valueOf(ratioPercent, 2);
    OverAcceptanceRatio ratio = customerRatio ? OverAcceptanceRatio.customer(ratioValue)
        : OverAcceptanceRatio.companyDefault(ratioValue);
    ComplaintQuantities q = claimKnown
        ? ComplaintQuantities.of(delivered, numbers.get(0) % (delivered + 1), ratio)
        : ComplaintQuantities.undetermined(delivered, ratio);
    check(q, ratioValue);
    // A booked return is closed (every later operation is refused, which bookedIsClosed in the
    // examples shows), so a sequence ends at its booking.
    for (int i = 0; i < ops.size() && q.booked().isEmpty(); i++) {
      int a = numbers.get(3 * i);
      int b = numbers.get(3 * i + 1);
      int c = numbers.get(3 * i + 2);
      ComplaintQuantities before = q;
      String snapshot = before.toString();
      try {
        q = apply(q, ops.get(i), a, b, c);
        Statistics.label("applied").collect(ops.get(i));
      } catch (AftersalesException refused) {
        Statistics.label("refused").collect(ops.get(i));
        assertEquals(snapshot, before.toString(), "a refused operation changes nothing");
      }
      check(q, ratioValue);
    }
    Statistics.label("booked").collect(q.booked().isPresent()
        ? q.bookingReason().isPresent() ? "by decision" : "within the ratio" : "not booked");
  }

  /**
   * Applies operation {@code op} (0 to 11, weighted towards the return's steps). While the claim
   * is undetermined every operation determines it, and before the decision any other operation
   * than re-determining the claim becomes the decision, since nothing else can happen yet.
   */
  private static ComplaintQuantities apply(ComplaintQuantities q, int op, int a, int b, int c) {
    long claimed = q.claimed().orElse(0);
    int move = q.isClaimUndetermined() ? 0 : !q.isDecided() && op != 0 ? 1 : op;
    long open = q.approvedReturn() - q.coveredBySlips();
    int slipCount = q.slips().size();
    // Usually the next unused number; now and then a used one, to be refused.
    String newSlip = "TH-" + (a % 10 == 0 ? 0 : slipCount);
    // An issued slip if there is one; now and then an unknown one, to be refused.
    String someSlip = slipCount == 0 || a % 10 == 0 ? "TH-X"
        : q.slips().get(a % slipCount).number();
    long toLimit = q.maximumBookable() - q.received();
    return switch (move) {
      // Sometimes one more than delivered, to be refused.
      case 0 -> q.withClaimed(a % (q.delivered() + 2));
      case 1 -> q.decide(outcome(claimed, a, b, c));
      // Sometimes one more than still open, to be refused.
      case 2, 3 -> q.issueSlip(newSlip, 1 + b % (open + 1));
      // Up to a little beyond what the ratio allows, so that some bookings need a decision.
      case 4, 5, 6, 7, 8, 9 -> q.receive(someSlip, 1 + b % Math.max(1, toLimit / 2 + 2));
      case 10 -> q.book();
      default -> q.book("decided at the general manager's office");
    };
  }

  /** A split of up to claimed + 1 pieces (one over now and then), or a not-valid outcome. */
  private static ComplaintOutcome outcome(long claimed, int a, int b, int c) {
    if (a % 20 == 0) {
      return ComplaintOutcome.notValid();
    }
    long rest = claimed + (c % 5 == 0 ? 1 : 0);
    long returned = b % (rest + 1);
    rest -= returned;
    long allowance = a % (rest + 1);
    rest -= allowance;
    long reprocessing = c % (rest + 1);
    rest -= reprocessing;
    long replacement = (a / 3) % (rest + 1);
    List<RemedyLine> lines = new ArrayList<>();
    if (allowance > 0 || b % 3 == 0) {
      lines.add(RemedyLine.allowance(allowance, cny("10.00")));
    }
    if (returned > 0) {
      lines.add(RemedyLine.returnOf(returned));
    }
    if (reprocessing > 0) {
      lines.add(RemedyLine.reprocessing(reprocessing));
    }
    if (replacement > 0) {
      lines.add(RemedyLine.replacement(replacement));
    }
    return lines.isEmpty() ? ComplaintOutcome.notValid() : new ComplaintOutcome.Remedy(lines);
  }

  private static void check(ComplaintQuantities q, BigDecimal ratio) {
    long delivered = q.delivered();
    assertTrue(delivered >= 1);
    q.claimed().ifPresent(claimed -> assertTrue(0 <= claimed && claimed <= delivered, "claimed"));
    long buckets = q.allowance() + q.returned() + q.reprocessing() + q.replacement();
    assertTrue(q.allowance() >= 0 && q.returned() >= 0 && q.reprocessing() >= 0
        && q.replacement() >= 0, "no bucket negative");
    assertEquals(buckets, q.accepted(), "accepted = allowance + return + reprocessing + replacement");
    if (q.isDecided()) {
      long claimed = q.claimed().orElseThrow();
      assertTrue(q.rejected() >= 0, "rejected not negative");
      assertEquals(claimed, q.accepted() + q.rejected(), "claimed = accepted + rejected");
    } else {
      assertEquals(0, buckets, "nothing accepted before the decision");
    }
    assertTrue(q.accepted() <= delivered, "accepted never beyond delivered");
    long approved = q.returned() + q.reprocessing();
    long slipped = q.slips().stream().mapToLong(ComplaintQuantities.Slip::quantity).sum();
    assertEquals(slipped, q.coveredBySlips());
    assertTrue(slipped <= approved, "slips cover at most the approved return");
    long received = q.receptions().stream().mapToLong(ComplaintQuantities.Reception::quantity)
        .sum();
    assertEquals(received, q.received(), "received = sum of the receptions");
    assertTrue(received <= delivered, "received never beyond delivered");
    List<String> numbers = q.slips().stream().map(ComplaintQuantities.Slip::number).toList();
    assertEquals(numbers.size(), numbers.stream().distinct().count(), "slip numbers unique");
    q.receptions().forEach(r -> assertTrue(numbers.contains(r.slipNumber()), "known slip"));
    q.booked().ifPresent(booked -> {
      assertEquals(received, booked, "the booked quantity is the received quantity");
      long limit = BigDecimal.valueOf(approved).multiply(BigDecimal.ONE.add(ratio))
          .setScale(0, RoundingMode.FLOOR).longValueExact();
      assertTrue(booked <= limit || q.bookingReason().isPresent(),
          "beyond the ratio only by a decision");
    });
  }
}
