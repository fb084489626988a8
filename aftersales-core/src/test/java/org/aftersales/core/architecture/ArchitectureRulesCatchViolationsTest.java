package org.aftersales.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.aftersales.core.archcyclea.Alpha;
import org.aftersales.core.archcycleb.Beta;
import org.aftersales.core.archfixture.bad.BigDecimalFromDouble;
import org.aftersales.core.archfixture.bad.BigDecimalValueOfDouble;
import org.aftersales.core.archfixture.bad.DependsOnRules;
import org.aftersales.core.archfixture.bad.DependsOnTestLibrary;
import org.aftersales.core.archfixture.bad.DoubleField;
import org.aftersales.core.archfixture.bad.FloatParameter;
import org.aftersales.core.archfixture.bad.ImmutableLeak;
import org.aftersales.core.archfixture.bad.ReadsCurrentTimeMillis;
import org.aftersales.core.archfixture.bad.ReadsDefaultLocale;
import org.aftersales.core.archfixture.bad.ReadsDefaultZone;
import org.aftersales.core.archfixture.bad.ReadsFiles;
import org.aftersales.core.archfixture.bad.ReadsSystemClock;
import org.aftersales.core.archfixture.bad.UsesJdbc;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.archfixture.SharedUsesCapability;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on a deliberately bad class and passes on a good one, so none of
 * them passes vacuously.
 */
class ArchitectureRulesCatchViolationsTest {

  @Test
  void core_must_not_use_jdbc_files_or_the_rules_module() {
    assertCaught(ArchitectureRules.coreIsFrameworkFreeAndDoesNoIo(), UsesJdbc.class, "java.sql.Connection");
    assertCaught(ArchitectureRules.coreIsFrameworkFreeAndDoesNoIo(), ReadsFiles.class, "java.io.File");
    assertCaught(ArchitectureRules.coreIsFrameworkFreeAndDoesNoIo(), DependsOnRules.class, "FakeRule");
    assertPasses(ArchitectureRules.coreIsFrameworkFreeAndDoesNoIo(), Money.class);
  }

  @Test
  void core_must_not_use_libraries_beyond_guava_and_the_validation_api() {
    assertCaught(ArchitectureRules.coreUsesOnlyJdkGuavaAndValidationApi(),
        DependsOnTestLibrary.class, "net.jqwik.api.Arbitrary");
    assertPasses(ArchitectureRules.coreUsesOnlyJdkGuavaAndValidationApi(), Money.class);
  }

  @Test
  void the_shared_kernel_must_not_depend_on_a_capability() {
    assertCaught(ArchitectureRules.sharedKernelDependsOnNoCapability(),
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
    assertCaught(ArchitectureRules.capabilityPackagesAreFreeOfCycles(ArchitectureRules.CORE),
        new Class<?>[] {Alpha.class, Beta.class}, "Cycle detected");
  }

  @Test
  void generated_immutables_must_not_be_public() {
    assertCaught(ArchitectureRules.generatedImmutablesAreHidden(ArchitectureRules.CORE),
        ImmutableLeak.class, "ImmutableLeak");
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
