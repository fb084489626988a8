package org.aftersales.examples.postgres.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.aftersales.core.complaint.ClosedCaseFacts;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.DepartmentRatio;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.penalty.FaultReport;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.LossFacts;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.contract.ContractFixtures;
import org.aftersales.testkit.penalty.PenaltyFixtures;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.survey.SurveyFixtures;
import org.aftersales.testkit.workreport.WorkReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every type of core made by a builder (found by scanning core's jar for a public
 * {@code static builder()}, so a new one cannot be forgotten) round-trips through its builder,
 * with a fixture value of each; the aggregates' states are covered in depth by the other tests.
 *
 * <p>// rule: the stored form of every builder-made type (issue 14: documents read back equal)
 */
class AftersalesJsonEveryBuiltTypeTest {

  @Test
  void every_builder_made_type_of_core_round_trips() throws Exception {
    ComplaintCase closed = ComplaintFixtures.useCases().closed();
    ServiceLevels levels = ServiceFixtures.seedServiceLevels();
    PenaltyCase penaltyCase = PenaltyFixtures.workedExample();
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    samples.put(ServiceRequest.class, ServiceFixtures.aServiceRequest());
    samples.put(Entitlement.class, ServiceFixtures.anEntitlement());
    samples.put(ComplaintCase.class, closed);
    samples.put(ClosedCaseFacts.class, ClosedCaseFacts.of(closed, ComplaintFixtures.SEED_POLICY,
        List.of(new DepartmentRatio(UnitId.of("PRESS-2"), BigDecimal.ONE))));
    samples.put(ContractFile.class, ContractFixtures.aContractFile());
    samples.put(ChangeRecord.class, ContractFixtures.aChangeRecord());
    samples.put(SurveyCard.class, SurveyFixtures.anAnsweredSurveyCard());
    samples.put(PersonPenaltyLedger.class, PenaltyFixtures.ledgers().settled());
    samples.put(PenaltyAccount.class, PenaltyFixtures.ledgers().settled().account());
    samples.put(PenaltyCase.class, penaltyCase);
    samples.put(PenaltyAllocation.class, LargestRemainderAllocation.seed().allocate(penaltyCase));
    samples.put(FineCase.class, PenaltyFixtures.fineCase().build());
    samples.put(FaultReport.class, PenaltyFixtures.faultReport().build());
    samples.put(LossFacts.class, PenaltyFixtures.lossFacts().build());
    samples.put(OrganizationUnit.class, PenaltyFixtures.pressSection());
    samples.put(BranchReport.class, WorkReportFixtures.aBranchReport());
    samples.put(AvailabilityLapse.class, WorkReportFixtures.anAvailabilityLapse());
    samples.put(ServiceJob.class, WorkReportFixtures.aServiceJob());
    samples.put(RepairRecord.class, WorkReportFixtures.aRepairRecord());
    samples.put(ServiceLevelKey.class, ServiceLevelKey.of(Milestone.ARRIVAL_ON_SITE,
        ServiceZone.SUBURB));
    samples.put(ServiceLevelTarget.class, levels.entries().get(0).target());
    for (Map.Entry<Class<?>, Object> e : samples.entrySet()) {
      check(e.getKey(), e.getValue());
    }

    Set<String> built = builderTypes();
    assertTrue(built.size() >= 15, () -> "the scan found only " + built);
    Set<String> missing = new TreeSet<>(built);
    samples.keySet().forEach(c -> missing.remove(c.getName()));
    assertEquals(Set.of(), missing, "builder-made types of core no test round-trips");
  }

  @SuppressWarnings("unchecked")
  private static <T> void check(Class<T> type, Object value) {
    RoundTrip.check(type, (T) value);
  }

  /** The public types of core with a public static builder(). */
  private static Set<String> builderTypes() throws Exception {
    Path jar = Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Set<String> out = new TreeSet<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (var it = file.entries(); it.hasMoreElements(); ) {
        String name = it.nextElement().getName();
        if (!name.endsWith(".class") || name.contains("-info")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        try {
          Class<?> c = Class.forName(className, false,
              AftersalesJsonEveryBuiltTypeTest.class.getClassLoader());
          if (!Modifier.isPublic(c.getModifiers())) {
            continue;
          }
          for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals("builder") && m.getParameterCount() == 0
                && Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())) {
              out.add(className);
            }
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // needs an optional dependency (e.g. Bean Validation's): not a value type
        }
      }
    }
    return out;
  }
}
