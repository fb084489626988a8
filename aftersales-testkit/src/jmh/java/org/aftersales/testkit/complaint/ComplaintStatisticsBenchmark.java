package org.aftersales.testkit.complaint;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ClosedCaseFacts;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintStatistics;
import org.aftersales.core.complaint.ComplaintStatisticsReport;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.DepartmentRatio;
import org.aftersales.core.complaint.MonthlyComplaintStatistics;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The month's complaint statistics over 10 000 closed cases (issue 11: ≤ 50 ms), CMP-11.
 * {@link #monthFromCases} is the realistic work of {@code ComplaintStatisticsReport} after the
 * port read: every case's {@link ClosedCaseFacts#of facts} — the routing form's figures per entry
 * and the overall clock, measured on the seed's Shanghai office calendar against the seed's
 * complaint budgets — then the month's statistics. {@link #monthFromFacts} is the aggregation
 * alone over the same facts. The port read is not measured.
 *
 * <p>The cases (seeded, reproducible): domestic or overseas; accepted at a random minute of 1–10
 * November 2026; 1 to 6 steps of the seed route completed, each 10 minutes to 2 days after the
 * previous instant, one in ten cases with a step returned to the one before; closed up to 10 hours
 * after the last step, all in November (Shanghai); one in ten reopened from an earlier case; one in
 * five with no responsibility, the others with 1 to 3 of 6 departments.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ComplaintStatisticsBenchmark {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final ComplaintStatistics STATS = ComplaintStatistics.seed(SHANGHAI);
  static final ServiceLevelPolicy POLICY = ServiceLevels.seed(
      SeedServiceLevels.COMPLAINT_PROCEDURE, WorkingCalendar.builder(SHANGHAI)
          .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
              WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
          .build()).build();
  static final int CASES = 10_000;

  private List<ComplaintCase> closed;
  private Map<DocumentNumber, List<DepartmentRatio>> responsibility;
  private List<ClosedCaseFacts> facts;
  private ComplaintStatisticsReport report;

  /** A port that hands back the closed cases it was given, for any interval. */
  static final class HandingBack implements Complaints {
    private final List<ComplaintCase> cases;

    HandingBack(List<ComplaintCase> cases) {
      this.cases = cases;
    }

    @Override
    public List<ComplaintCase> closedBetween(Instant from, Instant to) {
      return cases;
    }

    @Override
    public Optional<ComplaintCase> find(DocumentNumber number) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ComplaintCase> inProgress(int max) {
      throw new UnsupportedOperationException();
    }
  }

  /** Builds the 10 000 closed cases, their responsibility and their facts. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261130L);
    List<Milestone> route = ComplaintProcedure.seed().route();
    List<UnitId> departments = new ArrayList<>();
    for (int d = 1; d <= 6; d++) {
      departments.add(UnitId.of("DEPT-" + d));
    }
    Instant start = LocalDateTime.parse("2026-11-01T00:00").atZone(SHANGHAI).toInstant();
    closed = new ArrayList<>(CASES);
    responsibility = new HashMap<>();
    for (int i = 0; i < CASES; i++) {
      Instant t = start.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
      ComplaintCase c = ComplaintCase.register(ComplaintFixtures.aRegistration(t),
          ComplaintFixtures.aNumber(), ComplaintProcedure.seed(), t).state();
      ServiceZone market = random.nextBoolean() ? ServiceZone.DOMESTIC : ServiceZone.OVERSEAS;
      RoutingLedger ledger = RoutingLedger.accepted(route, market, t).handOver(route.get(0), t);
      int target = 1 + random.nextInt(route.size());
      boolean returned = random.nextInt(10) != 0;
      int open = 0;
      while (true) {
        t = t.plus(Duration.ofMinutes(10 + random.nextInt(2 * 24 * 60)));
        if (!returned && open > 0) {
          ledger = ledger.returnTo(route.get(open - 1), t, "rework");
          open--;
          returned = true;
          continue;
        }
        ledger = ledger.complete(t);
        if (open + 1 >= target) {
          break;
        }
        open++;
        ledger = ledger.handOver(route.get(open), t);
      }
      Instant closedAt = t.plus(Duration.ofMinutes(random.nextInt(600)));
      ComplaintCase.Builder b = ComplaintCase.builder();
      b.number(c.number()).requestId(c.requestId()).receivedAt(c.receivedAt())
          .intake(inMarket(c.intake(), market)).routing(ledger).status(ComplaintStatus.OPEN)
          .version(c.version());
      if (i > 0 && random.nextInt(10) == 0) {
        b.reopenedFrom(closed.get(random.nextInt(i)).number());
      }
      ComplaintCase done = ComplaintFixtures.closedAt(b.build(), closedAt);
      closed.add(done);
      responsibility.put(done.number(), ratios(random, departments));
    }
    facts = new ArrayList<>(CASES);
    for (ComplaintCase c : closed) {
      facts.add(ClosedCaseFacts.of(c, POLICY, responsibility.get(c.number())));
    }
    report = new ComplaintStatisticsReport(new HandingBack(closed), POLICY,
        c -> responsibility.get(c.number()), STATS);
    if (!report.monthly(NOV).equals(STATS.monthly(NOV, facts))
        || STATS.monthly(NOV, facts).casesClosed() != CASES) {
      throw new IllegalStateException("every case must close in November");
    }
  }

  private static ComplaintIntake inMarket(ComplaintIntake i, ServiceZone market) {
    return new ComplaintIntake(i.customerName(), i.description(), i.orderNumber(), i.partNumber(),
        i.deliveredQuantity(), i.shipDate(), i.defectiveQuantity(), i.demand(),
        i.demandedReturn(), market, i.severity(), i.causedLoss());
  }

  private static List<DepartmentRatio> ratios(SplittableRandom random, List<UnitId> departments) {
    if (random.nextInt(5) == 0) {
      return List.of();
    }
    int n = 1 + random.nextInt(3);
    int first = random.nextInt(departments.size());
    List<DepartmentRatio> lines = new ArrayList<>(n);
    int left = 100;
    for (int k = 0; k < n; k++) {
      int hundredths = k == n - 1 ? left : 1 + random.nextInt(left - (n - k - 1));
      left -= hundredths;
      lines.add(new DepartmentRatio(departments.get((first + k) % departments.size()),
          BigDecimal.valueOf(hundredths, 2)));
    }
    return lines;
  }

  /**
   * The realistic month: the use case over a port that hands back the cases (the read itself
   * costs nothing here), so every case's facts from its routing form, then the statistics.
   *
   * @return the statistics (so the work is not optimised away)
   */
  @Benchmark
  public MonthlyComplaintStatistics monthFromCases() {
    return report.monthly(NOV);
  }

  /**
   * The same work through the public {@link ClosedCaseFacts#of} per case (its policy's targets
   * looked up anew for each case), then the statistics.
   *
   * @return the statistics
   */
  @Benchmark
  public MonthlyComplaintStatistics monthFromCasesOneByOne() {
    List<ClosedCaseFacts> read = new ArrayList<>(closed.size());
    for (ComplaintCase c : closed) {
      read.add(ClosedCaseFacts.of(c, POLICY, responsibility.get(c.number())));
    }
    return STATS.monthly(NOV, read);
  }

  /**
   * The aggregation alone, over facts read beforehand.
   *
   * @return the statistics
   */
  @Benchmark
  public MonthlyComplaintStatistics monthFromFacts() {
    return STATS.monthly(NOV, facts);
  }
}
