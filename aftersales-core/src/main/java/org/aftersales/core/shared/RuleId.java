package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The ID of a rule in the rule catalog (规则编号), e.g. {@code CMP-01} or {@code PEN-08}: two to five
 * capital letters, a hyphen and two or three digits. {@code docs/rules.md} maps every ID to the
 * code and the tests behind it.
 *
 * <p>Immutable and thread-safe; equal when the text is equal (case-sensitive: IDs are upper case).
 *
 * @param value the ID's text, e.g. {@code "SVC-11"}
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2,5}-[0-9]{2,3}");

  /**
   * Validates the text.
   *
   * @param value the ID's text, e.g. {@code "SVC-11"}
   * @throws InvalidInputException if {@code value} is not of the catalog's form
   */
  public RuleId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of("ruleId",
          MessageBundle.CORE.message("core.ruleId.malformed"), value);
    }
  }

  /**
   * The rule ID with the given text.
   *
   * @param value the ID, e.g. {@code "CMP-06"}
   * @return the rule ID
   * @throws InvalidInputException if {@code value} is not two to five capital letters, a hyphen and
   *     two or three digits
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /** Orders by the ID's text, so {@code CMP-02} comes before {@code CMP-10}. */
  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  /** The ID's text, e.g. {@code CMP-01}. */
  @Override
  public String toString() {
    return value;
  }
}
