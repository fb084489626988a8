package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A technician's survey figures of one month (技术员月度品评统计), SUR-03: the figures that feed the
 * monthly performance review (作为技术员每月绩效考核之一部分, P2 §23). A card counts in the month of
 * its {@link SurveyCard#answeredAt() answer} in the business zone, so a month's figures are final
 * once the month is over.
 *
 * @param technician the technician rated
 * @param month the month, in the business zone
 * @param cards how many answered cards rate the technician that month
 * @param criteria the figures of each criterion, every criterion present, each with
 *     {@code cards} answers; copied, unmodifiable
 */
public record TechnicianSurveyFigures(PersonId technician, YearMonth month, int cards,
    Map<SurveyCriterion, CriterionFigures> criteria) {

  /**
   * Checks and copies the fields.
   *
   * @param technician the technician
   * @param month the month
   * @param cards the number of answered cards
   * @param criteria the figures by criterion
   * @throws InvalidInputException if a criterion is missing, filed under another criterion or
   *     counts other than {@code cards} answers (path {@code criteria})
   */
  public TechnicianSurveyFigures {
    requireNonNull(technician, "technician");
    requireNonNull(month, "month");
    criteria = Map.copyOf(requireNonNull(criteria, "criteria"));
    for (SurveyCriterion criterion : SurveyCriterion.values()) {
      CriterionFigures f = criteria.get(criterion);
      if (f == null || f.criterion() != criterion || f.count() != cards) {
        throw InvalidInputException.of("criteria", MessageBundle.CORE.message(
            "core.survey.figuresInvalid", "criterion", criterion, "cards", cards));
      }
    }
  }

  /**
   * The figures of a month with no answers.
   *
   * @param technician the technician
   * @param month the month
   * @return zero cards, every level at 0
   */
  public static TechnicianSurveyFigures none(PersonId technician, YearMonth month) {
    Map<SurveyCriterion, CriterionFigures> criteria = new EnumMap<>(SurveyCriterion.class);
    for (SurveyCriterion criterion : SurveyCriterion.values()) {
      criteria.put(criterion, CriterionFigures.none(criterion));
    }
    return new TechnicianSurveyFigures(technician, month, 0, criteria);
  }

  /**
   * These figures with one more answered card.
   *
   * @param card an answered card of this technician
   * @return the new figures
   * @throws InvalidInputException if the card is unanswered or rates another technician (path
   *     {@code card})
   */
  public TechnicianSurveyFigures plus(SurveyCard card) {
    if (!card.isAnswered() || !card.technician().equals(Optional.of(technician))) {
      throw InvalidInputException.of("card", MessageBundle.CORE.message(
          "core.survey.cardNotCounted", "technician", technician), card.serviceRequestId());
    }
    Map<SurveyCriterion, CriterionFigures> next = new EnumMap<>(criteria);
    card.ratings().forEach((criterion, level) -> next.put(criterion,
        next.get(criterion).plus(level)));
    return new TechnicianSurveyFigures(technician, month, cards + 1, next);
  }

  /**
   * One criterion's figures.
   *
   * @param criterion the criterion
   * @return its figures
   */
  public CriterionFigures of(SurveyCriterion criterion) {
    return criteria.get(criterion);
  }
}
