package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

/**
 * The thing asked for does not exist (未找到): no stored aggregate with that identifier, or no
 * configuration of that name.
 */
public final class NotFoundException extends AftersalesException {

  private static final long serialVersionUID = 1L;

  /** The identifier looked up. */
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked for, in both languages (e.g. "complaint case / 投诉案件")
   * @param id the identifier that was looked up, as text
   */
  public NotFoundException(LocalizableMessage kind, String id) {
    super(MessageBundle.CORE.message("core.error.notFound",
        "kind", requireNonNull(kind, "kind"), "id", requireNonNull(id, "id")));
    this.id = id;
  }

  /**
   * The identifier that was looked up.
   *
   * @return the identifier as text
   */
  public String id() {
    return id;
  }
}
