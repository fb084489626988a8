package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyCriterion;
import org.aftersales.core.workreport.LapseKind;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.core.workreport.WorkKind;
import org.aftersales.testkit.survey.SurveyFixtures;
import org.aftersales.testkit.workreport.WorkReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every setter of every fixture builder (ServiceFixtures, SurveyFixtures, WorkReportFixtures)
 * changes its own component and no other, and leaves the builder it was called on as it was
 * (the builders are immutable). Values are chosen here, unlike any default.
 */
class FixtureBuilderSettersTest {

  static final Map<Class<?>, Object> OTHER = otherValues();

  static Map<Class<?>, Object> otherValues() {
    Map<Class<?>, Object> m = new java.util.HashMap<>();
    m.put(RequestId.class, RequestId.of("other-request"));
    m.put(ServiceRequestId.class, ServiceRequestId.of("SR-OTHER"));
    m.put(Instant.class, Instant.parse("2027-01-15T06:00:00Z"));
    m.put(String.class, "另一个值");
    m.put(PersonId.class, PersonId.of("someone-else"));
    m.put(Money.class, ServiceFixtures.cny("9.99"));
    m.put(int.class, 7);
    m.put(long.class, 7L);
    m.put(List.class, List.of(new ReplacedPart("X-1", 3, ServiceFixtures.cny("1.00"))));
    m.put(ServiceReport.class, new ServiceReport("a", "b", List.of(), 1,
        ServiceFixtures.cny("0.00"), "c"));
    m.put(ServiceZone.class, ServiceZone.OVERSEAS);
    m.put(ServiceChannel.class, ServiceChannel.WRITTEN);
    m.put(Map.class, Map.of(SurveyCriterion.SKILL, SatisfactionLevel.FAIR));
    m.put(UnitId.class, UnitId.of("unit-other"));
    m.put(LapseKind.class, LapseKind.PHONE_OFF);
    m.put(ServiceCategory.class, ServiceCategory.D);
    m.put(WorkKind.class, WorkKind.INSTALLATION_COMMISSIONING);
    m.put(OrganizationUnit.class, OrganizationUnit.builder().id(UnitId.of("g-2"))
        .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
        .addMember(new Member(PersonId.of("someone-else"), BasePoints.of(2))).build());
    m.put(TeamDailyReport.class, new TeamDailyReport(PersonId.of("someone-else"),
        java.time.LocalDate.of(2027, 1, 15), List.of(), Map.of()));
    return m;
  }

  @Test
  void everySetterChangesItsComponentOnly() throws Exception {
    // rule: SVC-02
    int checked = 0;
    for (Class<?> fixtures : List.of(ServiceFixtures.class, SurveyFixtures.class,
        WorkReportFixtures.class)) {
      for (Method factory : fixtures.getMethods()) {
        Class<?> builderType = factory.getReturnType();
        if (!Modifier.isStatic(factory.getModifiers())
            || !builderType.getSimpleName().endsWith("Builder")
            || builderType.getSimpleName().equals("EntitlementBuilder")) {
          continue;
        }
        Object base = factory.getParameterCount() == 0 ? factory.invoke(null)
            : factory.invoke(null, ServiceFixtures.aServiceRequestId());
        Method build = builderType.getMethod("build");
        Object before = build.invoke(base);
        for (Method setter : builderType.getDeclaredMethods()) {
          if (!Modifier.isPublic(setter.getModifiers()) || setter.getParameterCount() != 1
              || setter.getReturnType() != builderType
              || !OTHER.containsKey(setter.getParameterTypes()[0])) {
            continue;
          }
          // A job must not start after it ends: its start moves earlier, everything else later.
          Object value = setter.getName().equals("startedAt")
              ? Instant.parse("2026-11-01T00:00:00Z") : OTHER.get(setter.getParameterTypes()[0]);
          Object after = build.invoke(setter.invoke(base, value));
          Function<String, Object> read = name -> component(after, name);
          for (Method component : components(before)) {
            Object expected = component.getName().equals(setter.getName()) ? value
                : component.invoke(before);
            assertEquals(expected, read.apply(component.getName()),
                builderType.getSimpleName() + "." + setter.getName() + " → " + component.getName());
          }
          // The builder it was called on still builds the defaults.
          assertEquals(before, build.invoke(base), builderType.getSimpleName());
          assertNotEquals(before, after, builderType.getSimpleName() + "." + setter.getName());
          checked++;
        }
      }
    }
    // 20 builders with 113 component setters between them; the count guards against a silent skip.
    assertEquals(113, checked);
  }

  /** The accessors of a record, or of an Immutables value (its abstract attribute methods). */
  static List<Method> components(Object value) throws Exception {
    List<Method> result = new ArrayList<>();
    if (value.getClass().isRecord()) {
      for (var c : value.getClass().getRecordComponents()) {
        result.add(c.getAccessor());
      }
      return result;
    }
    for (Method m : value.getClass().getSuperclass().getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
          && m.getParameterCount() == 0) {
        result.add(value.getClass().getSuperclass().getMethod(m.getName()));
      }
    }
    return result;
  }

  static Object component(Object value, String name) {
    try {
      Class<?> type = value.getClass().isRecord() ? value.getClass()
          : value.getClass().getSuperclass();
      return type.getMethod(name).invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(name, e);
    }
  }
}
