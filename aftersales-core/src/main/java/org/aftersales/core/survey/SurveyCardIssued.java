package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A survey card was issued for a closed call (调查卡已寄出), SUR-01.
 *
 * @param serviceRequestId the call, which is the card's identity
 * @param customerName the customer it goes to
 * @param businessDay the business day of the call's closing
 * @param occurredAt when the card was issued
 */
public record SurveyCardIssued(ServiceRequestId serviceRequestId, String customerName,
    LocalDate businessDay, Instant occurredAt) implements DomainEvent {

  /**
   * Checks the fields.
   *
   * @param serviceRequestId the call
   * @param customerName the customer
   * @param businessDay the business day
   * @param occurredAt when it was issued
   */
  public SurveyCardIssued {
    requireNonNull(serviceRequestId, "serviceRequestId");
    requireNonNull(customerName, "customerName");
    requireNonNull(businessDay, "businessDay");
    requireNonNull(occurredAt, "occurredAt");
  }
}
