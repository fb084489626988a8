package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.Money;
import org.aftersales.core.workreport.CategoryTime;
import org.aftersales.core.workreport.MonthlyServiceStatistics;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.core.workreport.ServiceStatistics;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.core.workreport.TechnicianDailyReport;
import org.aftersales.core.workreport.WorkKind;
import org.aftersales.core.workreport.WorkReports;

/**
 * The roll-ups add up, for any jobs: the team's daily report equals the sum of its technicians'
 * reports and a tally made here from the jobs; the monthly statistics' total equals the sum of its
 * lines and the sum of every cost of the month's jobs, with person-times and person-days counted
 * here independently. // rule: SVC-09, SVC-18
 */
class ReportRollUpProperties {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  /** Jobs start from 31 Oct 00:00 to 3 Dec in Shanghai, so some fall outside the day and month. */
  static final Instant EARLIEST = LocalDate.of(2026, 10, 31).atStartOfDay(SHANGHAI).toInstant();

  @Provide
  Arbitrary<List<ServiceJob>> jobs() {
    Arbitrary<Long> minuteOffset = Arbitraries.longs().between(0, 60L * 24 * 33);
    Arbitrary<ServiceJob> job = Combinators.combine(
        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1),
        Arbitraries.of(ServiceCategory.class), Arbitraries.of(WorkKind.class),
        Combinators.combine(Arbitraries.oneOf(minuteOffset,
            Arbitraries.longs().between(60L * 24 * 2 - 3, 60L * 24 * 2 + 3)), // around 2 Nov 00:00
            Arbitraries.longs().between(0, 600)).as(List::of),
        Arbitraries.longs().between(0, 100_000).list().ofSize(4))
        .as((tech, sup, category, kind, times, cents) -> Jobs.job("SR-x", "tech-" + tech,
            "sup-" + sup, category, kind, EARLIEST.plusSeconds(times.get(0) * 60),
            times.get(1), yuan(cents.get(0)), yuan(cents.get(1)), yuan(cents.get(2)),
            yuan(cents.get(3))));
    return job.list().ofMaxSize(30);
  }

  static String yuan(long cents) {
    return Money.ofMinor(cents, Currency.getInstance("CNY")).amount().toPlainString();
  }

  @Property(tries = 200)
  void the_team_report_is_the_sum_of_its_technicians_reports_and_of_the_jobs(
      @ForAll("jobs") List<ServiceJob> jobs) {
    WorkReports reports = new WorkReports(SHANGHAI);
    Instant from = DAY.atStartOfDay(SHANGHAI).toInstant();
    Instant to = DAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    TeamDailyReport team = reports.teamDay(PersonId.of("sup-0"), DAY, jobs);
    Map<ServiceCategory, long[]> tally = new EnumMap<>(ServiceCategory.class);
    Set<PersonId> technicians = new HashSet<>();
    for (ServiceJob j : jobs) {
      boolean onDay = !j.startedAt().isBefore(from) && j.startedAt().isBefore(to);
      if (onDay && j.supervisor().equals(PersonId.of("sup-0"))) {
        long[] t = tally.computeIfAbsent(j.category(), c -> new long[2]);
        t[0]++;
        t[1] += j.labourMinutes();
        technicians.add(j.technician());
      }
    }
    Map<ServiceCategory, CategoryTime> summed = new EnumMap<>(ServiceCategory.class);
    for (ServiceCategory c : ServiceCategory.values()) {
      long[] t = tally.getOrDefault(c, new long[2]);
      assertEquals(new CategoryTime(c, (int) t[0], t[1]), team.byCategory().get(c));
      summed.put(c, CategoryTime.none(c));
    }
    long minutes = 0;
    for (TechnicianDailyReport r : team.technicians()) {
      assertEquals(reports.technicianDay(r.technician(), DAY, jobs.stream()
          .filter(j -> j.supervisor().equals(PersonId.of("sup-0"))).toList()), r);
      r.byCategory().forEach((c, line) -> summed.put(c, summed.get(c).plus(line)));
      minutes += r.totalMinutes();
    }
    assertEquals(technicians.size(), team.technicians().size());
    assertEquals(summed, team.byCategory());
    assertEquals(minutes, team.totalMinutes());
  }

  @Property(tries = 200)
  void the_monthly_total_is_the_sum_of_its_lines_and_of_the_months_costs(
      @ForAll("jobs") List<ServiceJob> jobs) {
    Currency cny = Currency.getInstance("CNY");
    MonthlyServiceStatistics s = new ServiceStatistics(SHANGHAI)
        .monthly(YearMonth.of(2026, 11), cny, jobs);
    Instant from = LocalDate.of(2026, 11, 1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = LocalDate.of(2026, 12, 1).atStartOfDay(SHANGHAI).toInstant();
    long allCents = 0;
    int[] times = new int[2];
    List<Set<String>> days = List.of(new HashSet<>(), new HashSet<>());
    for (ServiceJob j : jobs) {
      if (!j.startedAt().isBefore(from) && j.startedAt().isBefore(to)) {
        allCents += j.serviceCost().minorUnits() + j.materialCost().minorUnits()
            + j.transportCost().minorUnits() + j.otherCost().minorUnits();
        times[j.kind().ordinal()]++;
        days.get(j.kind().ordinal()).add(j.technician().value() + "@"
            + LocalDate.ofInstant(j.startedAt(), SHANGHAI));
      }
    }
    List<Money> lines = new ArrayList<>(List.of(s.installation().cost(), s.dispatch().cost(),
        s.material(), s.transport(), s.other()));
    assertEquals(Money.sum(lines, cny), s.total());
    assertEquals(Money.ofMinor(allCents, cny), s.total());
    assertEquals(times[0], s.installation().personTimes());
    assertEquals(times[1], s.dispatch().personTimes());
    assertEquals(days.get(0).size(), s.installation().personDays());
    assertEquals(days.get(1).size(), s.dispatch().personDays());
  }
}
