package org.aftersales.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
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
   * Core is framework-free: it imports nothing from the rules or testkit modules, Spring, or Jakarta
   * EE beyond Jakarta Validation (I/O is {@link #doesNoIo(String)}'s concern).
   *
   * @return the rule
   */
  public static ArchRule coreIsFrameworkFree() {
    return dependsOnNoModule(CORE, RULES, TESTKIT, "org.springframework", "jakarta.ejb",
        "jakarta.persistence", "jakarta.inject", "jakarta.enterprise", "jakarta.transaction",
        "jakarta.ws", "jakarta.servlet", "jakarta.annotation");
  }

  /**
   * The classes of {@code rootPackage} depend on no class of the given root packages (other
   * modules of the library, frameworks).
   *
   * @param rootPackage the module's root package
   * @param forbiddenRoots root packages it must not use
   * @return the rule
   */
  public static ArchRule dependsOnNoModule(String rootPackage, String... forbiddenRoots) {
    String[] patterns = new String[forbiddenRoots.length];
    for (int i = 0; i < forbiddenRoots.length; i++) {
      patterns[i] = forbiddenRoots[i] + "..";
    }
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(patterns)
        .as(rootPackage + " depends on none of " + String.join(", ", forbiddenRoots));
  }

  /**
   * Main code does no I/O: no JDBC, networking, files, channels or print streams. The library
   * never opens a connection, reads a file or writes to a console; adapters the host writes do.
   * (Reading the library's own message files through {@code Class.getResourceAsStream} is class
   * loading, not I/O.)
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule doesNoIo(String rootPackage) {
    return doesNoIo(rootPackage, java.util.Set.of(), "");
  }

  /**
   * {@link #doesNoIo(String)} except for the named classes, each a program's entry point that
   * is I/O by nature (the testkit's command-line walkthrough prints its report and writes the
   * HTML file asked for).
   *
   * @param rootPackage the module's root package
   * @param entryPoints the fully qualified names of the classes allowed to do I/O
   * @param why why they may
   * @return the rule
   */
  public static ArchRule doesNoIo(String rootPackage, java.util.Set<String> entryPoints,
      String why) {
    return noClasses().that().resideInAPackage(rootPackage + "..")
        .and(new DescribedPredicate<JavaClass>("are not " + entryPoints) {
          @Override
          public boolean test(JavaClass c) {
            return !entryPoints.contains(c.getName());
          }
        })
        .should().dependOnClassesThat(new DescribedPredicate<JavaClass>(
            "reside in java.sql, javax.sql, java.net, java.nio.file, java.nio.channels, or are "
                + "java.io.File*, java.io.RandomAccessFile, java.io.PrintStream, "
                + "java.io.PrintWriter") {
          @Override
          public boolean test(JavaClass c) {
            String name = c.getName();
            String pkg = c.getPackageName();
            return pkg.startsWith("java.sql") || pkg.startsWith("javax.sql")
                || pkg.startsWith("java.net") || pkg.startsWith("java.nio.file")
                || pkg.startsWith("java.nio.channels")
                || name.startsWith("java.io.File") || name.equals("java.io.RandomAccessFile")
                || name.equals("java.io.PrintStream") || name.equals("java.io.PrintWriter");
          }
        })
        .as("no I/O in main code of " + rootPackage
            + (entryPoints.isEmpty() ? "" : " (except " + entryPoints + ": " + why + ")"));
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
   * The shared kernel of core depends on no capability package of core.
   *
   * @return the rule
   */
  public static ArchRule sharedKernelDependsOnNoCapability() {
    return sharedKernelDependsOnNoCapability(CORE);
  }

  /**
   * The shared kernel ({@code rootPackage.shared} and {@code rootPackage.internal}) depends on no
   * capability package next to it.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule sharedKernelDependsOnNoCapability(String rootPackage) {
    return noClasses().that().resideInAnyPackage(rootPackage + ".shared..", rootPackage + ".internal..")
        .should().dependOnClassesThat(new DescribedPredicate<JavaClass>(
            "reside in a capability package of " + rootPackage) {
          @Override
          public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            return pkg.startsWith(rootPackage + ".")
                && !pkg.startsWith(rootPackage + ".shared")
                && !pkg.startsWith(rootPackage + ".internal");
          }
        })
        .as("the shared kernel of " + rootPackage + " depends on no capability package");
  }

  /**
   * The rules module imports nothing from the testkit.
   *
   * @return the rule
   */
  public static ArchRule rulesDoNotDependOnTestkit() {
    return dependsOnNoModule(RULES, TESTKIT);
  }

  /**
   * Every package that holds a class has a {@code package-info.java} stating its role and its
   * package-wide contracts (the build compiles with {@code -Xpkginfo:always}, so each one leaves a
   * class file).
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule everyPackageHasPackageInfo(String rootPackage) {
    return classes().that().resideInAPackage(rootPackage + "..")
        .and().doNotHaveSimpleName("package-info")
        .should(new ArchCondition<JavaClass>("reside in a package with a package-info") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            if (c.getPackage().tryGetPackageInfo().isEmpty()) {
              events.add(SimpleConditionEvent.violated(c,
                  "package " + c.getPackageName() + " of " + c.getName() + " has no package-info"));
            }
          }
        })
        .as("every package of " + rootPackage + " has a package-info");
  }

  /**
   * Classes an adopter can name: public, and nested only in public classes (the public builders
   * nested in Immutables' package-private generated classes are not visible).
   */
  static final DescribedPredicate<JavaClass> VISIBLE = new DescribedPredicate<>(
      "are public and nested only in public classes") {
    @Override
    public boolean test(JavaClass c) {
      for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
        if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
          return false;
        }
      }
      return true;
    }
  };

  /**
   * Public classes that can be instantiated are {@code final} (records and enums are by nature):
   * values cannot be subclassed into mutable or inconsistent variants, as in java.time.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule publicConcreteClassesAreFinal(String rootPackage) {
    return classes().that().resideInAPackage(rootPackage + "..").and(VISIBLE)
        .and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
        .and().areNotAnnotations()
        .and().doNotHaveModifier(JavaModifier.ABSTRACT)
        .should().haveModifier(JavaModifier.FINAL)
        .as("public concrete classes of " + rootPackage + " are final");
  }

  /**
   * Public abstract classes are closed: {@code sealed}, or an Immutables value whose only
   * implementation is generated next to it, or one of the named kernel bases. (The testkit's
   * abstract contract tests, meant to be extended by adopters, are not subject to this rule.)
   *
   * <p>Kernel bases exist because {@code sealed} cannot span packages on the class path (the JVM
   * refuses a permitted subclass in another package of the unnamed module), and typed identifiers
   * live in the package of their capability.
   *
   * @param rootPackage the module's root package
   * @param kernelBases fully qualified names of abstract bases that stay open on purpose
   * @return the rule
   */
  public static ArchRule publicAbstractClassesAreClosed(String rootPackage, String... kernelBases) {
    Set<String> bases = Set.of(kernelBases);
    return classes().that().resideInAPackage(rootPackage + "..").and(VISIBLE)
        .and().areNotInterfaces()
        .and().haveModifier(JavaModifier.ABSTRACT)
        .should(new ArchCondition<JavaClass>("be sealed, an Immutables value or a kernel base") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            boolean sealed = c.reflect().isSealed();
            boolean immutablesValue = c.isAnnotatedWith("org.immutables.value.Value$Immutable");
            if (!sealed && !immutablesValue && !bases.contains(c.getName())) {
              events.add(SimpleConditionEvent.violated(c,
                  c.getName() + " is public and abstract but neither sealed nor an Immutables value"));
            }
          }
        })
        .as("public abstract classes of " + rootPackage + " are sealed or Immutables values");
  }

  /**
   * Fields of public classes are {@code final}: a value's state is fixed at construction; static
   * state is constant. A field that only memoises something derived from final state (a cached
   * hash) is allowed when it is {@code private} and {@code transient}. Builders (nested classes
   * named {@code Builder}) gather state step by step and are exempt.
   *
   * @param rootPackage the module's root package
   * @return the rule
   */
  public static ArchRule fieldsOfPublicClassesAreFinal(String rootPackage) {
    return classes().that().resideInAPackage(rootPackage + "..").and(VISIBLE)
        .and().doNotHaveSimpleName("Builder")
        .should(new ArchCondition<JavaClass>("have only final fields") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaField f : c.getFields()) {
              var modifiers = f.getModifiers();
              boolean memo = modifiers.contains(JavaModifier.PRIVATE)
                  && modifiers.contains(JavaModifier.TRANSIENT);
              if (!modifiers.contains(JavaModifier.FINAL)
                  && !memo && !f.getName().startsWith("$")) {
                events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is not final"));
              }
            }
          }
        })
        .as("fields of public classes of " + rootPackage + " are final");
  }

  /** The annotation that marks a driven port (see {@code org.aftersales.core.shared.Port}). */
  public static final String PORT = CORE + ".shared.Port";
  /** The annotation that marks a policy interface (see {@code org.aftersales.core.shared.Policy}). */
  public static final String POLICY = CORE + ".shared.Policy";
  /** The annotation that marks a use case (see {@code org.aftersales.core.shared.UseCase}). */
  public static final String USE_CASE = CORE + ".shared.UseCase";

  /**
   * The hexagon's roles: driven ports and policies are interfaces declared in core, so the domain
   * owns them and adopters (ports) or the rules module (policies) implement them.
   *
   * @return the rule
   */
  public static ArchRule portsAndPoliciesAreCoreInterfaces() {
    return classes().that().areAnnotatedWith(PORT).or().areAnnotatedWith(POLICY)
        .should().beInterfaces().andShould().resideInAPackage(CORE + "..")
        .as("ports and policies are interfaces in core");
  }

  /**
   * Use cases hold only ports, policies, a {@code Clock}, the command validator and values in
   * their fields: never an adapter, never a rule implementation.
   *
   * @param rootPackage the root package whose use cases are checked
   * @return the rule
   */
  public static ArchRule useCasesDependOnlyOnPortsPoliciesAndValues(String rootPackage) {
    return classes().that().resideInAPackage(rootPackage + "..").and().areAnnotatedWith(USE_CASE)
        .should(new ArchCondition<JavaClass>("hold only ports, policies, a Clock, the validator "
            + "and values") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaField f : c.getFields()) {
              if (f.getModifiers().contains(JavaModifier.STATIC)) {
                continue;
              }
              JavaClass type = f.getRawType();
              boolean role = type.isAnnotatedWith(PORT) || type.isAnnotatedWith(POLICY);
              boolean allowed = role
                  || type.getName().equals("java.time.Clock")
                  || type.getName().equals("java.time.ZoneId")
                  || type.getName().equals(CORE + ".shared.CommandValidator")
                  || (!type.isInterface() && (type.getModifiers().contains(
                      JavaModifier.FINAL) || type.isRecord()
                      || type.isEnum()) && type.getPackageName().startsWith(CORE));
              if (!allowed) {
                events.add(SimpleConditionEvent.violated(f, f.getFullName() + " of type "
                    + type.getName() + " is neither a port, a policy, a Clock, the validator nor "
                    + "a core value"));
              }
            }
          }
        })
        .as("use cases of " + rootPackage + " depend only on ports, policies and values");
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
