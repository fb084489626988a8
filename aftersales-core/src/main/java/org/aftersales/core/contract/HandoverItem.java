package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TextRules;

/**
 * One handover document recorded on a {@link HandoverChecklist} (移交文档): which document, who
 * recorded it, when, and where it is filed. Immutable and thread-safe.
 *
 * @param document which of the required documents this is
 * @param recordedBy who handed it over
 * @param recordedAt when it was recorded (an instant, no zone needed)
 * @param reference where the document is filed, e.g. its key in the document management system
 *     (文档管理系统); identifier text of at most {@value #MAX_REFERENCE_LENGTH} characters
 */
public record HandoverItem(
    HandoverDocument document, PersonId recordedBy, Instant recordedAt, String reference) {

  /** The longest document reference, in code points. */
  public static final int MAX_REFERENCE_LENGTH = 200;

  /**
   * Validates the item.
   *
   * @param document which of the required documents this is
   * @param recordedBy who handed it over
   * @param recordedAt when it was recorded
   * @param reference where the document is filed
   * @throws InvalidInputException if {@code recordedAt} is outside the supported range or the
   *     reference is not identifier text of at most {@value #MAX_REFERENCE_LENGTH} characters
   */
  public HandoverItem {
    requireNonNull(document, "document");
    requireNonNull(recordedBy, "recordedBy");
    SupportedTime.require(recordedAt, "recordedAt");
    requireNonNull(reference, "reference");
    TextRules.requireIdentifierText("reference", reference, MAX_REFERENCE_LENGTH);
  }

  /**
   * The item with the given values; see the canonical constructor.
   *
   * @param document which document
   * @param recordedBy who handed it over
   * @param recordedAt when
   * @param reference where it is filed
   * @return the item
   * @throws InvalidInputException as the canonical constructor
   */
  public static HandoverItem of(
      HandoverDocument document, PersonId recordedBy, Instant recordedAt, String reference) {
    return new HandoverItem(document, recordedBy, recordedAt, reference);
  }
}
