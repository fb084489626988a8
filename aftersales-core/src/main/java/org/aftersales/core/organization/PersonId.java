package org.aftersales.core.organization;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a person (员工编号) as the host's HR system knows them. It is also the stable key
 * that breaks ties in penalty rounding. Immutable and thread-safe.
 */
public final class PersonId extends Identifier<PersonId> {

  private static final long serialVersionUID = 1L;

  private PersonId(String value) {
    super(value);
  }

  /**
   * Wraps a person identifier.
   *
   * @param value the HR system's key, e.g. an employee number
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
