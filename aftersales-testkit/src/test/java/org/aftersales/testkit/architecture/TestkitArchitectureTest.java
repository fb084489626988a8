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

  @ArchTest
  static final ArchRule no_io = ArchitectureRules.doesNoIo(TESTKIT,
      java.util.Set.of("org.aftersales.testkit.walkthrough.Walkthrough"),
      "the walkthrough's command line prints its report and writes the HTML file it is asked for");

  @ArchTest
  static final ArchRule every_package_has_a_package_info = ArchitectureRules.everyPackageHasPackageInfo(TESTKIT);

  @ArchTest
  static final ArchRule public_concrete_classes_are_final = ArchitectureRules.publicConcreteClassesAreFinal(TESTKIT);

  @ArchTest
  static final ArchRule fields_of_public_classes_are_final = ArchitectureRules.fieldsOfPublicClassesAreFinal(TESTKIT);

  @ArchTest
  static final ArchRule testkit_depends_on_no_framework = ArchitectureRules.dependsOnNoModule(TESTKIT,
      "org.springframework", "jakarta.persistence", "jakarta.inject", "jakarta.enterprise");
}
