package org.aftersales.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture of the core module's main code (DESIGN.md, "Modules"). */
@AnalyzeClasses(
    packages = ArchitectureRules.CORE,
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_is_framework_free_and_does_no_io =
      ArchitectureRules.coreIsFrameworkFreeAndDoesNoIo();

  @ArchTest
  static final ArchRule core_uses_only_the_jdk_guava_and_the_validation_api =
      ArchitectureRules.coreUsesOnlyJdkGuavaAndValidationApi();

  @ArchTest
  static final ArchRule shared_kernel_depends_on_no_capability =
      ArchitectureRules.sharedKernelDependsOnNoCapability();

  @ArchTest
  static final ArchRule core_has_no_floating_point =
      ArchitectureRules.noFloatingPoint(ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule no_hidden_clock_zone_or_locale =
      ArchitectureRules.noHiddenClockZoneOrLocale(ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule capability_packages_are_free_of_cycles =
      ArchitectureRules.capabilityPackagesAreFreeOfCycles(ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule generated_immutables_are_hidden =
      ArchitectureRules.generatedImmutablesAreHidden(ArchitectureRules.CORE);
}
