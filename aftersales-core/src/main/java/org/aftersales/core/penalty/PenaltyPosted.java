package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A person's share of a decided case was posted to their penalty ledger (罚款已入账), PEN-07.
 *
 * @param person whose ledger
 * @param posting the posting (case, month, amount, kind, request ID)
 * @param occurredAt when it was recorded
 */
public record PenaltyPosted(PersonId person, PenaltyLedgerPosting posting, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param person whose ledger
   * @param posting the posting
   * @param occurredAt when it was recorded
   */
  public PenaltyPosted {
    requireNonNull(person, "person");
    requireNonNull(posting, "posting");
    requireNonNull(occurredAt, "occurredAt");
  }
}
