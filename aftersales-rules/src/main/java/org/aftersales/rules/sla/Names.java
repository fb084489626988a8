package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.TextRules;

/** The one check of the names of holidays, make-up days and schedule periods. */
final class Names {

  /** The longest name, in code points. */
  static final int MAX_LENGTH = 200;

  private Names() {}

  /**
   * {@code name} if it is empty or identifier text of at most {@value #MAX_LENGTH} code points (no
   * control, bidi, zero-width or other invisible characters, no surrounding white space).
   *
   * @param path the field, for the violation
   * @param name the name, possibly empty
   * @return the name
   * @throws org.aftersales.core.shared.InvalidInputException naming the field and the character
   */
  static String checked(String path, String name) {
    requireNonNull(name, path);
    return name.isEmpty() ? name : TextRules.requireIdentifierText(path, name, MAX_LENGTH);
  }
}
