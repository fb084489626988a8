package org.aftersales.core.survey;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: record a customer's answer to a survey card (调查卡回收登记), SUR-02. Every field is
 * required; the ratings must give a level for each of the four criteria.
 *
 * @param requestId the client's request ID; sending the same command again returns the card as
 *     this command answered it, with no second change
 * @param serviceRequestId the card (its call's ID)
 * @param ratings the level the customer ticked for each criterion; copied, unmodifiable
 * @param answeredAt when the customer answered (business timestamp), in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 */
public record RecordSurveyAnswers(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull Map<SurveyCriterion, SatisfactionLevel> ratings,
    @NotNull @SupportedInstant Instant answeredAt) {

  /**
   * Copies the ratings and truncates {@code answeredAt} to the stored precision; every field is
   * validated at the use case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param serviceRequestId the card
   * @param ratings the ratings
   * @param answeredAt when the customer answered
   */
  public RecordSurveyAnswers {
    ratings = ratings == null ? null : Map.copyOf(ratings);
    answeredAt = answeredAt == null ? null : TimePrecision.stored(answeredAt);
  }
}
