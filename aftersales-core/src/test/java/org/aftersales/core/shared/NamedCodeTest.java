package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Open code lists: a code of 1 to 40 characters and a bilingual name. */
class NamedCodeTest {

  /** A code list of the test, as an adopter would write one. */
  static final class Colour extends NamedCode<Colour> {
    private static final long serialVersionUID = 1L;

    Colour(String code, String english, String chinese) {
      super(code, LocalizableMessage.literal(english, chinese));
    }
  }

  /** A second code list, to show that lists never mix. */
  static final class Shape extends NamedCode<Shape> {
    private static final long serialVersionUID = 1L;

    Shape(String code) {
      super(code, LocalizableMessage.literal(code, code));
    }
  }

  @Test
  void a_code_is_one_to_forty_capitals_digits_underscores_or_hyphens() {
    for (String good : List.of("A", "Z9", "RING_ROAD-1", "X".repeat(40), "0", "-", "_")) {
      assertEquals(good, new Colour(good, "x", "x").code());
    }
    for (String bad : List.of("", "a", "RED ", "红", "RED.1", "X".repeat(41))) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Colour(bad, "x", "x"));
      assertEquals("Colour", e.violations().get(0).path());
      assertEquals(bad, e.violations().get(0).rejectedValue().orElseThrow());
      assertEquals("Colour: must be 1 to 40 capital letters, digits, \"_\" or \"-\" (rejected value: \""
          + bad + "\")", e.violations().get(0).render(Locale.ENGLISH));
    }
    assertThrows(NullPointerException.class, () -> new Colour(null, "x", "x"));
  }

  @Test
  void values_are_equal_by_list_and_code_and_the_name_plays_no_part() {
    Colour red = new Colour("RED", "red", "红");
    assertEquals(red, new Colour("RED", "crimson", "深红"));
    assertEquals(red.hashCode(), new Colour("RED", "crimson", "深红").hashCode());
    assertNotEquals(red, new Colour("BLUE", "red", "红"));
    assertNotEquals(red.hashCode(), new Colour("BLUE", "red", "红").hashCode());
    assertNotEquals(red, new Shape("RED"));
    assertNotEquals(red, (Object) "RED");
    assertNotEquals(red, null);
  }

  @Test
  void values_sort_by_code_and_print_as_their_code_with_a_bilingual_name() {
    Colour blue = new Colour("BLUE", "blue", "蓝");
    Colour red = new Colour("RED", "red", "红");
    assertTrue(blue.compareTo(red) < 0);
    assertTrue(red.compareTo(blue) > 0);
    assertEquals(0, red.compareTo(new Colour("RED", "x", "x")));
    assertEquals("RED", red.toString());
    assertEquals("red / 红", red.displayName().bilingual());
  }
}
