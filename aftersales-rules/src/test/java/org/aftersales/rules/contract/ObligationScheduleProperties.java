package org.aftersales.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;

/**
 * The schedule over random contracts (1 day to about 4 years, starting on any day of 2020 to 2030
 * including month ends and 29 February, one to four systems, both kinds), random periods around
 * them and random splits of the period into consecutive windows (one to twelve cuts, empty
 * windows included), and every survey interval from 6 to 12 months.
 *
 * <p>// rule: CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06
 */
class ObligationScheduleProperties {

  static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  /** A contract, a period [from, to) and the cut points splitting it. */
  record Case(ServiceContract contract, LocalDate from, LocalDate to, List<LocalDate> cuts,
      int surveyMonths) {}

  @Provide
  Arbitrary<ServiceContract> contracts() {
    Arbitrary<String> ids = Arbitraries.strings().withChars("ABC-/7合").ofMinLength(1)
        .ofMaxLength(6);
    Arbitrary<LocalDate> starts = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 4017).map(EPOCH::plusDays),
        // month ends and leap days, where clamping matters
        Arbitraries.integers().between(0, 131).map(m -> YearMonth.from(EPOCH).plusMonths(m)
            .atEndOfMonth()));
    Arbitrary<Integer> lengths = Arbitraries.oneOf(Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, 1500));
    Arbitrary<Integer> systemCounts = Arbitraries.integers().between(1, 4);
    return Combinators.combine(ids, Arbitraries.of(ContractKind.class), starts, lengths,
        systemCounts).as((id, kind, start, length, n) -> ServiceContract.of(ContractId.of(id),
            CustomerId.of("CUST"), kind, SystemCategory.GENERAL,
            IntStream.rangeClosed(1, n).mapToObj(i -> SystemId.of("S" + i))
                .collect(Collectors.toList()),
            start, start.plusDays(length)));
  }

  @Provide
  Arbitrary<Case> cases() {
    return contracts().flatMap(c -> Combinators.combine(
        Arbitraries.integers().between(-400, 400), Arbitraries.integers().between(0, 2400),
        Arbitraries.integers().between(0, 2400).list().ofMinSize(1).ofMaxSize(12),
        Arbitraries.integers().between(6, 12))
        .as((offset, length, cutOffsets, survey) -> {
          LocalDate from = c.start().plusDays(offset);
          LocalDate to = from.plusDays(length);
          List<LocalDate> cuts = cutOffsets.stream()
              .map(o -> from.plusDays(length == 0 ? 0 : o % (length + 1)))
              .sorted().collect(Collectors.toList());
          return new Case(c, from, to, cuts, survey);
        }));
  }

  static SeedObligationSchedule schedule(int surveyMonths) {
    return SeedObligationSchedule.builder().surveyEveryMonths(surveyMonths).build();
  }

  @Property(tries = 400)
  void any_split_into_windows_yields_the_whole_periods_obligations_once(@ForAll("cases") Case k) {
    SeedObligationSchedule schedule = schedule(k.surveyMonths());
    List<Obligation> whole = schedule.due(k.contract(), k.from(), k.to());
    List<String> wholeKeys = whole.stream().map(Obligation::key).collect(Collectors.toList());
    assertEquals(wholeKeys.size(), new HashSet<>(wholeKeys).size(), "a key twice");

    List<Obligation> union = new ArrayList<>();
    LocalDate windowStart = k.from();
    List<LocalDate> ends = new ArrayList<>(k.cuts());
    ends.add(k.to());
    for (LocalDate windowEnd : ends) {
      for (Obligation o : schedule.due(k.contract(), windowStart, windowEnd)) {
        assertTrue(!o.due().isBefore(windowStart) && o.due().isBefore(windowEnd),
            () -> o + " outside its window");
        union.add(o);
      }
      windowStart = windowEnd;
    }
    assertEquals(whole, union);
  }

  @Property(tries = 400)
  void every_due_date_lies_inside_the_contract_and_its_window(@ForAll("cases") Case k) {
    for (Obligation o : schedule(k.surveyMonths()).due(k.contract(), k.from(), k.to())) {
      assertTrue(k.contract().covers(o.due()), () -> o + " outside " + k.contract());
      assertTrue(!o.due().isBefore(k.from()) && o.due().isBefore(k.to()));
      assertEquals(o.kind().rule(), o.rule());
      assertEquals(k.contract().id(), o.contract());
    }
  }

  /**
   * Over a window covering the whole contract, the counts follow from the calendar alone: one
   * inspection per system and month touched, one report per month, one revisit and one report
   * per quarter touched, one survey per interval started, one summary per maintenance year started,
   * the end notice when its offset lands on or after the start.
   */
  @Property(tries = 400)
  void the_whole_contract_has_the_calendars_number_of_each_obligation(
      @ForAll("contracts") ServiceContract c) {
    List<Obligation> all = SeedObligationSchedule.seed().due(c, c.start().minusDays(1),
        c.end().plusDays(1));
    long months = ChronoUnit.MONTHS.between(YearMonth.from(c.start()), YearMonth.from(c.end())) + 1;
    Set<String> quarters = new TreeSet<>();
    for (LocalDate day = c.start(); !day.isAfter(c.end()); day = day.plusDays(1)) {
      quarters.add(day.getYear() + "Q" + ((day.getMonthValue() + 2) / 3));
    }
    assertEquals(months * c.systems().size(), count(all, ObligationKind.MONTHLY_INSPECTION));
    assertEquals(months, count(all, ObligationKind.MONTHLY_OPTIMISATION_REPORT));
    assertEquals(quarters.size(), count(all, ObligationKind.QUARTERLY_REVISIT));
    assertEquals(quarters.size(), count(all, ObligationKind.QUARTERLY_CUSTOMER_REPORT));
    assertEquals(started(c, 6), count(all, ObligationKind.SURVEY));
    assertEquals(started(c, 12), count(all, ObligationKind.YEARLY_SURVEY_SUMMARY));
    int offset = c.kind() == ContractKind.MAINTENANCE ? 1 : 3;
    long notices = c.end().minusMonths(offset).isBefore(c.start()) ? 0 : 1;
    assertEquals(c.kind() == ContractKind.MAINTENANCE ? notices : 0,
        count(all, ObligationKind.EXPIRY_NOTICE));
    assertEquals(c.kind() == ContractKind.FREE_MAINTENANCE ? notices : 0,
        count(all, ObligationKind.FREE_PERIOD_END_REPORT));
  }

  static long count(List<Obligation> all, ObligationKind kind) {
    return all.stream().filter(o -> o.kind() == kind).count();
  }

  /**
   * Intervals of n months that start on or before the end, by the definition in the docs: the
   * k-th interval starts n·k months after the first day (counted from the first day).
   */
  static long started(ServiceContract c, int n) {
    long k = 0;
    while (!c.start().plusMonths(k * n).isAfter(c.end())) {
      k++;
    }
    return k;
  }
}
