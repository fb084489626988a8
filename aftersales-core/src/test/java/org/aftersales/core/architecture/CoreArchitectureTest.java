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
  static final ArchRule core_is_framework_free = ArchitectureRules.coreIsFrameworkFree();

  @ArchTest
  static final ArchRule core_does_no_io = ArchitectureRules.doesNoIo(ArchitectureRules.CORE);

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

  @ArchTest
  static final ArchRule every_package_has_a_package_info =
      ArchitectureRules.everyPackageHasPackageInfo(ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule public_concrete_classes_are_final =
      ArchitectureRules.publicConcreteClassesAreFinal(ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule public_abstract_classes_are_closed =
      ArchitectureRules.publicAbstractClassesAreClosed(ArchitectureRules.CORE,
          // Bases of the typed identifiers and codes that live in every capability package.
          ArchitectureRules.CORE + ".shared.Identifier", ArchitectureRules.CORE + ".shared.NamedCode");

  @ArchTest
  static final ArchRule fields_of_public_classes_are_final =
      ArchitectureRules.fieldsOfPublicClassesAreFinal(ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule ports_and_policies_are_core_interfaces =
      ArchitectureRules.portsAndPoliciesAreCoreInterfaces();

  @ArchTest
  static final ArchRule use_cases_depend_only_on_ports_policies_and_values =
      ArchitectureRules.useCasesDependOnlyOnPortsPoliciesAndValues(ArchitectureRules.CORE);
}
