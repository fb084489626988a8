package org.aftersales.core.organization;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of an organizational unit (单位编号): a group, a section or a department. Immutable
 * and thread-safe.
 */
public final class UnitId extends Identifier<UnitId> {

  private static final long serialVersionUID = 1L;

  private UnitId(String value) {
    super(value);
  }

  /**
   * Wraps a unit identifier.
   *
   * @param value the host's key of the unit
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }
}
