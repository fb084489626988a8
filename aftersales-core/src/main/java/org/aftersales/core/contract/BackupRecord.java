package org.aftersales.core.contract;

import java.time.Instant;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.TextRules;

/**
 * A backup that was taken (备份记录, CON-08): when, of what, and where it is kept. Immutable and
 * thread-safe.
 *
 * @param takenAt when the backup was taken (truncated to the microsecond, as stored); it holds
 *     the data as it was at that instant
 * @param what what was backed up, e.g. {@code "orders database"} or {@code "application server"};
 *     identifier text of at most {@value #MAX_TEXT_LENGTH} code points
 * @param reference where the backup is kept, e.g. a file name or a storage key; identifier text
 *     of at most {@value #MAX_TEXT_LENGTH} code points
 */
public record BackupRecord(Instant takenAt, String what, String reference) {

  /** The longest {@code what} and {@code reference}, in code points. */
  public static final int MAX_TEXT_LENGTH = 200;

  /**
   * Validates the record.
   *
   * @param takenAt when the backup was taken
   * @param what what was backed up
   * @param reference where it is kept
   * @throws InvalidInputException if {@code takenAt} is outside the supported range or a text is
   *     not identifier text of at most {@value #MAX_TEXT_LENGTH} code points
   */
  public BackupRecord {
    takenAt = TimePrecision.stored(SupportedTime.require(takenAt, "takenAt"));
    TextRules.requireIdentifierText("what", what, MAX_TEXT_LENGTH);
    TextRules.requireIdentifierText("reference", reference, MAX_TEXT_LENGTH);
  }

  /**
   * The record with the given values.
   *
   * @param takenAt when the backup was taken
   * @param what what was backed up
   * @param reference where it is kept
   * @return the record
   * @throws InvalidInputException as the canonical constructor
   */
  public static BackupRecord of(Instant takenAt, String what, String reference) {
    return new BackupRecord(takenAt, what, reference);
  }
}
