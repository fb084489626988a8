package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.ContractFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertyReminder;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.obligation.HandoverRegister;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.time.TestClock;

/**
 * Each contract arbitrary generates what its Javadoc promises, every value is accepted by its use
 * case on an empty in-memory store, and the edge cases (month ends, leap days, one-day and
 * one-year contracts, month-end schedules, notices exactly at a window's start) come often — the
 * coverage checks run with a fixed seed, so they are deterministic.
 * // rule: CON-01, CON-02, CON-03, CON-04, CON-07, CON-09
 */
class ContractArbitrariesTest {

  static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-02T01:00:00Z"), SHANGHAI);

  static boolean monthEnd(LocalDate d) {
    return d.getDayOfMonth() == d.lengthOfMonth();
  }

  static boolean leapDay(LocalDate d) {
    return d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29;
  }

  @Provide
  Arbitrary<ServiceContract> maintenance() {
    return ContractArbitraries.maintenanceContracts();
  }

  @Provide
  Arbitrary<ServiceContract> free() {
    return ContractArbitraries.freePeriods();
  }

  @Provide
  Arbitrary<ServiceContract> security() {
    return ContractArbitraries.securitySystemContracts();
  }

  @Provide
  Arbitrary<ServiceContract> any() {
    return ContractArbitraries.serviceContracts();
  }

  @Provide
  Arbitrary<PropertySale> sales() {
    return ContractArbitraries.propertySales();
  }

  @Provide
  Arbitrary<ProjectHandover> handovers() {
    return ContractArbitraries.handovers();
  }

  @Provide
  Arbitrary<ChangeRecord> changes() {
    return ContractArbitraries.changeRecords();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return ContractArbitraries.shanghaiInstants();
  }

  /** The contract is valid, registered as given, and the seed's obligations lie inside it. */
  private static void registeredWithObligationsInside(ServiceContract c) {
    assertFalse(c.systems().isEmpty());
    assertTrue(c.systems().size() <= ContractArbitraries.MAX_SYSTEMS, c::toString);
    assertEquals(c.systems().size(), new HashSet<>(c.systems()).size(), "distinct systems");
    assertFalse(c.end().isBefore(c.start()), c::toString);
    assertFalse(c.start().isBefore(ContractArbitraries.FIRST_DAY), c::toString);
    assertFalse(c.start().isAfter(ContractArbitraries.LAST_DAY), c::toString);
    assertTrue(ChronoUnit.DAYS.between(c.start(), c.end())
        <= Math.max(ContractArbitraries.MAX_CONTRACT_DAYS, 27 * 31), c::toString);
    ContractFile file = ContractFixtures.seedCommands(InMemoryContracts.create(), CLOCK)
        .register(c);
    assertEquals(c, file.contract());
    assertEquals(Version.of(1), file.version());
    for (Obligation o : ContractFixtures.seedSchedule().due(c, c.start(), c.end().plusDays(1))) {
      assertTrue(c.covers(o.due()), () -> o + " outside " + c);
    }
  }

  // rule: CON-01
  @Property(tries = 300, seed = "20261102")
  void maintenance_contracts_are_registered_and_cover_month_ends_leap_days_and_one_year_terms(
      @ForAll("maintenance") ServiceContract c) {
    assertEquals(ContractKind.MAINTENANCE, c.kind());
    registeredWithObligationsInside(c);
    Statistics.label("starts on a month end").collect(monthEnd(c.start()))
        .coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("starts on a leap day").collect(leapDay(c.start()))
        .coverage(k -> k.check(true).percentage(p -> p >= 2));
    Statistics.label("one day").collect(c.start().equals(c.end()))
        .coverage(k -> k.check(true).percentage(p -> p >= 3));
    Statistics.label("exactly one year").collect(c.end().equals(c.start().plusYears(1)
            .minusDays(1)))
        .coverage(k -> k.check(true).percentage(p -> p >= 15));
    Statistics.label("several systems").collect(c.systems().size() > 1)
        .coverage(k -> k.check(true).percentage(p -> p >= 30));
    Statistics.label("security").collect(c.category() == SystemCategory.SECURITY)
        .coverage(k -> k.check(true).percentage(p -> p >= 25));
  }

  // rule: CON-02
  @Property(tries = 100, seed = "20261103")
  void free_periods_are_registered_free_maintenance(@ForAll("free") ServiceContract c) {
    assertEquals(ContractKind.FREE_MAINTENANCE, c.kind());
    registeredWithObligationsInside(c);
    Statistics.label("over a year").collect(c.end().isAfter(c.start().plusYears(1)))
        .coverage(k -> k.check(true).percentage(p -> p >= 10));
  }

  // rule: CON-04
  @Property(tries = 100, seed = "20261104")
  void security_contracts_name_security_systems_and_have_four_area_inspections(
      @ForAll("security") ServiceContract c) {
    assertEquals(SystemCategory.SECURITY, c.category());
    registeredWithObligationsInside(c);
    for (SystemId s : c.systems()) {
      assertTrue(s.value().matches("(CAM|ALARM|ACCESS|INTRUSION)-[1-9][0-9]?"), s::toString);
    }
    assertEquals(4, ContractFixtures.seedChecklists().checklistFor(c.category()).areas().size());
    Statistics.label("kind").collect(c.kind())
        .coverage(k -> {
          k.check(ContractKind.MAINTENANCE).percentage(p -> p >= 25);
          k.check(ContractKind.FREE_MAINTENANCE).percentage(p -> p >= 25);
        });
  }

  // rule: CON-01, CON-02
  @Property(tries = 100, seed = "20261105")
  void any_contract_is_either_kind_and_registered(@ForAll("any") ServiceContract c) {
    registeredWithObligationsInside(c);
    Statistics.label("kind").collect(c.kind())
        .coverage(k -> {
          k.check(ContractKind.MAINTENANCE).percentage(p -> p >= 25);
          k.check(ContractKind.FREE_MAINTENANCE).percentage(p -> p >= 25);
        });
    Statistics.label("spans several months").collect(
            !YearMonth.from(c.start()).equals(YearMonth.from(c.end())))
        .coverage(k -> k.check(true).percentage(p -> p >= 40));
  }

  // rule: CON-09
  @Property(tries = 300, seed = "20261106")
  void property_sales_are_registered_with_increasing_schedules_of_every_method(
      @ForAll("sales") PropertySale s) {
    List<LocalDate> dates = s.dueDates();
    assertFalse(dates.isEmpty());
    assertTrue(dates.size() <= ContractArbitraries.MAX_SCHEDULE_DATES, s::toString);
    for (int i = 1; i < dates.size(); i++) {
      assertTrue(dates.get(i).isAfter(dates.get(i - 1)), s::toString);
    }
    if (s.method() == PropertyPaymentMethod.LUMP_SUM) {
      assertEquals(1, dates.size(), s::toString);
    }
    PropertySale stored = new PropertyAfterSales(InMemoryPropertySales.create()).register(s);
    assertEquals(s.withVersion(Version.of(1)), stored);
    List<PropertyReminder> reminders = stored.reminders();
    assertEquals(dates.size(), reminders.size(), "one payment reminder per date before delivery");
    Statistics.label("method").collect(s.method())
        .coverage(k -> {
          for (PropertyPaymentMethod m : PropertyPaymentMethod.values()) {
            k.check(m).percentage(p -> p >= 15);
          }
        });
    boolean monthlyFromMonthEnd = dates.size() > 2 && monthEnd(dates.get(0))
        && dates.get(1).equals(dates.get(0).plusMonths(1));
    Statistics.label("monthly from a month end").collect(monthlyFromMonthEnd)
        .coverage(k -> k.check(true).percentage(p -> p >= 3));
    Statistics.label("a date on 28 or 29 February").collect(dates.stream()
            .anyMatch(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() >= 28))
        .coverage(k -> k.check(true).percentage(p -> p >= 5));
    Statistics.label("seed terms").collect(s.equals(PropertySale.of(s.contract(), s.method(),
            dates, PropertyAfterSalesTerms.seed())))
        .coverage(k -> {
          k.check(true).percentage(p -> p >= 50);
          k.check(false).percentage(p -> p >= 10);
        });
  }

  // rule: CON-03
  @Property(tries = 200, seed = "20261107")
  void handovers_are_opened_and_complete_with_every_document(
      @ForAll("handovers") ProjectHandover h) {
    assertEquals(SHANGHAI, h.zone());
    assertFalse(h.joinBy().isAfter(h.finalAcceptance()), h::toString);
    assertFalse(h.dueBy().isBefore(h.finalAcceptance()), h::toString);
    HandoverRegister register = new HandoverRegister(InMemoryProjectHandovers.create(), CLOCK);
    ProjectHandover done = ContractFixtures.completedHandover(register, h);
    assertTrue(done.isCompleted());
    assertTrue(done.checklist().isComplete());
    Statistics.label("accepted on a month end").collect(monthEnd(h.finalAcceptance()))
        .coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("accepted on 31 March (joins by the end of February)").collect(
            h.finalAcceptance().getMonth() == Month.MARCH && h.finalAcceptance().getDayOfMonth()
                == 31 && h.terms().joinBefore().equals(Period.ofMonths(1)))
        .coverage(k -> k.check(true).count(n -> n >= 1));
    Statistics.label("seed terms").collect(h.terms().equals(HandoverTerms.seed()))
        .coverage(k -> {
          k.check(true).percentage(p -> p >= 50);
          k.check(false).percentage(p -> p >= 10);
        });
  }

  // rule: CON-07
  @Property(tries = 300, seed = "20261108")
  void change_records_are_recorded_and_mix_notices_before_at_and_after_the_window(
      @ForAll("changes") ChangeRecord c) {
    assertTrue(c.windowEnd().isAfter(c.windowStart()), c::toString);
    assertTrue(c.codeReferences().size() <= 2 && c.scriptReferences().size() <= 2);
    ChangeRecord stored = new ChangeRegister(InMemoryChangeRecords.create()).record(c);
    assertEquals(c.withVersion(Version.of(1)), stored);
    String notice = c.priorNotice().map(n -> n.givenAt().isBefore(c.windowStart()) ? "before"
        : n.givenAt().equals(c.windowStart()) ? "at start" : "after").orElse("none");
    // Independent of ChangeRecord: only a notice given before the start counts (seed lead 0).
    assertEquals(!notice.equals("before"), c.withoutPriorNotice(), c::toString);
    Statistics.label("notice").collect(notice)
        .coverage(k -> {
          for (String n : List.of("none", "before", "at start", "after")) {
            k.check(n).percentage(p -> p >= 12);
          }
        });
    Statistics.label("window starts at midnight").collect(
            c.windowStart().atZone(SHANGHAI).toLocalTime().equals(LocalTime.MIDNIGHT))
        .coverage(k -> k.check(true).percentage(p -> p >= 2));
  }

  @Property(tries = 300, seed = "20261109")
  void shanghai_instants_hit_the_office_hours_edges(@ForAll("instants") Instant i) {
    LocalTime t = i.atZone(SHANGHAI).toLocalTime();
    assertEquals(0, i.getNano() % 1_000, "whole microseconds");
    LocalDate day = i.atZone(SHANGHAI).toLocalDate();
    assertFalse(day.isBefore(ContractArbitraries.FIRST_DAY) || day.isAfter(
        ContractArbitraries.LAST_DAY), i::toString);
    Statistics.label("edge").collect(t.equals(LocalTime.of(9, 0)) || t.equals(LocalTime.of(18, 0))
            || t.equals(LocalTime.MIDNIGHT) || t.equals(LocalTime.of(8, 59, 59, 999_999_000)))
        .coverage(k -> k.check(true).percentage(p -> p >= 10));
  }
}
