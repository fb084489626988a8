package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A posting of a person's penalty ledger was reversed (罚款已冲销); the reversal says who, why,
 * when and what settled months had already deducted ({@link PenaltyLedgerReversal#refund()}).
 *
 * @param person whose ledger
 * @param reversal the audited reversal
 * @param occurredAt when it was recorded
 */
public record PenaltyReversed(PersonId person, PenaltyLedgerReversal reversal, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param person whose ledger
   * @param reversal the reversal
   * @param occurredAt when it was recorded
   */
  public PenaltyReversed {
    requireNonNull(person, "person");
    requireNonNull(reversal, "reversal");
    requireNonNull(occurredAt, "occurredAt");
  }
}
