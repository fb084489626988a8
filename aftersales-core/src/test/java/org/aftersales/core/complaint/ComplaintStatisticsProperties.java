package org.aftersales.core.complaint;

import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;

/**
 * Invariants of the month's complaint statistics over any set of closed cases (CMP-11): shares
 * add up to 1 within the stated rounding, on-time counts never exceed entries, and the figures of
 * two groups of cases add up to the figures of all of them. Every generated case is closed in
 * November 2026 (Shanghai) and may be reopened from any earlier generated case; nothing is
 * skipped by an assumption.
 */
@Tag("CMP-11")
class ComplaintStatisticsProperties {

  static final ComplaintStatistics STATS = ComplaintStatistics.seed(ZoneId.of("Asia/Shanghai"));
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final Instant MID_NOV = sh("2026-11-10T10:00");
  static final List<Milestone> STEPS = List.of(Milestone.COMPLAINT_REGISTRATION,
      Milestone.QA_ANALYSIS, Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION);
  static final List<UnitId> DEPARTMENTS = List.of(UnitId.of("D1"), UnitId.of("D2"),
      UnitId.of("D3"), UnitId.of("D4"));

  /** A generated case: its market, clocks, responsibility in hundredths, and link. */
  record Spec(boolean overseas, boolean overallOnTime, List<Integer> steps,
      List<Integer> hundredths, int reopenedFrom, int closingMinute) {}

  @Provide
  Arbitrary<List<Spec>> cases() {
    // steps: index into STEPS times 2 plus an on-time bit; hundredths: one per department, 0 for
    // none, at most 25 each so a case's total is at most 1; reopenedFrom: an offset back to an
    // earlier case, 0 for none.
    Arbitrary<Spec> spec = Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 7).list().ofMaxSize(6),
        Arbitraries.integers().between(0, 25).list().ofSize(DEPARTMENTS.size()),
        Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 28 * 24 * 60)).as(Spec::new);
    return spec.list().ofMaxSize(40);
  }

  static DocumentNumber number(int serial) {
    return DocumentNumber.of(SeriesId.COMPLAINTS, String.format("2611%02d", serial), "2026-11",
        LocalDate.of(2026, 11, 1), serial);
  }

  static StepFigures figures(Milestone step, boolean onTime) {
    return new StepFigures(step, MID_NOV, Budget.workingDays(1), MID_NOV, Duration.ZERO,
        Duration.ZERO, onTime);
  }

  /** Case {@code i} of the specs: number i + 1, closed in November. */
  static ClosedCaseFacts facts(List<Spec> specs, int i) {
    Spec s = specs.get(i);
    ClosedCaseFacts.Builder b = ClosedCaseFacts.builder();
    b.number(number(i + 1)).closedAt(sh("2026-11-01T00:00").plus(Duration.ofMinutes(
            s.closingMinute()))).market(s.overseas() ? ServiceZone.OVERSEAS : ServiceZone.DOMESTIC)
        .overall(figures(Milestone.COMPLAINT_CLOSURE, s.overallOnTime()));
    int back = s.reopenedFrom();
    if (back > 0 && i - back >= 0) {
      b.reopenedFrom(number(i - back + 1));
    }
    for (int step : s.steps()) {
      b.addSteps(figures(STEPS.get(step / 2), step % 2 == 1));
    }
    for (int d = 0; d < DEPARTMENTS.size(); d++) {
      int h = s.hundredths().get(d);
      if (h > 0) {
        b.addResponsibility(new DepartmentRatio(DEPARTMENTS.get(d), BigDecimal.valueOf(h, 2)));
      }
    }
    return b.build();
  }

  static List<ClosedCaseFacts> all(List<Spec> specs) {
    List<ClosedCaseFacts> all = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      all.add(facts(specs, i));
    }
    return all;
  }

  /** The first case of each case's chain of reopenings, by index. */
  static int[] roots(List<ClosedCaseFacts> all) {
    int[] root = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      // Case i has number i + 1 and links only to an earlier case, whose root is known.
      root[i] = all.get(i).reopenedFrom().map(o -> root[(int) o.serial() - 1]).orElse(i);
    }
    return root;
  }

  @Property(tries = 300)
  void sharesAddUpToOneWithinHalfAUnitPerDepartment(@ForAll("cases") List<Spec> specs) {
    // rule: CMP-11 — each share is rounded half-even to 4 places, so it is off by at most
    // 0.00005 and the sum by at most 0.00005 per department; each is also checked against its
    // exact quotient computed here at 20 places.
    MonthlyComplaintStatistics s = STATS.monthly(NOV, all(specs));
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal shares = BigDecimal.ZERO;
    BigDecimal half = new BigDecimal("0.00005");
    for (MonthlyResponsibility r : s.responsibility()) {
      total = total.add(r.ratioSum());
      shares = shares.add(r.share());
      BigDecimal exact = r.ratioSum().divide(s.totalResponsibility(), 20, RoundingMode.HALF_EVEN);
      assertTrue(exact.subtract(r.share()).abs().compareTo(half) <= 0, r.toString());
      assertEquals(4, r.share().scale());
    }
    assertEquals(0, total.compareTo(s.totalResponsibility()));
    if (s.responsibility().isEmpty()) {
      assertEquals(0, BigDecimal.ZERO.compareTo(s.totalResponsibility()));
    } else {
      BigDecimal bound = half.multiply(BigDecimal.valueOf(s.responsibility().size()));
      assertTrue(shares.subtract(BigDecimal.ONE).abs().compareTo(bound) <= 0,
          "shares add up to " + shares);
    }
  }

  @Property(tries = 300)
  void onTimeCountsNeverExceedEntriesAndEntriesAreTheStepsGiven(
      @ForAll("cases") List<Spec> specs) {
    // rule: CMP-11 — entries per step counted here independently from the specs.
    MonthlyComplaintStatistics s = STATS.monthly(NOV, all(specs));
    Map<Milestone, int[]> expected = new HashMap<>();
    for (Spec spec : specs) {
      for (int step : spec.steps()) {
        int[] n = expected.computeIfAbsent(STEPS.get(step / 2), m -> new int[2]);
        n[1]++;
        n[0] += step % 2;
      }
    }
    assertEquals(expected.size(), s.steps().size());
    for (MonthlyOnTime r : s.steps()) {
      assertTrue(r.onTime() <= r.entries());
      assertEquals(expected.get(r.step())[0], r.onTime());
      assertEquals(expected.get(r.step())[1], r.entries());
    }
    assertTrue(s.overall().onTime() <= s.overall().entries());
    assertEquals(specs.size(), s.overall().entries());
    assertEquals(specs.stream().filter(Spec::overallOnTime).count(), s.overall().onTime());
  }

  @Property(tries = 300)
  void twoGroupsKeepingEachChainTogetherAddUpToTheWhole(@ForAll("cases") List<Spec> specs,
      @ForAll long groupBits) {
    // rule: CMP-11, CMP-10 — a chain of reopenings goes to the group picked by its first case's
    // bit; then every count and every exact ratio sum is additive.
    List<ClosedCaseFacts> all = all(specs);
    int[] root = roots(all);
    List<ClosedCaseFacts> left = new ArrayList<>();
    List<ClosedCaseFacts> right = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ((groupBits >>> (root[i] % 64) & 1) == 1 ? left : right).add(all.get(i));
    }
    MonthlyComplaintStatistics whole = STATS.monthly(NOV, all);
    MonthlyComplaintStatistics l = STATS.monthly(NOV, left);
    MonthlyComplaintStatistics r = STATS.monthly(NOV, right);
    assertEquals(whole.casesClosed(), l.casesClosed() + r.casesClosed());
    assertEquals(whole.complaints(), l.complaints() + r.complaints());
    assertEquals(whole.reopenedCases(), l.reopenedCases() + r.reopenedCases());
    assertEquals(0, whole.totalResponsibility()
        .compareTo(l.totalResponsibility().add(r.totalResponsibility())));
    assertEquals(whole.overall().onTime(), l.overall().onTime() + r.overall().onTime());
    for (MonthlyMarketCount m : whole.markets()) {
      int[] inL = market(l, m.market());
      int[] inR = market(r, m.market());
      assertEquals(m.cases(), inL[0] + inR[0]);
      assertEquals(m.complaints(), inL[1] + inR[1]);
    }
    for (MonthlyOnTime step : whole.steps()) {
      assertEquals(step.entries(), step(l, step.step()).entries()
          + step(r, step.step()).entries());
      assertEquals(step.onTime(), step(l, step.step()).onTime() + step(r, step.step()).onTime());
    }
    for (MonthlyResponsibility d : whole.responsibility()) {
      assertEquals(0, d.ratioSum().compareTo(
          ratio(l, d.department()).add(ratio(r, d.department()))));
    }
  }

  @Property(tries = 300)
  void anySplitAddsUpTheCasesAndNeverCountsFewerComplaints(@ForAll("cases") List<Spec> specs,
      @ForAll long caseBits) {
    // rule: CMP-11, CMP-10 — splitting a reopened pair makes each half count its complaint.
    List<ClosedCaseFacts> all = all(specs);
    List<ClosedCaseFacts> left = new ArrayList<>();
    List<ClosedCaseFacts> right = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ((caseBits >>> (i % 64) & 1) == 1 ? left : right).add(all.get(i));
    }
    MonthlyComplaintStatistics whole = STATS.monthly(NOV, all);
    MonthlyComplaintStatistics l = STATS.monthly(NOV, left);
    MonthlyComplaintStatistics r = STATS.monthly(NOV, right);
    assertEquals(whole.casesClosed(), l.casesClosed() + r.casesClosed());
    assertEquals(whole.overall().entries(), l.overall().entries() + r.overall().entries());
    assertTrue(l.complaints() + r.complaints() >= whole.complaints());
  }

  /** A market's cases and complaints in {@code s}; zero for a market without a line. */
  static int[] market(MonthlyComplaintStatistics s, ServiceZone market) {
    return s.markets().stream().filter(m -> m.market().equals(market))
        .map(m -> new int[] {m.cases(), m.complaints()}).findFirst().orElse(new int[2]);
  }

  static MonthlyOnTime step(MonthlyComplaintStatistics s, Milestone step) {
    return s.steps().stream().filter(m -> m.step().equals(step)).findFirst()
        .orElse(new MonthlyOnTime(step, 0, 0));
  }

  static BigDecimal ratio(MonthlyComplaintStatistics s, UnitId department) {
    return s.responsibility().stream().filter(d -> d.department().equals(department))
        .map(MonthlyResponsibility::ratioSum).findFirst().orElse(BigDecimal.ZERO);
  }
}
