package org.aftersales.testkit.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.survey.RecordSurveyAnswers;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyAnswering;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.core.survey.SurveyCriterion;
import org.aftersales.core.survey.SurveyIssuing;
import org.aftersales.core.survey.SurveyRules;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.service.ServiceRequestStates;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Ready-made survey cards and answers for tests (满意度调查测试数据, SUR-01 … SUR-03): a card issued
 * for a call closed on site with {@link ServiceFixtures}' defaults, an answered one, the answer
 * command's builder and the seed-wired survey use cases.
 *
 * <p>Defaults: zone {@link ServiceFixtures#SHANGHAI}; the call of {@link ServiceFixtures} closed
 * on Monday 2 November 2026 at 15:00 ({@link ServiceFixtures#CLOSED_AT}, business day
 * {@link #BUSINESS_DAY}), its card issued at {@link #ISSUED_AT} and answered at
 * {@link #ANSWERED_AT} — fixed instants, never the clock. Request IDs come from
 * {@link ServiceFixtures#aRequestId()}, unique within the JVM.
 *
 * <pre>{@code
 * SurveyCard card = SurveyFixtures.aSurveyCard();                       // issued, unanswered
 * SurveyCard answered =
 * answering.record(SurveyFixtures.recordSurveyAnswers(card.serviceRequestId())
 *     .rating(SurveyCriterion.ARRIVAL_TIME, SatisfactionLevel.DISSATISFIED).build());
 * }</pre>
 */
public final class SurveyFixtures {

  /** The business day of the default closed call: Monday 2 November 2026. */
  public static final LocalDate BUSINESS_DAY = LocalDate.of(2026, 11, 2);

  /** When the default card is issued: Tuesday 3 November 2026, 08:00 in Shanghai. */
  public static final Instant ISSUED_AT = ServiceFixtures.shanghai("2026-11-03T08:00");

  /** When the default answer comes: Thursday 5 November 2026, 10:00 in Shanghai. */
  public static final Instant ANSWERED_AT = ServiceFixtures.shanghai("2026-11-05T10:00");

  private SurveyFixtures() {}

  /**
   * The default ratings (满意度): attitude and skill {@link SatisfactionLevel#VERY_SATISFIED},
   * arrival time and keeping promises {@link SatisfactionLevel#SATISFIED}.
   *
   * @return a new, modifiable map with all four criteria
   */
  public static Map<SurveyCriterion, SatisfactionLevel> ratings() {
    Map<SurveyCriterion, SatisfactionLevel> r = new EnumMap<>(SurveyCriterion.class);
    r.put(SurveyCriterion.ATTITUDE, SatisfactionLevel.VERY_SATISFIED);
    r.put(SurveyCriterion.SKILL, SatisfactionLevel.VERY_SATISFIED);
    r.put(SurveyCriterion.ARRIVAL_TIME, SatisfactionLevel.SATISFIED);
    r.put(SurveyCriterion.KEEPING_PROMISES, SatisfactionLevel.SATISFIED);
    return r;
  }

  /**
   * A call closed on site (已结案叫修) through the aggregate's own transitions: a fresh
   * {@link ServiceFixtures#aServiceRequest()} dispatched at {@link ServiceFixtures#ASSIGNED_AT} and
   * closed at {@link ServiceFixtures#CLOSED_AT} ({@link ServiceRequestStates#closedOnSite}),
   * unsaved.
   *
   * @return the closed request at version 0
   */
  public static ServiceRequest aClosedRequest() {
    return ServiceRequestStates.closedOnSite(ServiceRequestStates.dispatched(
        ServiceFixtures.aServiceRequest(), ServiceFixtures.ASSIGNED_AT), ServiceFixtures.CLOSED_AT);
  }

  /**
   * An issued, unanswered card (客户意见调查卡, SUR-01) for {@link #aClosedRequest()}, unsaved.
   *
   * @return the card at version 0
   */
  public static SurveyCard aSurveyCard() {
    return aSurveyCard(aClosedRequest());
  }

  /**
   * An issued, unanswered card for {@code closed} ({@link SurveyCard#issue}), its business day the
   * closing's date in {@link ServiceFixtures#SHANGHAI}, issued at the later of
   * {@link #ISSUED_AT} and the closing; unsaved.
   *
   * @param closed a closed request
   * @return the card at version 0
   */
  public static SurveyCard aSurveyCard(ServiceRequest closed) {
    Instant closedAt = closed.closedAt().orElseThrow();
    Instant issuedAt = ISSUED_AT.isBefore(closedAt) ? closedAt : ISSUED_AT;
    return SurveyCard.issue(closed, LocalDate.ofInstant(closedAt, ServiceFixtures.SHANGHAI),
        issuedAt).state();
  }

  /**
   * A card answered with {@link #recordSurveyAnswers}' defaults ({@link SurveyCard#answered}),
   * unsaved.
   *
   * @return the answered card at version 0
   */
  public static SurveyCard anAnsweredSurveyCard() {
    SurveyCard card = aSurveyCard();
    return card.answered(recordSurveyAnswers(card.serviceRequestId()).build(), ANSWERED_AT)
        .state();
  }

  /**
   * The issuing use case with the seed's rules (every closed call surveyed, SUR-01) in
   * {@link ServiceFixtures#SHANGHAI}.
   *
   * @param cards the survey cards
   * @param requests the service requests read for closed calls
   * @param clock the issue time
   * @return the use case
   */
  public static SurveyIssuing seedIssuing(SurveyCards cards, ServiceRequests requests,
      Clock clock) {
    return new SurveyIssuing(cards, requests, SurveyRules.seed(ServiceFixtures.SHANGHAI), clock);
  }

  /**
   * The answering use case with {@link TestValidators#commandValidator}.
   *
   * @param cards the survey cards
   * @param clock the recorded time
   * @return the use case
   */
  public static SurveyAnswering seedAnswering(SurveyCards cards, Clock clock) {
    return new SurveyAnswering(cards, TestValidators.commandValidator(), clock);
  }

  /**
   * The customer's answers to a survey card (客户意见调查卡回复, SUR-02): every criterion rated by {@link
   * #ratings()} (attitude and skill very satisfied, arrival time and keeping promises satisfied),
   * answered at {@link #ANSWERED_AT}, a fresh request ID. Accepted once for an issued, unanswered
   * card, at or after the call's closing.
   *
   * @param serviceRequestId the call whose card is answered
   * @return a builder of a {@link RecordSurveyAnswers} with those defaults
   */
  public static RecordSurveyAnswersBuilder recordSurveyAnswers(ServiceRequestId serviceRequestId) {
    return new RecordSurveyAnswersBuilder(serviceRequestId);
  }

  /**
   * Builds a {@link RecordSurveyAnswers} from {@link #recordSurveyAnswers}'s defaults; one setter
   * per component.
   * Immutable: each setter returns a new builder, so one with defaults can be shared and reused.
   */
  public static final class RecordSurveyAnswersBuilder {

    private final RequestId requestId;
    private final ServiceRequestId serviceRequestId;
    private final Map<SurveyCriterion, SatisfactionLevel> ratings;
    private final Instant answeredAt;

    private RecordSurveyAnswersBuilder(ServiceRequestId serviceRequestId) {
      this(ServiceFixtures.aRequestId(), serviceRequestId, SurveyFixtures.ratings(), ANSWERED_AT);
    }

    private RecordSurveyAnswersBuilder(RequestId requestId, ServiceRequestId serviceRequestId,
        Map<SurveyCriterion, SatisfactionLevel> ratings, Instant answeredAt) {
      this.requestId = requestId;
      this.serviceRequestId = serviceRequestId;
      this.ratings = ratings;
      this.answeredAt = answeredAt;
    }

    /**
     * Sets the request ID (幂等键); default a fresh one, unique within the JVM.
     *
     * @param requestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordSurveyAnswersBuilder requestId(RequestId requestId) {
      return new RecordSurveyAnswersBuilder(requestId, serviceRequestId, ratings, answeredAt);
    }

    /**
     * Sets the call whose card is answered.
     *
     * @param serviceRequestId the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordSurveyAnswersBuilder serviceRequestId(ServiceRequestId serviceRequestId) {
      return new RecordSurveyAnswersBuilder(requestId, serviceRequestId, ratings, answeredAt);
    }

    /**
     * Sets the rating of each criterion (满意度); all four are needed.
     *
     * @param ratings the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordSurveyAnswersBuilder ratings(Map<SurveyCriterion, SatisfactionLevel> ratings) {
      return new RecordSurveyAnswersBuilder(requestId, serviceRequestId, ratings, answeredAt);
    }

    /**
     * Sets when the answer came.
     *
     * @param answeredAt the value; {@code null} only to test the refusal of a missing field
     * @return a copy of this builder with the new value
     */
    public RecordSurveyAnswersBuilder answeredAt(Instant answeredAt) {
      return new RecordSurveyAnswersBuilder(requestId, serviceRequestId, ratings, answeredAt);
    }

    /**
     * Sets one criterion's rating, keeping the others.
     *
     * @param criterion the criterion
     * @param level its rating
     * @return a copy of this builder with the new value
     */
    public RecordSurveyAnswersBuilder rating(SurveyCriterion criterion, SatisfactionLevel level) {
      Map<SurveyCriterion, SatisfactionLevel> copy = new EnumMap<>(SurveyCriterion.class);
      copy.putAll(ratings);
      copy.put(criterion, level);
      return ratings(Collections.unmodifiableMap(copy));
    }

    /**
     * The command; not validated here (the use case validates it).
     *
     * @return the {@link RecordSurveyAnswers}
     */
    public RecordSurveyAnswers build() {
      return new RecordSurveyAnswers(requestId, serviceRequestId, ratings, answeredAt);
    }
  }

}
