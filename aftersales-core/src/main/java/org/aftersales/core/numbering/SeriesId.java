package org.aftersales.core.numbering;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * A numbering series (编号序列), such as complaint cases or service vouchers: each series has its
 * own numbers and its own counters. Immutable and thread-safe; see {@link Identifier} for what a
 * valid identifier is.
 */
public final class SeriesId extends Identifier<SeriesId> {

  private static final long serialVersionUID = 1L;

  /** The complaint cases of CMP-01. */
  public static final SeriesId COMPLAINTS = new SeriesId("COMPLAINT");

  private SeriesId(String value) {
    super(value);
  }

  /**
   * Wraps a series name.
   *
   * @param value the series name, e.g. {@code COMPLAINT}
   * @return the series
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static SeriesId of(String value) {
    return new SeriesId(value);
  }
}
