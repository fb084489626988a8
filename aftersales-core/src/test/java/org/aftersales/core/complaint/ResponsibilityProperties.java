package org.aftersales.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Any split of the whole into exact ratios is a responsibility, and any other sum is refused
 * (CMP-08). The ratios are built from whole numbers of ten-thousandths, so every generated case is
 * used: the valid ones sum to 10 000 by construction, the invalid ones are moved off by a non-zero
 * amount.
 */
class ResponsibilityProperties {

  /**
   * Cuts 10 000 ten-thousandths into parts at the generated points: every part at least one
   * ten-thousandth, the parts adding up to 10 000 exactly.
   */
  static List<Integer> split(List<Integer> cuts) {
    List<Integer> points = new ArrayList<>(new TreeSet<>(cuts));
    List<Integer> parts = new ArrayList<>();
    int previous = 0;
    for (int p : points) {
      parts.add(p - previous);
      previous = p;
    }
    parts.add(10_000 - previous);
    return parts;
  }

  static List<ResponsibilityLine> lines(List<Integer> tenThousandths) {
    List<ResponsibilityLine> lines = new ArrayList<>();
    for (int i = 0; i < tenThousandths.size(); i++) {
      BigDecimal ratio = BigDecimal.valueOf(tenThousandths.get(i), 4);
      lines.add(i % 2 == 0
          ? ResponsibilityLine.of(UnitId.of("D-" + i), ratio)
          : ResponsibilityLine.of(UnitId.of("D-1"), PersonId.of("P-" + i), ratio));
    }
    return lines;
  }

  @Property(tries = 500)
  @Tag("CMP-08")
  void anyRatiosAddingUpToOneAreAcceptedAndReadBackUnchanged(
      @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9_999) Integer> cuts) {
    // rule: CMP-08
    List<Integer> parts = split(cuts);
    List<ResponsibilityLine> lines = lines(parts);
    Responsibility.Ours r = Responsibility.ours(lines, FaultCause.MANUFACTURING, "fix", true);
    assertEquals(lines, r.lines());
    for (int i = 0; i < parts.size(); i++) {
      assertEquals(0, BigDecimal.valueOf(parts.get(i), 4).compareTo(r.lines().get(i).ratio()));
    }
  }

  @Property(tries = 500)
  @Tag("CMP-08")
  void anyRatiosAddingUpToAnythingElseAreRefusedNamingTheSum(
      @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 9_999) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 5_000) int off, @ForAll boolean over) {
    // rule: CMP-08 — over: one more line of `off`; under: the last part dropped (or, for a
    // single line, made smaller by `off`). Every generated case is a wrong sum.
    List<Integer> parts = new ArrayList<>(split(cuts));
    if (over) {
      parts.add(off);
    } else if (parts.size() > 1) {
      parts.remove(parts.size() - 1);
    } else {
      parts.set(0, 10_000 - off);
    }
    int sum = parts.stream().mapToInt(Integer::intValue).sum();
    BigDecimal expectedSum = BigDecimal.valueOf(sum, 4).stripTrailingZeros();
    List<ResponsibilityLine> lines = lines(parts);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Responsibility.ours(lines, FaultCause.DESIGN, "fix", false));
    assertEquals("lines", e.violations().get(0).path());
    assertEquals("the ratios add up to " + expectedSum.toPlainString()
        + "; they must add up to exactly 1", e.violations().get(0).message().english());
  }
}
