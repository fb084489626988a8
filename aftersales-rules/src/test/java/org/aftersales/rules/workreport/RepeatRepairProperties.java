package org.aftersales.rules.workreport;

import static org.aftersales.rules.workreport.RepairRecords.LI;
import static org.aftersales.rules.workreport.RepairRecords.SHANGHAI;
import static org.aftersales.rules.workreport.RepairRecords.WANG;
import static org.aftersales.rules.workreport.RepairRecords.repair;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.RepeatRepair;

/**
 * Repeat-repair detection depends on the set of repairs only, never on their order, and agrees
 * with a brute-force reference: for each repair, the latest earlier repair of the same unit and
 * fault (ties by ID), if its closing date in Shanghai is at most the window's days before.
 * // rule: SVC-17
 */
class RepeatRepairProperties {

  static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  @Provide
  Arbitrary<List<RepairRecord>> repairs() {
    // Instants on a coarse grid (whole hours, some equal) so that ties and window edges occur.
    Arbitrary<RepairRecord> r = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1), Arbitraries.longs().between(0, 24L * 80),
        Arbitraries.of(true, false), Arbitraries.of(WANG, LI))
        .as((serial, cause, hours, fault, tech) -> repair("SR-?", "SN-" + serial, "F-" + cause,
            START.plusSeconds(hours * 3600), tech, fault));
    return r.list().ofMaxSize(25).map(list -> {
      List<RepairRecord> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        RepairRecord x = list.get(i);
        named.add(repair(String.format("SR-%02d", i), x.unitSerial(), x.faultCause(),
            x.closedAt(), x.technician(), x.technicianAtFault()));
      }
      return named;
    });
  }

  @Property(tries = 300)
  void the_repeats_do_not_depend_on_the_order_of_the_repairs(
      @ForAll("repairs") List<RepairRecord> repairs, @ForAll long seed,
      @ForAll("windows") int window) {
    WindowRepeatRepairPolicy policy = WindowRepeatRepairPolicy.of(SHANGHAI, window);
    List<RepairRecord> shuffled = new ArrayList<>(repairs);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(policy.repeats(repairs), policy.repeats(shuffled));
    assertEquals(policy.fineCases(repairs), policy.fineCases(shuffled));
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(0, 1, 7, 30);
  }

  @Property(tries = 300)
  void the_repeats_are_the_brute_force_references(@ForAll("repairs") List<RepairRecord> repairs,
      @ForAll("windows") int window) {
    Comparator<RepairRecord> order = Comparator.comparing(RepairRecord::closedAt)
        .thenComparing(RepairRecord::serviceRequestId);
    List<String> expected = new ArrayList<>();
    List<RepairRecord> sorted = repairs.stream().sorted(order).toList();
    for (RepairRecord later : sorted) {
      RepairRecord previous = null;
      for (RepairRecord earlier : sorted) {
        if (order.compare(earlier, later) < 0 && earlier.sameUnitAndFault(later)) {
          previous = earlier; // the last one before "later" in the order
        }
      }
      if (previous != null) {
        long days = LocalDate.ofInstant(previous.closedAt(), SHANGHAI).until(
            LocalDate.ofInstant(later.closedAt(), SHANGHAI), java.time.temporal.ChronoUnit.DAYS);
        if (days <= window) {
          expected.add(previous.serviceRequestId().value() + ">"
              + later.serviceRequestId().value());
        }
      }
    }
    List<RepeatRepair> actual = WindowRepeatRepairPolicy.of(SHANGHAI, window).repeats(repairs);
    assertEquals(expected, actual.stream().map(r -> r.first().serviceRequestId().value() + ">"
        + r.repeat().serviceRequestId().value()).toList());
    assertEquals(actual.stream().filter(r -> r.first().technicianAtFault()).count(),
        WindowRepeatRepairPolicy.of(SHANGHAI, window).fineCases(repairs).size());
  }
}
