package org.aftersales.rules.architecture;

import static org.aftersales.core.architecture.ArchitectureRules.RULES;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.aftersales.core.architecture.ArchitectureRules;

/** The architecture of the rules module's main code (DESIGN.md, "Modules"). */
@AnalyzeClasses(
    packages = RULES,
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class RulesArchitectureTest {

  @ArchTest
  static final ArchRule rules_do_not_depend_on_the_testkit = ArchitectureRules.rulesDoNotDependOnTestkit();

  @ArchTest
  static final ArchRule rules_use_only_core_the_jdk_guava_and_the_validation_api =
      ArchitectureRules.onlyJdkGuavaValidationApiAnd(RULES, ArchitectureRules.CORE);

  @ArchTest
  static final ArchRule rules_have_no_floating_point = ArchitectureRules.noFloatingPoint(RULES);

  @ArchTest
  static final ArchRule no_hidden_clock_zone_or_locale = ArchitectureRules.noHiddenClockZoneOrLocale(RULES);

  @ArchTest
  static final ArchRule capability_packages_are_free_of_cycles =
      ArchitectureRules.capabilityPackagesAreFreeOfCycles(RULES);

  @ArchTest
  static final ArchRule generated_immutables_are_hidden = ArchitectureRules.generatedImmutablesAreHidden(RULES);

  @ArchTest
  static final ArchRule no_io = ArchitectureRules.doesNoIo(RULES);

  @ArchTest
  static final ArchRule every_package_has_a_package_info = ArchitectureRules.everyPackageHasPackageInfo(RULES);

  @ArchTest
  static final ArchRule public_concrete_classes_are_final = ArchitectureRules.publicConcreteClassesAreFinal(RULES);

  @ArchTest
  static final ArchRule fields_of_public_classes_are_final = ArchitectureRules.fieldsOfPublicClassesAreFinal(RULES);

  @ArchTest
  static final ArchRule public_abstract_classes_are_closed =
      // The rules module has no public abstract class today; the rule guards the future.
      ArchitectureRules.publicAbstractClassesAreClosed(RULES).allowEmptyShould(true);
}
