package org.aftersales.rules.configuration;

import static org.aftersales.rules.configuration.Offices.BERLIN;
import static org.aftersales.rules.configuration.Offices.CNY;
import static org.aftersales.rules.configuration.Offices.SHANGHAI;
import static org.aftersales.rules.configuration.Offices.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Violation;
import org.aftersales.core.workreport.ReportKind;
import org.aftersales.rules.sla.Applicability;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The shape every configuration shares: {@code withXxx(part)} replaces exactly that part, every
 * part can be replaced, nothing null goes in, the office calendar must be read in the business
 * zone, and a number is changed by replacing its part.
 */
class ConfigurationPartsTest {

  /** Each configuration twice, built from different inputs so that their parts differ. */
  static List<Object[]> pairs() {
    WorkingCalendar utc = WorkingCalendar.builder(ZoneOffset.UTC)
        .weekly(WeeklySchedule.twentyFourSeven()).build();
    return List.of(
        new Object[] {ServiceOperationsConfiguration.seed(SHANGHAI, CNY, Offices.shanghai()),
            ServiceOperationsConfiguration.seed(BERLIN, USD, Offices.berlin())},
        new Object[] {SoftwareSupportConfiguration.seed(SHANGHAI, CNY, Offices.shanghai()),
            SoftwareSupportConfiguration.seed(BERLIN, USD, Offices.berlin())},
        new Object[] {MachineryServiceConfiguration.seed(SHANGHAI, CNY, Offices.shanghai()),
            MachineryServiceConfiguration.seed(BERLIN, USD, Offices.berlin())},
        new Object[] {SecuritySystemsConfiguration.seed(Offices.shanghai()),
            SecuritySystemsConfiguration.seed(utc)},
        new Object[] {PropertyConfiguration.seed(), PropertyConfiguration.seed()});
  }

  /** The part accessors of a configuration by name: public, no parameters, not ruleIds. */
  static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> found = new TreeMap<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0 && !m.getName().equals("ruleIds")) {
        found.put(m.getName(), m);
      }
    }
    return found;
  }

  static List<Method> withers(Class<?> type) {
    List<Method> found = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("with")) {
        found.add(m);
      }
    }
    return found;
  }

  static String partName(Method wither) {
    String name = wither.getName().substring("with".length());
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  @Test
  void with_replaces_exactly_its_part_and_every_part_has_one()
      throws ReflectiveOperationException {
    // rule: every number of a rule is a configurable default (RULES.md), decision 0010
    for (Object[] pair : pairs()) {
      Object original = pair[0];
      Object other = pair[1];
      Map<String, Method> parts = accessors(original.getClass());
      List<Method> withers = withers(original.getClass());
      assertEquals(parts.size(), withers.size(), original.getClass() + ": a part without with");
      for (Method wither : withers) {
        Method part = parts.get(partName(wither));
        assertEquals(part.getReturnType(), wither.getParameterTypes()[0], wither.toString());
        Object replacement = part.invoke(other);
        Object copy = wither.invoke(original, replacement);
        assertNotSame(original, copy, wither.toString());
        assertSame(original.getClass(), copy.getClass());
        for (Method each : parts.values()) {
          Object expected = each.equals(part) ? replacement : each.invoke(original);
          assertSame(expected, each.invoke(copy), wither + " then " + each.getName());
        }
      }
    }
  }

  @Test
  void no_part_may_be_replaced_by_null() throws ReflectiveOperationException {
    // rule: every number of a rule is a configurable default (RULES.md), decision 0010
    for (Object[] pair : pairs()) {
      for (Method wither : withers(pair[0].getClass())) {
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
            () -> wither.invoke(pair[0], new Object[] {null}));
        assertTrue(thrown.getCause() instanceof NullPointerException, wither.toString());
      }
    }
  }

  @Test
  void the_rule_ids_are_sorted_and_cannot_be_changed() {
    // rule: every number of a rule is a configurable default (RULES.md), decision 0010
    for (Object[] pair : pairs()) {
      List<RuleId> ids = ruleIds(pair[0]);
      List<RuleId> sorted = new ArrayList<>(ids);
      sorted.sort(null);
      assertEquals(sorted, ids);
      assertThrows(UnsupportedOperationException.class, () -> ids.add(RuleId.of("SVC-01")));
    }
  }

  @SuppressWarnings("unchecked")
  static List<RuleId> ruleIds(Object configuration) {
    try {
      return (List<RuleId>) configuration.getClass().getMethod("ruleIds").invoke(configuration);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void an_office_calendar_in_another_zone_than_the_business_zone_is_refused_in_both_languages() {
    // rule: every number of a rule is a configurable default (RULES.md), decision 0010
    List<InvalidInputException> refusals = List.of(
        assertThrows(InvalidInputException.class,
            () -> ServiceOperationsConfiguration.seed(SHANGHAI, CNY, Offices.berlin())),
        assertThrows(InvalidInputException.class,
            () -> SoftwareSupportConfiguration.seed(SHANGHAI, CNY, Offices.berlin())),
        assertThrows(InvalidInputException.class,
            () -> MachineryServiceConfiguration.seed(SHANGHAI, CNY, Offices.berlin())));
    for (InvalidInputException e : refusals) {
      Violation v = e.violations().get(0);
      assertEquals("officeCalendar", v.path());
      assertEquals("rules.configuration.zoneMismatch", v.message().key());
      assertEquals("the office calendar is read in another zone than the business zone "
          + "Asia/Shanghai; one configuration cuts its days, months and office hours in one zone",
          v.message().render(Locale.ENGLISH));
      assertTrue(v.message().render(Locale.SIMPLIFIED_CHINESE).startsWith("办公日历的时区"));
      assertEquals("Europe/Berlin", v.rejectedValue().orElseThrow());
    }
  }

  @Test
  void a_currency_without_a_minor_unit_is_refused() {
    // rule: every number of a rule is a configurable default (RULES.md), decision 0010
    Currency gold = Currency.getInstance("XAU");
    assertThrows(InvalidInputException.class,
        () -> ServiceOperationsConfiguration.seed(SHANGHAI, gold, Offices.shanghai()));
    assertThrows(InvalidInputException.class,
        () -> SoftwareSupportConfiguration.seed(SHANGHAI, gold, Offices.shanghai()));
    assertThrows(InvalidInputException.class,
        () -> MachineryServiceConfiguration.seed(SHANGHAI, gold, Offices.shanghai()));
  }

  @Test
  void nothing_null_goes_into_a_seed() {
    // rule: every number of a rule is a configurable default (RULES.md), decision 0010
    WorkingCalendar office = Offices.shanghai();
    assertThrows(NullPointerException.class,
        () -> ServiceOperationsConfiguration.seed(null, CNY, office));
    assertThrows(NullPointerException.class,
        () -> ServiceOperationsConfiguration.seed(SHANGHAI, null, office));
    assertThrows(NullPointerException.class,
        () -> ServiceOperationsConfiguration.seed(SHANGHAI, CNY, null));
    assertThrows(NullPointerException.class,
        () -> SoftwareSupportConfiguration.seed(SHANGHAI, null, office));
    assertThrows(NullPointerException.class,
        () -> MachineryServiceConfiguration.seed(SHANGHAI, null, office));
    assertThrows(NullPointerException.class, () -> SecuritySystemsConfiguration.seed(null));
  }

  @Test
  void the_city_dispatch_limit_is_changed_from_6_to_5_working_hours_by_replacing_one_part() {
    // rule: SVC-11 — the Javadoc's example: 2 h on Friday (16:00–18:00) and 3 h on Monday
    // morning end at 12:00.
    ServiceOperationsConfiguration seed =
        ServiceOperationsConfiguration.seed(SHANGHAI, CNY, Offices.shanghai());
    ServiceOperationsConfiguration ours = seed.withServiceLevels(
        ServiceLevels.seed(SeedServiceLevels.DISPATCH, Offices.shanghai())
            .add(Applicability.any().inZone(ServiceZone.CITY),
                SeedServiceLevels.target(RuleId.of("SVC-11"), Milestone.ARRIVAL_ON_SITE,
                    Budget.workingHours(5)))
            .build());
    ServiceLevelKey city = ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.CITY);
    assertEquals(Offices.sh("2026-11-09T12:00"), ours.serviceLevels()
        .startClock(city, Offices.sh("2026-11-06T16:00")).orElseThrow().due().orElseThrow());
    ServiceLevelKey suburb = ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE, ServiceZone.SUBURB);
    assertEquals(Offices.sh("2026-11-09T15:30"), ours.serviceLevels()
        .startClock(suburb, Offices.sh("2026-11-06T16:00")).orElseThrow().due().orElseThrow(),
        "the suburbs keep their 7 hours");
    assertSame(seed.numbering(), ours.numbering());
  }

  @Test
  void the_machinery_reports_move_to_the_6th_and_7th_by_replacing_the_deadlines() {
    // rule: SVC-18
    MachineryServiceConfiguration seed =
        MachineryServiceConfiguration.seed(SHANGHAI, CNY, Offices.shanghai());
    MachineryServiceConfiguration ours =
        seed.withReportingDeadlines(seed.reportingDeadlines().withDueDays(6, 7));
    assertEquals(LocalDate.parse("2026-12-06"),
        ours.reportingDeadlines().dueDay(ReportKind.MONTHLY_STATISTICS, YearMonth.of(2026, 11)));
    assertEquals(LocalDate.parse("2026-12-04"),
        seed.reportingDeadlines().dueDay(ReportKind.MONTHLY_STATISTICS, YearMonth.of(2026, 11)),
        "the seed's configuration is unchanged");
  }
}
