package org.aftersales.rules.workreport;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.RepeatRepair;
import org.aftersales.core.workreport.RepeatRepairPolicy;
import org.aftersales.rules.support.RulesMessages;

/**
 * Repeat repairs within a window of calendar days (期限内重复维修), SVC-17: a repair is a repeat of
 * the latest earlier repair of the same fault (equal fault cause code) on the same unit (equal
 * model and serial) if it was closed at most {@link #windowDays()} calendar days after it, the
 * days counted between the two closings' dates in the business zone.
 *
 * <p><b>The window.</b> The seed forbids repairing the same problem twice (不允许同一问题重复修理,
 * P11 §三.6) but names no period; {@link #seed(ZoneId)} takes 30 days, the usual period after which
 * a recurring fault counts as a new one. A repair closed on 1 November repeats one closed on
 * 2 October (30 days), not one closed on 1 October (31 days); time of day does not matter.
 *
 * <p><b>Order.</b> Records are ordered by closing time, then service request ID, so that repairs
 * closed at the same instant still have a definite earlier one and the answer is the same for any
 * order of the input. Each repair is compared with its immediate predecessor only: three repairs
 * A, B, C of one fault are two repeats, A→B and B→C.
 *
 * <p>Immutable and thread-safe.
 */
public final class WindowRepeatRepairPolicy implements RepeatRepairPolicy {

  /** The seed's window: 30 days (the seed names none). */
  public static final int SEED_WINDOW_DAYS = 30;

  private static final Comparator<RepairRecord> BY_CLOSING = Comparator
      .comparing(RepairRecord::closedAt).thenComparing(RepairRecord::serviceRequestId);

  private final ZoneId businessZone;
  private final int windowDays;

  private WindowRepeatRepairPolicy(ZoneId businessZone, int windowDays) {
    this.businessZone = requireNonNull(businessZone, "businessZone");
    if (windowDays < 0) {
      throw InvalidInputException.of("windowDays", RulesMessages.BUNDLE.message(
          "rules.workreport.windowNegative"), windowDays);
    }
    this.windowDays = windowDays;
  }

  /**
   * The seed's policy: a {@value #SEED_WINDOW_DAYS}-day window.
   *
   * @param businessZone the zone the closing dates are read in
   * @return the policy
   */
  public static WindowRepeatRepairPolicy seed(ZoneId businessZone) {
    return new WindowRepeatRepairPolicy(businessZone, SEED_WINDOW_DAYS);
  }

  /**
   * A policy with another window.
   *
   * @param businessZone the zone the closing dates are read in
   * @param windowDays the window in calendar days, 0 or more (0: the same day only)
   * @return the policy
   * @throws InvalidInputException if {@code windowDays} is negative
   */
  public static WindowRepeatRepairPolicy of(ZoneId businessZone, int windowDays) {
    return new WindowRepeatRepairPolicy(businessZone, windowDays);
  }

  /**
   * The window.
   *
   * @return calendar days, 0 or more
   */
  public int windowDays() {
    return windowDays;
  }

  @Override
  public List<RepeatRepair> repeats(Collection<RepairRecord> records) {
    List<RepairRecord> sorted = records.stream().sorted(BY_CLOSING).toList();
    Map<List<String>, RepairRecord> latest = new HashMap<>();
    List<RepeatRepair> repeats = new ArrayList<>();
    for (RepairRecord r : sorted) {
      List<String> key = List.of(r.productModel(), r.unitSerial(), r.faultCause());
      RepairRecord previous = latest.put(key, r);
      if (previous != null && withinWindow(previous, r)) {
        repeats.add(new RepeatRepair(previous, r));
      }
    }
    return List.copyOf(repeats);
  }

  private boolean withinWindow(RepairRecord first, RepairRecord repeat) {
    LocalDate last = LocalDate.ofInstant(first.closedAt(), businessZone).plusDays(windowDays);
    return !LocalDate.ofInstant(repeat.closedAt(), businessZone).isAfter(last);
  }

  /**
   * E.g. {@code WindowRepeatRepairPolicy[30 days, Asia/Shanghai]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "WindowRepeatRepairPolicy[" + windowDays + " days, " + businessZone + "]";
  }
}
