package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a message bundle is translated completely; shared with the other modules' tests. */
public final class TranslationAssertions {

  private TranslationAssertions() {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

  /**
   * Checks that a bundle is translated completely: the same keys in English and Chinese, and the
   * same placeholders in both texts of every key
   * (except keys ending in {@code .literal}, whose placeholder names the language).
   *
   * @param bundle the bundle to check
   */
  public static void assertCompletelyTranslated(MessageBundle bundle) {
    Set<String> english = bundle.keys(Locale.ENGLISH);
    Set<String> chinese = bundle.keys(Locale.SIMPLIFIED_CHINESE);
    assertFalse(english.isEmpty(), "no English texts in " + bundle);
    assertEquals(new TreeSet<>(english), new TreeSet<>(chinese), "keys of " + bundle);
    for (String key : english) {
      if (key.endsWith(".literal")) {
        continue; // texts given by the adopter: the placeholder differs by language on purpose
      }
      assertEquals(placeholders(bundle.text(key, Locale.ENGLISH).orElseThrow()),
          placeholders(bundle.text(key, Locale.SIMPLIFIED_CHINESE).orElseThrow()),
          "placeholders of " + key);
      String en = bundle.text(key, Locale.ENGLISH).orElseThrow();
      String zh = bundle.text(key, Locale.SIMPLIFIED_CHINESE).orElseThrow();
      assertFalse(en.equals(zh) && PLACEHOLDER.matcher(en).replaceAll("").matches(".*[A-Za-z]{3,}.*"),
          "untranslated: " + key);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
