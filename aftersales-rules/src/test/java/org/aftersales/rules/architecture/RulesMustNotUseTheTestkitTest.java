package org.aftersales.rules.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.aftersales.core.architecture.ArchitectureRules;
import org.aftersales.rules.archfixture.DependsOnTestkit;
import org.aftersales.rules.archfixture.UsesTestLibrary;
import org.junit.jupiter.api.Test;

/** The rules-to-testkit rule fails on a deliberately bad class, so it cannot pass vacuously. */
class RulesMustNotUseTheTestkitTest {

  @Test
  void a_rules_class_that_uses_the_testkit_breaks_the_architecture() {
    // The fake testkit class lives in this module's own fixture namespace, standing in for
    // org.aftersales.testkit (no split packages across modules).
    AssertionError error = assertThrows(AssertionError.class, () -> ArchitectureRules
        .dependsOnNoModule("org.aftersales.rules.archfixture", "org.aftersales.rules.archfixture.othermodule")
        .check(new ClassFileImporter().importClasses(DependsOnTestkit.class)));
    assertTrue(error.getMessage().contains("FakeTestkitAdapter"), error.getMessage());
  }

  @Test
  void a_rules_class_that_uses_another_library_breaks_the_architecture() {
    AssertionError error = assertThrows(AssertionError.class, () -> ArchitectureRules
        .onlyJdkGuavaValidationApiAnd("org.aftersales.rules.archfixture", ArchitectureRules.CORE)
        .check(new ClassFileImporter().importClasses(UsesTestLibrary.class)));
    assertTrue(error.getMessage().contains("net.jqwik.api.Arbitrary"), error.getMessage());
  }
}
