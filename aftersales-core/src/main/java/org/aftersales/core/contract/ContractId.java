package org.aftersales.core.contract;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a maintenance or service contract (合同编号), as the host system knows it.
 * Immutable and thread-safe; see {@link Identifier} for what a valid identifier is.
 */
public final class ContractId extends Identifier<ContractId> {

  private static final long serialVersionUID = 1L;

  private ContractId(String value) {
    super(value);
  }

  /**
   * Wraps a contract identifier.
   *
   * @param value the host system's contract number or key
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static ContractId of(String value) {
    return new ContractId(value);
  }
}
