package org.aftersales.core.contract;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a customer (客户) holding a maintenance contract, as the host system knows it.
 * Immutable and thread-safe; see {@link Identifier} for what a valid identifier is.
 */
public final class CustomerId extends Identifier<CustomerId> {

  private static final long serialVersionUID = 1L;

  private CustomerId(String value) {
    super(value);
  }

  /**
   * Wraps a customer identifier.
   *
   * @param value the host system's customer number or key
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }
}
