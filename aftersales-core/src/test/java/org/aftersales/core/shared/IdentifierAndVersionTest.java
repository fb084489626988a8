package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    for (String bad : List.of("", "   ", "a\nb", " a", "a ", "x".repeat(Identifier.MAX_LENGTH + 1))) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> RequestId.of(bad));
      assertEquals("RequestId", e.violations().get(0).path());
    }
    assertEquals(Identifier.MAX_LENGTH, RequestId.of("x".repeat(Identifier.MAX_LENGTH)).value().length());
  }

  @Test
  void an_identifier_with_several_problems_reports_them_all_sorted() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RequestId.of(" \u0007" + "x".repeat(200)));
    assertEquals(List.of("core.identifier.control", "core.identifier.tooLong", "core.identifier.whitespace"),
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
}
