package org.aftersales.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.aftersales.core.archfixture.bad.BigDecimalFromDouble;
import org.aftersales.core.archfixture.bad.BigDecimalValueOfDouble;
import org.aftersales.core.archfixture.bad.CachedHash;
import org.aftersales.core.archfixture.bad.ClosedAbstract;
import org.aftersales.core.archfixture.bad.DependsOnRules;
import org.aftersales.core.archfixture.bad.DependsOnTestLibrary;
import org.aftersales.core.archfixture.bad.DoubleField;
import org.aftersales.core.archfixture.bad.FloatParameter;
import org.aftersales.core.archfixture.bad.ImmutableLeak;
import org.aftersales.core.archfixture.bad.MutableField;
import org.aftersales.core.archfixture.bad.NotFinal;
import org.aftersales.core.archfixture.bad.OpenAbstract;
import org.aftersales.core.archfixture.bad.PolicyAsClass;
import org.aftersales.core.archfixture.bad.ReadsCurrentTimeMillis;
import org.aftersales.core.archfixture.bad.ReadsDefaultLocale;
import org.aftersales.core.archfixture.bad.ReadsDefaultZone;
import org.aftersales.core.archfixture.bad.ReadsFiles;
import org.aftersales.core.archfixture.bad.ReadsSystemClock;
import org.aftersales.core.archfixture.bad.UseCaseHoldingAnAdapter;
import org.aftersales.core.archfixture.bad.UseCaseHoldingPorts;
import org.aftersales.core.archfixture.bad.UsesJdbc;
import org.aftersales.core.archfixture.cycle.a.Alpha;
import org.aftersales.core.archfixture.cycle.b.Beta;
import org.aftersales.core.archfixture.nopackageinfo.Orphan;
import org.aftersales.core.archfixture.shared.SharedUsesCapability;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on a deliberately bad class and passes on a good one, so none of
 * them passes vacuously.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String FIXTURES = "org.aftersales.core.archfixture";

  @Test
  void main_code_must_not_use_jdbc_or_files() {
    ArchRule rule = ArchitectureRules.doesNoIo(FIXTURES);
    assertCaught(rule, UsesJdbc.class, "java.sql.Connection");
    assertCaught(rule, ReadsFiles.class, "java.io.File");
    assertPasses(rule, NotFinal.class);
  }

  @Test
  void a_module_must_not_depend_on_a_module_it_does_not_own() {
    ArchRule rule = ArchitectureRules.dependsOnNoModule(FIXTURES + ".bad", FIXTURES + ".othermodule");
    assertCaught(rule, DependsOnRules.class, "FakeRule");
    assertPasses(ArchitectureRules.coreIsFrameworkFree(), Money.class);
  }

  @Test
  void core_must_not_use_libraries_beyond_guava_and_the_validation_api() {
    assertCaught(ArchitectureRules.coreUsesOnlyJdkGuavaAndValidationApi(),
        DependsOnTestLibrary.class, "net.jqwik.api.Arbitrary");
    assertPasses(ArchitectureRules.coreUsesOnlyJdkGuavaAndValidationApi(), Money.class);
  }

  @Test
  void the_shared_kernel_must_not_depend_on_a_capability() {
    assertCaught(ArchitectureRules.sharedKernelDependsOnNoCapability(FIXTURES),
        SharedUsesCapability.class, "DoubleField");
  }

  @Test
  @DisplayName("main code must not read the system clock, default zone or default locale")
  void main_code_must_not_read_hidden_defaults() {
    ArchRule rule = ArchitectureRules.noHiddenClockZoneOrLocale(ArchitectureRules.CORE);
    assertCaught(rule, ReadsSystemClock.class, "Instant.now()");
    assertCaught(rule, ReadsCurrentTimeMillis.class, "System.currentTimeMillis()");
    assertCaught(rule, ReadsDefaultZone.class, "ZoneId.systemDefault()");
    assertCaught(rule, ReadsDefaultLocale.class, "Locale.getDefault()");
    assertPasses(rule, Money.class);
  }

  @Test
  void money_code_must_not_use_floating_point() {
    ArchRule rule = ArchitectureRules.noFloatingPoint(ArchitectureRules.CORE);
    assertCaught(rule, DoubleField.class, "DoubleField.amount");
    assertCaught(rule, FloatParameter.class, "percent(float)");
    assertCaught(rule, BigDecimalFromDouble.class, "BigDecimal.<init>(double)");
    assertCaught(rule, BigDecimalValueOfDouble.class, "BigDecimal.valueOf(double)");
    assertPasses(rule, Money.class);
  }

  @Test
  void capability_packages_must_not_form_a_cycle() {
    assertCaught(ArchitectureRules.capabilityPackagesAreFreeOfCycles(FIXTURES + ".cycle"),
        new Class<?>[] {Alpha.class, Beta.class}, "Cycle detected");
  }

  @Test
  void generated_immutables_must_not_be_public() {
    assertCaught(ArchitectureRules.generatedImmutablesAreHidden(ArchitectureRules.CORE),
        ImmutableLeak.class, "ImmutableLeak");
  }

  @Test
  void every_package_must_have_a_package_info() {
    ArchRule rule = ArchitectureRules.everyPackageHasPackageInfo(FIXTURES);
    AssertionError error = assertThrows(AssertionError.class,
        () -> rule.check(new ClassFileImporter().importPackages(FIXTURES + ".nopackageinfo")));
    assertTrue(error.getMessage().contains("package org.aftersales.core.archfixture.nopackageinfo of"), error.getMessage());
    rule.check(new ClassFileImporter().importPackages(FIXTURES + ".bad"));
  }

  @Test
  void public_concrete_classes_must_be_final() {
    ArchRule rule = ArchitectureRules.publicConcreteClassesAreFinal(FIXTURES);
    assertCaught(rule, NotFinal.class, "NotFinal");
    assertPasses(rule, Orphan.class);
  }

  @Test
  void public_abstract_classes_must_be_sealed_or_immutables_values() {
    ArchRule rule = ArchitectureRules.publicAbstractClassesAreClosed(FIXTURES);
    assertCaught(rule, OpenAbstract.class, "OpenAbstract");
    assertPasses(rule, ClosedAbstract.class);
  }

  @Test
  void fields_of_public_classes_must_be_final_except_a_private_transient_memo() {
    ArchRule rule = ArchitectureRules.fieldsOfPublicClassesAreFinal(FIXTURES);
    assertCaught(rule, MutableField.class, "MutableField.count");
    assertPasses(rule, CachedHash.class);
  }

  @Test
  void policies_and_ports_must_be_interfaces_in_core() {
    ArchRule rule = ArchitectureRules.portsAndPoliciesAreCoreInterfaces();
    assertCaught(rule, PolicyAsClass.class, "PolicyAsClass");
    assertPasses(rule, DomainEventPublisher.class);
  }

  @Test
  void use_cases_must_hold_only_ports_policies_and_values() {
    ArchRule rule = ArchitectureRules.useCasesDependOnlyOnPortsPoliciesAndValues(FIXTURES);
    assertCaught(rule, UseCaseHoldingAnAdapter.class, "UseCaseHoldingAnAdapter.adapter");
    assertPasses(rule, UseCaseHoldingPorts.class);
  }

  static void assertCaught(ArchRule rule, Class<?> bad, String expectedInReport) {
    assertCaught(rule, new Class<?>[] {bad}, expectedInReport);
  }

  static void assertCaught(ArchRule rule, Class<?>[] bad, String expectedInReport) {
    AssertionError error = assertThrows(AssertionError.class,
        () -> rule.check(new ClassFileImporter().importClasses(bad)),
        () -> "rule '" + rule.getDescription() + "' did not catch the bad class");
    assertTrue(error.getMessage().contains(expectedInReport),
        () -> "the report should name " + expectedInReport + " but was: " + error.getMessage());
  }

  static void assertPasses(ArchRule rule, Class<?> good) {
    rule.check(new ClassFileImporter().importClasses(good));
  }
}
