package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.DomainEvent;

/**
 * A customer's answer to a survey card was recorded (调查卡已回收), SUR-02.
 *
 * @param serviceRequestId the card's identity (its call's ID)
 * @param ratings the level of each criterion; unmodifiable
 * @param answeredAt when the customer answered (business timestamp)
 * @param occurredAt when the answer was recorded
 */
public record SurveyAnswered(ServiceRequestId serviceRequestId,
    Map<SurveyCriterion, SatisfactionLevel> ratings, Instant answeredAt, Instant occurredAt)
    implements DomainEvent {

  /**
   * Checks and copies the fields.
   *
   * @param serviceRequestId the card
   * @param ratings the ratings
   * @param answeredAt when the customer answered
   * @param occurredAt when it was recorded
   */
  public SurveyAnswered {
    requireNonNull(serviceRequestId, "serviceRequestId");
    ratings = Map.copyOf(requireNonNull(ratings, "ratings"));
    requireNonNull(answeredAt, "answeredAt");
    requireNonNull(occurredAt, "occurredAt");
  }
}
