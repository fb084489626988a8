package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An {@code InvalidInputException} lists at most a bounded number of violations in its message and
 * counts the rest, in both languages; the full list stays available.
 *
 * <p>rule: issue 9 item 5 (a message lists a bounded number of violations plus a count).
 */
class BoundedViolationListTest {

  private static final LocalizableMessage NEGATIVE = MessageBundle.CORE.message("core.version.negative");

  /** Violations on lines[1] … lines[count], in the order the exception sorts them. */
  private static InvalidInputException linesWrong(int count) {
    List<Violation> violations = new ArrayList<>();
    for (int i = count; i >= 1; i--) {
      violations.add(Violation.of("lines[" + i + "]", NEGATIVE));
    }
    return new InvalidInputException(violations);
  }

  /** The English text the test expects for lines[1] … lines[listed] of count, written out by hand. */
  private static String english(int count, int listed) {
    StringBuilder text = new StringBuilder("Invalid input (" + count + " problem(s)):");
    for (int i = 1; i <= listed; i++) {
      text.append(i == 1 ? " " : "; ").append("lines[").append(i).append("]: must not be negative");
    }
    if (listed < count) {
      text.append(listed == 0 ? " " : "; ").append("and ").append(count - listed).append(" more");
    }
    return text.toString();
  }

  @Test
  void nine_violations_are_all_listed() {
    assertEquals(english(9, 9), linesWrong(9).getMessage(Locale.ENGLISH));
  }

  @Test
  void ten_violations_are_all_listed_the_default_bound() {
    assertEquals(10, InvalidInputException.MAX_LISTED_VIOLATIONS);
    assertEquals(english(10, 10), linesWrong(10).getMessage(Locale.ENGLISH));
  }

  @Test
  void eleven_violations_list_ten_and_count_one_more_in_both_languages() {
    InvalidInputException e = linesWrong(11);
    assertEquals(english(11, 10), e.getMessage(Locale.ENGLISH));
    assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).startsWith("输入无效（11 个问题）： lines[1]：不能为负数; "),
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).endsWith("lines[10]：不能为负数; 另有 1 个问题未列出"),
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertEquals(e.getMessage(Locale.ENGLISH) + " / " + e.getMessage(Locale.SIMPLIFIED_CHINESE),
        e.getMessage());
    assertEquals(11, e.violations().size());
  }

  @Test
  void thousands_of_violations_give_a_short_message_and_keep_the_full_list() {
    InvalidInputException e = linesWrong(5000);
    assertEquals(english(5000, 10), e.getMessage(Locale.ENGLISH));
    assertTrue(e.getMessage().length() < 1000, "about ten violations long: " + e.getMessage().length());
    assertEquals(5000, e.violations().size());
    assertEquals("lines[5000]", e.violations().get(4999).path());
  }

  @Test
  void the_reader_chooses_another_bound() {
    InvalidInputException e = linesWrong(4);
    assertEquals(english(4, 2), e.getMessage(Locale.ENGLISH, 2));
    assertEquals(english(4, 3), e.getMessage(Locale.ENGLISH, 3));
    assertEquals(english(4, 4), e.getMessage(Locale.ENGLISH, 4));
    assertEquals(english(4, 4), e.getMessage(Locale.ENGLISH, 5));
    assertEquals("Invalid input (4 problem(s)): and 4 more", e.getMessage(Locale.ENGLISH, 0));
    assertEquals("输入无效（4 个问题）： lines[1]：不能为负数; 另有 3 个问题未列出",
        e.getMessage(Locale.SIMPLIFIED_CHINESE, 1));
    assertThrows(IllegalArgumentException.class, () -> e.getMessage(Locale.ENGLISH, -1));
  }
}
