package org.aftersales.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of DESIGN.md ("Modules"), shared by the ArchUnit tests of all three
 * modules through the core test jar. Each rule is proven to fail on a deliberately bad class in
 * {@code ArchitectureRulesCatchViolationsTest}, so none passes vacuously; {@code failOnEmptyShould}
 * stays on ({@code archunit.properties}).
 */
public final class ArchitectureRules {

  /** Root package of the core module. */
  public static final String CORE = "org.aftersales.core";
  /** Root package of the rules module. */
  public static final String RULES = "org.aftersales.rules";
  /** Root package of the testkit module. */
  public static final String TESTKIT = "org.aftersales.testkit";

  private ArchitectureRules() {}

  /**
   * Imports the main (non-test) classes of one module, from its output folder only.
   *
   * @param rootPackage the module's root package
   * @return the imported classes
   */
  public static com.tngtech.archunit.core.domain.JavaClasses mainClassesOf(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /**
   * Core is framework-free and does no I/O: it imports nothing from the rules or testkit modules,
   * JDBC, networking, files, Spring, or Jakarta EE beyond Jakarta Validation.
   *
   * @return the rule
   */
  public static ArchRule coreIsFrameworkFreeAndDoesNoIo() {
    return noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat(forbiddenInCore())
        .as("core depends on no other module, framework or I/O API");
  }

  private static DescribedPredicate<JavaClass> forbiddenInCore() {
    return new DescribedPredicate<>(
        "reside in rules, testkit, java.sql, java.net, java.nio.file, java.io.File*, Spring or "
            + "Jakarta EE other than jakarta.validation") {
      @Override
      public boolean test(JavaClass c) {
        String name = c.getName();
        String pkg = c.getPackageName();
        return pkg.startsWith(RULES) || pkg.startsWith(TESTKIT)
            || pkg.startsWith("java.sql") || pkg.startsWith("javax.sql")
            || pkg.startsWith("java.net") || pkg.startsWith("java.nio.file")
            || name.startsWith("java.io.File") || name.startsWith("java.io.RandomAccessFile")
            || pkg.startsWith("org.springframework")
            || (pkg.startsWith("jakarta.") && !pkg.startsWith("jakarta.validation"))
            || (pkg.startsWith("javax.") && !pkg.startsWith("javax.annotation"));
      }
    };
  }

  /**
   * Core's run-time dependencies are the JDK, Guava and the Jakarta Validation API only
   * (Immutables' {@code @Generated} marker is allowed: it is an annotation, not a run-time need).
   *
   * @return the rule
   */
  public static ArchRule coreUsesOnlyJdkGuavaAndValidationApi() {
    return onlyJdkGuavaValidationApiAnd(CORE);
  }

  /**
   * The classes of {@code rootPackage} depend only on the JDK, Guava, the Jakarta Validation API,
   * Immutables' annotations, their own module and the given library modules.
   *
   * @param rootPackage the module's root package
   * @param allowedModules root packages of the library modules it may use
   * @return the rule
   */
  public static ArchRule onlyJdkGuavaValidationApiAnd(String rootPackage, String... allowedModules) {
    List<String> allowed = new ArrayList<>(List.of("java..", "javax.annotation..",
        "com.google.common..", "com.google.errorprone.annotations..", "org.jspecify.annotations..",
        "jakarta.validation..", "org.immutables.value..", rootPackage + ".."));
    for (String module : allowedModules) {
      allowed.add(module + "..");
    }
    return classes().that().resideInAPackage(rootPackage + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
        .as(rootPackage + " depends only on the JDK, Guava, jakarta.validation"
            + (allowedModules.length == 0 ? "" : " and " + String.join(", ", allowedModules)));
  }

  /**
   * The shared kernel depends on no capability package of core.
   *
   * @return the rule
   */
  public static ArchRule sharedKernelDependsOnNoCapability() {
    return noClasses().that().resideInAPackage(CORE + ".shared..")
        .should().dependOnClassesThat(new DescribedPredicate<JavaClass>(
            "reside in a core capability package other than shared") {
          @Override
          public boolean test(JavaClass c) {
            return c.getPackageName().startsWith(CORE + ".")
                && !c.getPackageName().startsWith(CORE + ".shared");
          }
        })
        .as("the shared kernel depends on no capability package");
  }

  /**
   * The rules module imports nothing from the testkit.
   *
   * @return the rule
   */
  public static ArchRule rulesDoNotDependOnTestkit() {
    return noClasses().that().resideInAPackage(RULES + "..")
        .should().dependOnClassesThat().resideInAPackage(TESTKIT + "..")
        .as("rules depend on core only, never on the testkit");
  }

  /**
   * Main code never reads the system clock, the JVM's default time zone or default locale: time
   * comes from an injected {@code Clock}, zones and locales from configuration.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule noHiddenClockZoneOrLocale(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should(new ArchCondition<JavaClass>(
            "call now(), System.currentTimeMillis(), System.nanoTime(), ZoneId.systemDefault(), "
                + "TimeZone.getDefault(), Clock.system*(), Locale.getDefault(), new Date() or "
                + "Calendar.getInstance()") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
              if (readsHiddenDefault(access.getTarget())) {
                events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
              }
            }
          }
        })
        .as("no hidden clock, zone or locale in main code of " + rootPackage);
  }

  private static boolean readsHiddenDefault(AccessTarget target) {
    String owner = target.getOwner().getName();
    String name = target.getName();
    int params = target instanceof AccessTarget.CodeUnitAccessTarget
        ? ((AccessTarget.CodeUnitAccessTarget) target).getRawParameterTypes().size() : -1;
    boolean javaTime = owner.startsWith("java.time.");
    return (javaTime && name.equals("now") && params == 0)
        || (owner.equals("java.lang.System")
            && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
        || (owner.equals("java.time.ZoneId") && name.equals("systemDefault"))
        || (owner.equals("java.util.TimeZone") && name.equals("getDefault"))
        || (owner.equals("java.time.Clock") && name.startsWith("system"))
        || (owner.equals("java.util.Locale") && name.equals("getDefault"))
        || (owner.equals("java.util.Date") && name.equals("<init>") && params == 0)
        || (owner.equals("java.util.Calendar") && name.equals("getInstance"));
  }

  /**
   * No {@code double} or {@code float} in fields, signatures or called members, and no
   * {@code new BigDecimal(double)} or {@code BigDecimal.valueOf(double)}: money and everything
   * computed with it is exact. Applied to the whole of core and rules, which is stricter than
   * "money and penalty code" and simpler to keep.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule noFloatingPoint(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should(new ArchCondition<JavaClass>(
            "use double or float (fields, parameters, return types, called members, "
                + "new BigDecimal(double), BigDecimal.valueOf(double))") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaField f : c.getFields()) {
              if (isFloating(f.getRawType())) {
                events.add(SimpleConditionEvent.satisfied(f, f.getFullName() + " is " 
                    + f.getRawType().getName()));
              }
            }
            for (JavaCodeUnit u : c.getCodeUnits()) {
              if (isFloating(u.getRawReturnType())
                  || u.getRawParameterTypes().stream().anyMatch(ArchitectureRules::isFloating)) {
                events.add(SimpleConditionEvent.satisfied(u, u.getFullName() + " has a floating-point signature"));
              }
            }
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
              AccessTarget t = access.getTarget();
              if (t instanceof AccessTarget.CodeUnitAccessTarget) {
                AccessTarget.CodeUnitAccessTarget cu = (AccessTarget.CodeUnitAccessTarget) t;
                if (isFloating(cu.getRawReturnType())
                    || cu.getRawParameterTypes().stream().anyMatch(ArchitectureRules::isFloating)) {
                  events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
                }
              } else if (t instanceof AccessTarget.FieldAccessTarget
                  && isFloating(((AccessTarget.FieldAccessTarget) t).getRawType())) {
                events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
              }
            }
          }
        })
        .as("no floating point in " + rootPackage);
  }

  private static final Set<String> FLOATING =
      Set.of("double", "float", "java.lang.Double", "java.lang.Float", "[D", "[F");

  private static boolean isFloating(JavaType type) {
    return FLOATING.contains(type.toErasure().getName());
  }

  /**
   * The capability packages directly under {@code rootPackage} (e.g. {@code core.complaint},
   * {@code core.penalty}) do not depend on each other in a cycle.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule capabilityPackagesAreFreeOfCycles(String rootPackage) {
    return SlicesRuleDefinition.slices().matching(rootPackage + ".(*)..")
        .should().beFreeOfCycles()
        .as("capability packages of " + rootPackage + " are free of cycles");
  }

  /**
   * Classes generated by Immutables ({@code Immutable*}) are never public, so adopters never import
   * them.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule generatedImmutablesAreHidden(String rootPackage) {
    return noClasses().that().resideInAPackage(rootPackage + "..").and().arePublic()
        .should().haveSimpleNameStartingWith("Immutable")
        .as("no public class of " + rootPackage + " is named Immutable* (generated types stay "
            + "package-private)");
  }
}
