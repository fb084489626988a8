package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The root of every exception the library throws on purpose (售后库异常). It is unchecked; the
 * subclasses say why:
 *
 * <ul>
 *   <li>{@link InvalidInputException} — the input breaks a constraint; carries the sorted list of
 *       {@link Violation}s.</li>
 *   <li>{@link RuleRefusalException} — the input is well-formed but a business rule refuses it;
 *       carries the rule ID from the rule catalog (e.g. {@code CMP-06}).</li>
 *   <li>{@link NotFoundException} — the thing asked for does not exist.</li>
 *   <li>{@link ConcurrentUpdateException} — someone else saved the same aggregate first
 *       (optimistic concurrency, see {@link Version}).</li>
 *   <li>{@link DuplicateRequestException} — a request ID was reused for a different command.</li>
 * </ul>
 *
 * <p>{@link #getMessage()} returns the English text followed by the Simplified Chinese text
 * ({@code "English / 中文"}), so logs are readable by both audiences; {@link #getMessage(Locale)}
 * renders one language, and {@link #localizableMessage()} gives the key and arguments for an
 * application that renders messages itself. None of them depends on the JVM's default locale.
 *
 * <p>When the library throws one of these, nothing that was already stored has been changed.
 */
public abstract sealed class AftersalesException extends RuntimeException
    permits InvalidInputException, RuleRefusalException, NotFoundException,
    ConcurrentUpdateException, DuplicateRequestException {

  private static final long serialVersionUID = 1L;

  /** The message in both languages. */
  private final LocalizableMessage localizableMessage;

  /**
   * Creates an exception with a message and no cause.
   *
   * @param message what went wrong, in both languages
   */
  protected AftersalesException(LocalizableMessage message) {
    this(message, null);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, in both languages
   * @param cause the underlying exception, or {@code null}
   */
  protected AftersalesException(LocalizableMessage message, Throwable cause) {
    super(null, cause);
    this.localizableMessage = requireNonNull(message, "message");
  }

  /**
   * The message's bundle key and arguments, for applications that render texts themselves.
   *
   * @return the message
   */
  public LocalizableMessage localizableMessage() {
    return localizableMessage;
  }

  /**
   * Renders the message for a reader of {@code locale}; English for any locale other than Chinese.
   *
   * @param locale the reader's locale
   * @return the message in that language
   */
  public String getMessage(Locale locale) {
    return localizableMessage.render(locale);
  }

  /**
   * The message in English followed by Simplified Chinese, separated by {@code " / "}.
   *
   * @return both texts
   */
  @Override
  public final String getMessage() {
    return LocalizableMessage.bilingual(
        getMessage(Locale.ENGLISH), getMessage(Locale.SIMPLIFIED_CHINESE));
  }
}
