package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentifierAndVersionTest {

  /** Another identifier type, to show that kinds never mix. */
  static final class OtherId extends Identifier<OtherId> {
    private static final long serialVersionUID = 1L;

    OtherId(String value) {
      super(value);
    }
  }

  @Test
  void identifiers_of_different_kinds_are_never_equal() {
    assertEquals(RequestId.of("r-1"), RequestId.of("r-1"));
    assertNotEquals(RequestId.of("r-1"), new OtherId("r-1"));
    assertEquals("r-1", RequestId.of("r-1").toString());
    assertTrue(RequestId.of("a").compareTo(RequestId.of("b")) < 0);
  }

  @Test
  void an_identifier_is_not_blank_short_and_printable() {
    for (String bad : List.of("", "   ", "a\nb", " a", "a ", "x".repeat(129))) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> RequestId.of(bad));
      assertEquals("RequestId", e.violations().get(0).path());
    }
    assertEquals("x".repeat(128), RequestId.of("x".repeat(128)).value());
  }

  @Test
  void an_identifier_with_several_problems_reports_them_all_sorted() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RequestId.of(" \u0007" + "x".repeat(200)));
    assertEquals(List.of("core.identifier.tooLong", "core.identifier.whitespace", "core.text.forbidden"),
        e.violations().stream().map(v -> v.message().key()).toList());
  }

  @Test
  void versions_count_saves_from_zero() {
    assertTrue(Version.initial().isInitial());
    assertEquals(Version.of(1), Version.initial().next());
    assertEquals("3", Version.of(3).toString());
    assertTrue(Version.of(2).compareTo(Version.of(3)) < 0);
    assertEquals("version",
        assertThrows(InvalidInputException.class, () -> Version.of(-1)).violations().get(0).path());
    assertThrows(ArithmeticException.class, () -> Version.of(Long.MAX_VALUE).next());
  }

  @Test
  void identifiers_of_one_kind_differ_by_text_and_sort_by_it() {
    RequestId a = RequestId.of("a");
    assertNotEquals(a, RequestId.of("b"));
    assertNotEquals(a, RequestId.of("A"), "case-sensitive");
    assertNotEquals(a, (Object) "a");
    assertNotEquals(a, null);
    assertEquals(a.hashCode(), RequestId.of("a").hashCode());
    assertNotEquals(a.hashCode(), RequestId.of("b").hashCode());
    assertTrue(RequestId.of("b").compareTo(a) > 0);
    assertEquals(0, a.compareTo(RequestId.of("a")));
    assertTrue(RequestId.of("B").compareTo(a) < 0, "String order: capitals first");
  }

  @Test
  void each_problem_of_an_identifier_is_named_with_its_figures_in_both_languages() {
    InvalidInputException blank = assertThrows(InvalidInputException.class, () -> RequestId.of("   "));
    assertEquals(List.of("core.identifier.blank"),
        blank.violations().stream().map(v -> v.message().key()).toList(), "blank says only blank");
    InvalidInputException tooLong = assertThrows(InvalidInputException.class,
        () -> RequestId.of("x".repeat(129)));
    assertEquals("RequestId: must be at most 128 characters long, but has 129 (rejected value: \""
        + "x".repeat(129) + "\")", tooLong.violations().get(0).render(Locale.ENGLISH));
    assertEquals("最多 128 个字符，实际为 129 个",
        tooLong.violations().get(0).message().render(Locale.SIMPLIFIED_CHINESE));
    assertEquals(1, tooLong.violations().size());
    InvalidInputException control = assertThrows(InvalidInputException.class, () -> RequestId.of("a\tb"));
    assertEquals(List.of("core.text.forbidden"),
        control.violations().stream().map(v -> v.message().key()).toList());
    assertEquals("must not contain a control character (U+0009, character 2)",
        control.violations().get(0).message().english());
    assertEquals("不能包含控制字符（U+0009，第 2 个字符）",
        control.violations().get(0).message().chinese());
    InvalidInputException trailing = assertThrows(InvalidInputException.class, () -> RequestId.of("ab\u3000"));
    assertEquals(List.of("core.identifier.whitespace"),
        trailing.violations().stream().map(v -> v.message().key()).toList());
    assertEquals("首尾不能有空白字符", trailing.violations().get(0).message().chinese());
    assertEquals("a b", RequestId.of("a b").value(), "white space inside is fine");
    assertEquals("x", RequestId.of("x").value());
  }

  @Test
  void version_zero_is_the_initial_version_and_every_save_adds_one() {
    assertEquals(Version.initial(), Version.of(0));
    assertTrue(Version.of(0).isInitial());
    assertFalse(Version.of(1).isInitial());
    assertEquals(0, Version.initial().value());
    assertEquals(7, Version.of(7).value());
    assertEquals(8, Version.of(7).next().value());
    assertEquals(Long.MAX_VALUE, Version.of(Long.MAX_VALUE - 1).next().value());
  }

  @Test
  void versions_differ_by_number_and_order_by_it() {
    assertNotEquals(Version.of(1), Version.of(2));
    assertNotEquals(Version.of(1), (Object) 1L);
    assertNotEquals(Version.of(1), null);
    assertEquals(Version.of(5).hashCode(), Version.of(5).hashCode());
    assertNotEquals(Version.of(5).hashCode(), Version.of(6).hashCode());
    assertTrue(Version.of(3).compareTo(Version.of(2)) > 0);
    assertEquals(0, Version.of(3).compareTo(Version.of(3)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Version.of(-1));
    assertEquals("version: must not be negative (rejected value: \"-1\")",
        e.violations().get(0).render(Locale.ENGLISH));
    assertThrows(InvalidInputException.class, () -> Version.of(Long.MIN_VALUE));
  }

  @Test
  void identifiers_and_versions_survive_serialization() throws Exception {
    assertEquals(RequestId.of("r-9"), roundTrip(RequestId.of("r-9")));
    assertEquals(Version.of(42), roundTrip(Version.of(42)));
  }

  private static Object roundTrip(Object value) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
