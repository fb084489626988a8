package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TextRules;
import org.aftersales.core.shared.TimePrecision;

/**
 * The record that an obligation was fulfilled (履约记录): who fulfilled it, when, and the document
 * that proves it — the expiry notice's letter, the inspection report, the revisit's form, the
 * written report. Immutable and thread-safe.
 *
 * @param by who fulfilled it
 * @param at when it was fulfilled (an instant; the business zone turns it into the day compared
 *     with the due date); truncated to the microsecond, as stored
 * @param document where the proving document is filed, e.g. its key in the document management
 *     system (文档管理系统); identifier text of at most {@value #MAX_DOCUMENT_LENGTH} code points
 */
public record ObligationFulfilment(PersonId by, Instant at, String document) {

  /** The longest document reference, in code points. */
  public static final int MAX_DOCUMENT_LENGTH = 200;

  /**
   * Validates the record and truncates the instant to the microsecond.
   *
   * @param by who fulfilled it
   * @param at when
   * @param document where the proving document is filed
   * @throws InvalidInputException if {@code at} is outside the supported range or the document
   *     reference is not identifier text of at most {@value #MAX_DOCUMENT_LENGTH} code points
   */
  public ObligationFulfilment {
    requireNonNull(by, "by");
    at = TimePrecision.stored(SupportedTime.require(at, "at"));
    requireNonNull(document, "document");
    TextRules.requireIdentifierText("document", document, MAX_DOCUMENT_LENGTH);
  }

  /**
   * The record with the given values; see the canonical constructor.
   *
   * @param by who fulfilled it
   * @param at when
   * @param document where the proving document is filed
   * @return the record
   * @throws InvalidInputException as the canonical constructor
   */
  public static ObligationFulfilment of(PersonId by, Instant at, String document) {
    return new ObligationFulfilment(by, at, document);
  }
}
