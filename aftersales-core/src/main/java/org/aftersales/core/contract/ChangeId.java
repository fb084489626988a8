package org.aftersales.core.contract;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a change to a handed-over system (修改记录编号), as the host system numbers its change records.
 * Immutable and thread-safe; see {@link Identifier} for what a valid identifier is.
 */
public final class ChangeId extends Identifier<ChangeId> {

  private static final long serialVersionUID = 1L;

  private ChangeId(String value) {
    super(value);
  }

  /**
   * Wraps the host system's identifier.
   *
   * @param value the host system's number or key
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static ChangeId of(String value) {
    return new ChangeId(value);
  }
}
