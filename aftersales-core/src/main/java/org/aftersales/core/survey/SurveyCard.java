package org.aftersales.core.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.immutables.value.Value;

/**
 * A satisfaction survey card (满意度调查卡 / 客户意见调查卡), SUR-01…SUR-03, SVC-16: sent to the
 * customer of one closed service request, on which the customer rates the technician on the four
 * {@link SurveyCriterion criteria} at one of four {@link SatisfactionLevel levels} each — an
 * immutable, versioned aggregate.
 *
 * <p><b>Identity.</b> A card's identity is its {@link #serviceRequestId() service request's ID}:
 * there is at most one card per call, so issuing a call's card twice issues it once.
 *
 * <p><b>Answers.</b> A card is issued unanswered; {@link #answered} records the customer's
 * ratings once, all four criteria together, keeping the request ID by which a repeated command is
 * recognised. Invariants: the ratings are either empty (unanswered) or cover every criterion; the
 * answer's time and request ID are present exactly when the ratings are; the answer is not before
 * the call's closing; no blank customer name.
 */
@Value.Immutable
@DomainValueStyle
public abstract class SurveyCard {

  /** The code of this aggregate kind in event IDs: {@code survey-card}. */
  public static final String KIND_CODE = "survey-card";

  /** "survey card / 满意度调查卡", for messages. */
  public static final LocalizableMessage KIND = MessageBundle.CORE.message("core.survey.kind");

  /** The rule a second answer breaks: SUR-02 (one rating per criterion). */
  static final RuleId ANSWER_RULE = RuleId.of("SUR-02");

  SurveyCard() {}

  /**
   * The identity: the ID of the service request the card surveys.
   *
   * @return the ID
   */
  public abstract ServiceRequestId serviceRequestId();

  /**
   * The customer the card goes to (客户名称), as registered on the request.
   *
   * @return the name, not blank
   */
  public abstract String customerName();

  /**
   * The technician the customer rates: the one the request was dispatched to.
   *
   * @return the technician, or empty for a call closed without dispatch (the card still goes out,
   *     SUR-01, but counts in no technician's figures)
   */
  public abstract Optional<PersonId> technician();

  /**
   * When the call was closed (结案).
   *
   * @return the instant, to the microsecond
   */
  public abstract Instant closedAt();

  /**
   * The business day whose calls the card was issued with: the day of {@link #closedAt()} in the
   * business zone.
   *
   * @return the day
   */
  public abstract LocalDate businessDay();

  /**
   * When the card was issued (the use case's clock).
   *
   * @return the instant
   */
  public abstract Instant issuedAt();

  /**
   * The customer's ratings, one level per criterion.
   *
   * @return every criterion's level once answered; empty before
   */
  public abstract Map<SurveyCriterion, SatisfactionLevel> ratings();

  /**
   * When the customer answered (business timestamp).
   *
   * @return the instant, or empty before an answer
   */
  public abstract Optional<Instant> answeredAt();

  /**
   * The request ID of the command that recorded the answer.
   *
   * @return the request ID, or empty before an answer
   */
  public abstract Optional<RequestId> answerRequestId();

  /**
   * The stored version; {@link Version#initial()} before the first save.
   *
   * @return the version
   */
  public abstract Version version();

  /**
   * Whether the customer's answer is recorded.
   *
   * @return true once answered
   */
  public boolean isAnswered() {
    return answeredAt().isPresent();
  }

  @Value.Check
  void check() {
    if (customerName().isBlank()) {
      throw InvalidInputException.of("customerName",
          MessageBundle.CORE.message("core.identifier.blank"));
    }
    boolean rated = !ratings().isEmpty();
    if (rated && ratings().size() != SurveyCriterion.values().length) {
      throw InvalidInputException.of("ratings",
          MessageBundle.CORE.message("core.survey.ratingsIncomplete"), ratings().keySet());
    }
    if (rated != answeredAt().isPresent() || rated != answerRequestId().isPresent()) {
      throw InvalidInputException.of("answeredAt",
          MessageBundle.CORE.message("core.survey.answerMismatch"));
    }
    if (answeredAt().filter(at -> at.isBefore(closedAt())).isPresent()) {
      throw InvalidInputException.of("answeredAt", MessageBundle.CORE.message(
          "core.survey.answeredBeforeClosing", "closedAt", closedAt()), answeredAt().get());
    }
  }

  /**
   * A new, unsaved card for a closed service request (SUR-01) and the event of its issue.
   *
   * @param closed the closed request
   * @param businessDay the day of its closing in the business zone
   * @param issuedAt when the card is issued (the use case's clock)
   * @return the card at version 0 and a {@link SurveyCardIssued} event
   * @throws InvalidInputException if the request is not closed (path {@code status})
   */
  public static Changed<SurveyCard> issue(ServiceRequest closed, LocalDate businessDay,
      Instant issuedAt) {
    Instant closedAt = closed.closedAt().orElseThrow(() -> InvalidInputException.of("status",
        MessageBundle.CORE.message("core.survey.notClosed"), closed.status()));
    SurveyCard card = builder().serviceRequestId(closed.id()).customerName(closed.customerName())
        .technician(closed.technician()).closedAt(closedAt).businessDay(businessDay)
        .issuedAt(issuedAt).version(Version.initial()).build();
    return Changed.of(card, new SurveyCardIssued(card.serviceRequestId(), card.customerName(),
        businessDay, issuedAt));
  }

  /**
   * Whether {@code command} is the command that recorded this card's answer, sent again: the same
   * request ID, card, ratings and time.
   *
   * @param command an answer to this card
   * @return true if it repeats the stored answer
   */
  public boolean isAnsweredBy(RecordSurveyAnswers command) {
    return answerRequestId().equals(Optional.of(command.requestId()))
        && serviceRequestId().equals(command.serviceRequestId())
        && ratings().equals(command.ratings())
        && answeredAt().equals(Optional.of(command.answeredAt()));
  }

  /**
   * Records the customer's answer (SUR-02): one level for each of the four criteria.
   *
   * @param command the answer; its service request ID must be this card's and it must rate every
   *     criterion
   * @param at when the answer is recorded (the use case's clock)
   * @return the answered card and a {@link SurveyAnswered} event
   * @throws RuleRefusalException (SUR-02) if the card is already answered
   * @throws InvalidInputException if the command names another card (path
   *     {@code serviceRequestId}), leaves a criterion unrated (path {@code ratings}) or is dated
   *     before the call's closing (path {@code answeredAt})
   */
  public Changed<SurveyCard> answered(RecordSurveyAnswers command, Instant at) {
    if (!command.serviceRequestId().equals(serviceRequestId())) {
      throw InvalidInputException.of("serviceRequestId", MessageBundle.CORE.message(
          "core.survey.otherCard", "id", serviceRequestId()), command.serviceRequestId().value());
    }
    if (isAnswered()) {
      throw new RuleRefusalException(ANSWER_RULE, MessageBundle.CORE.message(
          "core.survey.alreadyAnswered", "id", serviceRequestId()));
    }
    SurveyCard next = builder().serviceRequestId(serviceRequestId()).customerName(customerName())
        .technician(technician()).closedAt(closedAt()).businessDay(businessDay())
        .issuedAt(issuedAt()).putAllRatings(command.ratings())
        .answeredAt(command.answeredAt()).answerRequestId(command.requestId())
        .version(version()).build();
    return Changed.of(next, new SurveyAnswered(serviceRequestId(), command.ratings(),
        command.answeredAt(), at));
  }

  /**
   * The outbox events of saving this state: each event with its ID
   * {@code survey-card/<service request ID>/<stored version>/<index>}.
   *
   * @param events the events of the change, in order
   * @return the outbox events, in the same order; unmodifiable
   */
  public List<OutboxEvent> outboxEventsOfSave(List<? extends DomainEvent> events) {
    return OutboxEvent.of(KIND_CODE, serviceRequestId().value(), version().next(), events);
  }

  /**
   * The same card as stored with {@code storedVersion}; for repository adapters.
   *
   * @param storedVersion the version the repository stored it as
   * @return the card with that version
   */
  public abstract SurveyCard withVersion(Version storedVersion);

  /**
   * A builder, for repository adapters that rebuild stored cards; use cases create cards with
   * {@link #issue}. Every attribute is required except the technician and the answer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyCard}. */
  public static final class Builder extends ImmutableSurveyCard.Builder {
    Builder() {}
  }
}
