package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use case that records a customer's answer to a survey card (调查卡回收), SUR-02.
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry.</b> A command sent again with its request ID returns the card as the
 *       first stored attempt answered it, with no second change and no second event; the same
 *       request ID with other content is refused ({@link DuplicateRequestException}).</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (the command's constraints
 *       and a criterion left unrated, before any port is called; an answer dated before the
 *       call's closing), {@link NotFoundException} (no card for the call) and
 *       {@link RuleRefusalException} (SUR-02: the card is already answered by another command)
 *       leave the stored card as it was.</li>
 *   <li><b>Events with their state.</b> The {@link SurveyAnswered} event is saved with the card
 *       through {@link SurveyCards#save}, into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code SurveyCards.find}, {@code SurveyCards.save} — and
 *       {@code SurveyCards.find} again only after a lost race.</li>
 * </ul>
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class SurveyAnswering {

  private final SurveyCards cards;
  private final CommandValidator validator;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param cards the survey cards (which also write the outbox)
   * @param validator validates commands
   * @param clock the time recorded for answers; its zone is not used
   */
  public SurveyAnswering(SurveyCards cards, CommandValidator validator, Clock clock) {
    this.cards = requireNonNull(cards, "cards");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Records the answer (SUR-02).
   *
   * @param command the answer
   * @return the answered card as stored, or as an earlier attempt with the same request ID stored
   *     it
   * @throws InvalidInputException if the command breaks its constraints, leaves a criterion
   *     unrated or is dated before the call's closing
   * @throws NotFoundException if the call has no card
   * @throws RuleRefusalException (SUR-02) if the card was answered by another command
   * @throws DuplicateRequestException if the card was answered with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the card changed while the answer was being recorded
   */
  public SurveyCard record(RecordSurveyAnswers command) {
    validator.validate(requireNonNull(command, "command"));
    Set<SurveyCriterion> missing = EnumSet.allOf(SurveyCriterion.class);
    missing.removeAll(command.ratings().keySet());
    if (!missing.isEmpty()) {
      throw InvalidInputException.of("ratings",
          MessageBundle.CORE.message("core.survey.ratingsIncomplete"), missing);
    }
    SurveyCard current = cards.find(command.serviceRequestId()).orElseThrow(
        () -> new NotFoundException(SurveyCard.KIND, command.serviceRequestId().value()));
    if (current.isAnsweredBy(command)) {
      return current;
    }
    if (current.answerRequestId().filter(command.requestId()::equals).isPresent()) {
      throw new DuplicateRequestException(SurveyCard.KIND, command.requestId());
    }
    Changed<SurveyCard> answered =
        current.answered(command, TimePrecision.stored(clock.instant()));
    try {
      return cards.save(answered.state(), answered.state().outboxEventsOfSave(answered.events()));
    } catch (ConcurrentUpdateException conflict) {
      // An earlier attempt of this very command may have been stored meanwhile.
      return cards.find(command.serviceRequestId())
          .filter(stored -> stored.isAnsweredBy(command)).orElseThrow(() -> conflict);
    }
  }
}
