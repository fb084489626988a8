package org.aftersales.core.complaint;

import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;

/**
 * Invariants of the routing form under any sequence of hand-overs, completions and returns at
 * increasing instants (CMP-05, CMP-06). Each generated move is read against the form's state so
 * that every move is a legal one: no case is skipped by an assumption.
 */
class RoutingLedgerProperties {

  static final SeedRoutingPolicy POLICY = new SeedRoutingPolicy();

  /**
   * One move per pair of generated numbers: a gap in minutes (0 to 2 working days and more, so
   * moves fall on nights, lunch breaks and weekends) and a choice (complete, or return to which
   * earlier step).
   */
  @Property(tries = 300)
  @Tag("CMP-05")
  @Tag("CMP-06")
  void entriesStartAtTheirHandOverNeverOverlapAndFitInTheOverallClock(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 4000) Integer> gaps,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 9) Integer> choices,
      @ForAll boolean overseas) {
    // rule: CMP-05, CMP-06
    Instant t = sh("2026-11-02T09:00");
    RoutingLedger ledger = RoutingLedger.accepted(SeedRoutingPolicy.STEPS,
        overseas ? ServiceZone.OVERSEAS : ServiceZone.DOMESTIC, t);
    for (int i = 0; i < gaps.size() && !ledger.isFinished(); i++) {
      t = t.plus(Duration.ofMinutes(gaps.get(i)));
      ledger = move(ledger, t, choices.get(i));
    }
    Instant at = t.plus(Duration.ofMinutes(1));

    List<RoutingEntry> entries = ledger.entries();
    List<StepFigures> figures = ledger.stepFigures(POLICY, at);
    StepFigures overall = ledger.overall(POLICY, at);
    assertEquals(entries.size(), figures.size());
    Duration sum = Duration.ZERO;
    Instant previousEnd = ledger.acceptedAt();
    for (int i = 0; i < entries.size(); i++) {
      RoutingEntry e = entries.get(i);
      StepFigures f = figures.get(i);
      assertEquals(e.step(), f.step());
      assertEquals(e.handedOverAt(), f.start(), "each clock starts at its own hand-over");
      assertFalse(e.handedOverAt().isBefore(previousEnd), "entries never overlap");
      assertTrue(!e.isOpen() || i == entries.size() - 1, "only the last entry may be open");
      Instant end = e.endedAt().orElse(at);
      // Independent reference: the office calendar's own working time between the two ends.
      assertEquals(SeedRoutingPolicy.OFFICE.workingTimeBetween(e.handedOverAt(), end),
          f.elapsed());
      previousEnd = end;
      sum = sum.plus(f.elapsed());
    }
    assertTrue(sum.compareTo(overall.elapsed()) <= 0, "the steps' elapsed time fits the overall");
  }

  /** A legal move at {@code t}: hand over when nothing is open, else complete or return. */
  static RoutingLedger move(RoutingLedger ledger, Instant t, int choice) {
    List<RoutingEntry> entries = ledger.entries();
    if (entries.isEmpty() || !entries.get(entries.size() - 1).isOpen()) {
      int next = entries.isEmpty() ? 0
          : ledger.route().indexOf(entries.get(entries.size() - 1).step()) + 1;
      return ledger.handOver(ledger.route().get(next), t);
    }
    int open = ledger.route().indexOf(entries.get(entries.size() - 1).step());
    // Choices 0–6 complete, 7–9 return to an earlier step if there is one.
    if (choice < 7 || open == 0) {
      return ledger.complete(t);
    }
    Milestone earlier = ledger.route().get(choice % open);
    return ledger.returnTo(earlier, t, "returned by move " + choice);
  }
}
