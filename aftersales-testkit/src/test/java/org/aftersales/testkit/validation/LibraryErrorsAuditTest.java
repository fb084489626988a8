package org.aftersales.testkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.aftersales.core.shared.AftersalesException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.numbering.NumberingScheme;
import org.junit.jupiter.api.Test;

/**
 * The audit of issue 9 item 5: no public method of core, rules or the testkit that takes text lets a
 * JDK or Immutables exception with English-only text escape where the library's own error belongs.
 * Found by reflection, so a method added later is audited too:
 *
 * <ul>
 *   <li>every public static {@code parse}, {@code of} or {@code read} method whose parameters are
 *       all text ({@code String} or {@code CharSequence}) is fed bad text: blank, controls, bidi
 *       overrides, lone surrogates, a byte-order mark, numbers out of every range, impossible dates
 *       and times, and very long text. Each call returns or throws
 *       {@link InvalidInputException} (or, for a well-formed text a rule refuses, another
 *       {@link AftersalesException}) whose message has both languages;</li>
 *   <li>every public static {@code builder()} whose builder has a public {@code build()} is asked to
 *       build with nothing set: it builds, or throws {@link InvalidInputException} naming the
 *       missing attributes in both languages, never {@link IllegalStateException}.</li>
 * </ul>
 *
 * <p>Null arguments are a programming error and throw {@link NullPointerException} naming the
 * parameter (see {@code docs/failure-semantics-messages.md}); they are not fed here.
 *
 * <p>rule: issue 9 item 5 (no JDK or Immutables exception with English-only text escapes).
 */
class LibraryErrorsAuditTest {

  /** Nothing is audited elsewhere any more (Money.parse joined once its compact form landed). */
  private static final List<String> AUDITED_ELSEWHERE = List.of();

  private static final List<String> BAD_TEXTS = List.of(
      "", " ", "x", "\u0000", "a\nb", "abc\u202Ecba", "\uD800", "\uDC00x", "\uFEFF2026-11-29",
      "-1", "0", "+1", "1e2147483647", "1E-2147483648", "1e-2147483647", "-1e2147483647", "99999999999999999999999999999", "NaN",
      "0x10", "１２３", "٣", "2026-02-30", "2026-13-01", "+999999999-12-31", "25:61-99:99",
      "00:00-24:00x", "24:00-00:00", "CNY", "CNY 1e99999999", "XXX 1.00", "Mon-Fri 09:00-18:00",
      "9".repeat(5000), "x".repeat(10000), "{x}", "${7*7}", "%s%n");

  /** The main code of the three modules, from their class folders or jars; no test code. */
  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.aftersales.core", "org.aftersales.rules", "org.aftersales.testkit");

  private static boolean isTextParameter(Class<?> type) {
    return type == String.class || type == CharSequence.class;
  }

  /** The methods audited, by name, so that a failure names the method. */
  private static Map<String, Method> textFactories() {
    Map<String, Method> found = new TreeMap<>();
    for (JavaClass javaClass : LIBRARY) {
      if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)
          || AUDITED_ELSEWHERE.contains(javaClass.getName())) {
        continue;
      }
      for (JavaMethod javaMethod : javaClass.getMethods()) {
        Method method = javaMethod.reflect();
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
            && List.of("parse", "of", "read").contains(method.getName())
            && method.getParameterCount() > 0
            && Arrays.stream(method.getParameterTypes()).allMatch(
                LibraryErrorsAuditTest::isTextParameter)) {
          found.put(javaClass.getSimpleName() + "." + method.getName()
              + Arrays.toString(method.getParameterTypes()), method);
        }
      }
    }
    return found;
  }

  private static void assertLibraryError(String what, Throwable thrown) {
    if (!(thrown instanceof AftersalesException library)) {
      fail(what + " threw " + thrown, thrown);
      return;
    }
    String english = library.getMessage(Locale.ENGLISH);
    String chinese = library.getMessage(Locale.SIMPLIFIED_CHINESE);
    assertTrue(chinese.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
        == Character.UnicodeScript.HAN), what + ": no Chinese text: " + chinese);
    assertEquals(english + " / " + chinese, library.getMessage(), what);
    assertTrue(library.getMessage().codePoints().noneMatch(Character::isISOControl),
        what + ": message is not one line");
  }

  @Test
  void every_public_text_factory_refuses_bad_text_with_the_library_error_in_both_languages()
      throws IllegalAccessException {
    Map<String, Method> factories = textFactories();
    // The audit must actually find the factories it is meant to cover.
    assertTrue(factories.keySet().stream().anyMatch(k -> k.startsWith("RuleId.of")), factories.keySet().toString());
    assertTrue(factories.keySet().stream().anyMatch(k -> k.startsWith("BasePoints.parse")));
    assertTrue(factories.keySet().stream().anyMatch(k -> k.startsWith("WorkingCalendarFormat.parse")));
    assertTrue(factories.keySet().stream().anyMatch(k -> k.startsWith("Milestone.of")));
    assertTrue(factories.size() >= 12, "found " + factories.keySet());
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Method> factory : factories.entrySet()) {
      Method method = factory.getValue();
      for (String bad : BAD_TEXTS) {
        Object[] arguments = new Object[method.getParameterCount()];
        Arrays.fill(arguments, bad);
        String what = factory.getKey() + " on " + shorten(bad);
        try {
          method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
          try {
            assertLibraryError(what, e.getCause());
          } catch (AssertionError wrong) {
            failures.add(wrong.getMessage());
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void a_null_text_is_a_programming_error_reported_as_a_null_pointer_exception()
      throws IllegalAccessException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Method> factory : textFactories().entrySet()) {
      Method method = factory.getValue();
      try {
        method.invoke(null, new Object[method.getParameterCount()]);
        failures.add(factory.getKey() + " accepted null");
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof NullPointerException)) {
          failures.add(factory.getKey() + " threw " + e.getCause());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void document_numbers_and_calendar_text_read_by_configured_schemes_refuse_bad_text_the_same_way() {
    NumberingScheme scheme = NumberingScheme.seed(ZoneId.of("Asia/Shanghai"));
    List<Function<String, Object>> readers = List.of(scheme::parse);
    List<String> failures = new ArrayList<>();
    for (Function<String, Object> reader : readers) {
      for (String bad : BAD_TEXTS) {
        try {
          reader.apply(bad);
        } catch (RuntimeException e) {
          try {
            assertLibraryError("NumberingScheme.parse on " + shorten(bad), e);
          } catch (AssertionError wrong) {
            failures.add(wrong.getMessage());
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void every_builder_asked_to_build_with_nothing_set_names_what_is_missing_in_both_languages()
      throws IllegalAccessException {
    List<String> audited = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (JavaClass javaClass : LIBRARY) {
      if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMethod javaMethod : javaClass.getMethods()) {
        Method method = javaMethod.reflect();
        if (!method.getName().equals("builder") || method.getParameterCount() != 0
            || !Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        Method build;
        try {
          build = method.getReturnType().getMethod("build");
        } catch (NoSuchMethodException e) {
          continue;
        }
        audited.add(javaClass.getSimpleName());
        try {
          build.invoke(method.invoke(null));
        } catch (InvocationTargetException e) {
          try {
            assertLibraryError(javaClass.getSimpleName() + ".builder().build()", e.getCause());
          } catch (AssertionError wrong) {
            failures.add(wrong.getMessage());
          }
        }
      }
    }
    assertTrue(audited.containsAll(List.of("ServiceLevelKey", "PenaltyCase", "OrganizationUnit",
        "WeeklySchedule", "CappedDeduction")), audited.toString());
    assertEquals(List.of(), failures);
  }

  @Test
  void a_missing_attribute_is_named_with_the_library_message_not_the_generator_text() {
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> org.aftersales.core.servicelevel.ServiceLevelKey.builder().build());
    assertEquals("milestone", e.violations().get(0).path());
    assertEquals("core.input.missing", e.violations().get(0).message().key());
    assertEquals(List.of(), AUDITED_ELSEWHERE);
  }

  /** A bad text named in a failure: its first code points, as numbers, so the report is one line. */
  private static String shorten(String text) {
    return text.codePoints().limit(12).mapToObj(cp -> String.format("U+%04X", cp)).toList()
        + (text.codePointCount(0, text.length()) > 12 ? "…" : "");
  }
}
