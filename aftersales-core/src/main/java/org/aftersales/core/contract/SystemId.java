package org.aftersales.core.contract;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a system under maintenance (维护系统), e.g. a customer's installed security system
 * or software system, as the host system knows it. Immutable and thread-safe; see
 * {@link Identifier} for what a valid identifier is.
 */
public final class SystemId extends Identifier<SystemId> {

  private static final long serialVersionUID = 1L;

  private SystemId(String value) {
    super(value);
  }

  /**
   * Wraps a system identifier.
   *
   * @param value the host system's key of the installed system
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static SystemId of(String value) {
    return new SystemId(value);
  }
}
