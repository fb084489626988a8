package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A business rule refused a well-formed request (规则拒绝): for example a complaint numbering scheme
 * whose serial would overflow its width, or a deduction above the monthly cap. It carries the ID
 * of the rule in the rule catalog ({@code docs/rules.md}), so that callers and support staff can
 * find the policy behind the refusal.
 */
public final class RuleRefusalException extends AftersalesException {

  private static final long serialVersionUID = 1L;

  /** The refusing rule's ID, as text (a {@link RuleId} is not serializable). */
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the rule's ID in the catalog, e.g. {@code CMP-01}
   * @param reason why the rule refuses, in both languages
   */
  public RuleRefusalException(RuleId ruleId, LocalizableMessage reason) {
    this(ruleId, reason, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param ruleId the rule's ID in the catalog, e.g. {@code CMP-01}
   * @param reason why the rule refuses, in both languages
   * @param cause the underlying exception, or {@code null}
   */
  public RuleRefusalException(RuleId ruleId, LocalizableMessage reason, Throwable cause) {
    super(reason, cause);
    this.ruleId = requireNonNull(ruleId, "ruleId").value();
  }

  /**
   * The ID of the refusing rule in the rule catalog.
   *
   * @return the rule ID, e.g. {@code PEN-08}
   */
  public RuleId ruleId() {
    return RuleId.of(ruleId);
  }

  /**
   * The reason prefixed with the rule ID, e.g. {@code "Refused by rule CMP-01: …"}.
   *
   * @param locale the reader's locale
   * @return the text in that language
   */
  @Override
  public String getMessage(Locale locale) {
    return MessageBundle.CORE
        .message("core.error.ruleRefused", "ruleId", ruleId, "reason", localizableMessage())
        .render(locale);
  }
}
