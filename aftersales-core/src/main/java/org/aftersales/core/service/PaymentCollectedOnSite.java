package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.Money;

/**
 * A paid job's amount (category A) was collected on site by the technician (当场收费), to be handed to
 * the accountant, who sends the invoice after, SVC-04: the event an ERP books.
 *
 * @param id the request's identity
 * @param amount the amount collected, exact
 * @param day the business day it was collected, cut in the business zone
 * @param occurredAt when it was recorded
 */
public record PaymentCollectedOnSite(ServiceRequestId id, Money amount, LocalDate day,
    Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param id the request's identity
   * @param amount the amount collected, exact
   * @param day the business day it was collected, cut in the business zone
   * @param occurredAt when it was recorded
   */
  public PaymentCollectedOnSite {
    requireNonNull(id, "id");
    requireNonNull(amount, "amount");
    requireNonNull(day, "day");
    requireNonNull(occurredAt, "occurredAt");
  }
}
