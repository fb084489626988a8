package org.aftersales.testkit.architecture;

import static org.aftersales.core.architecture.ArchitectureRules.TESTKIT;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.aftersales.core.architecture.ArchitectureRules;

/** The architecture of the testkit's main code (DESIGN.md, "Modules"). */
@AnalyzeClasses(
    packages = TESTKIT,
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule no_hidden_clock_zone_or_locale = ArchitectureRules.noHiddenClockZoneOrLocale(TESTKIT);

  @ArchTest
  static final ArchRule capability_packages_are_free_of_cycles =
      ArchitectureRules.capabilityPackagesAreFreeOfCycles(TESTKIT);

  @ArchTest
  static final ArchRule generated_immutables_are_hidden = ArchitectureRules.generatedImmutablesAreHidden(TESTKIT);
}
