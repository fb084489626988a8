package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.UseCase;

/**
 * The query use case for the technicians' monthly survey figures (技术员月度品评), SUR-03: the
 * answered cards of a month, cut in the business zone, tallied per technician.
 *
 * <p><b>Failure semantics.</b> Reads only ({@code SurveyCards.answeredBetween}, in pages); a
 * failure changes nothing, and a retry answers the same figures unless answers were recorded
 * meanwhile. Cards of calls closed without a technician count for no one.
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class SurveyFigures {

  private final SurveyCards cards;
  private final SurveyRules rules;

  /**
   * Wires the use case.
   *
   * @param cards the survey cards
   * @param rules the business zone the month is cut in
   */
  public SurveyFigures(SurveyCards cards, SurveyRules rules) {
    this.cards = requireNonNull(cards, "cards");
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Every rated technician's figures of {@code month}.
   *
   * @param month the month, in the business zone: from the start of its first day (inclusive) to
   *     the start of the next month's (exclusive)
   * @return one entry per technician with at least one answered card, by person ID
   */
  public List<TechnicianSurveyFigures> monthly(YearMonth month) {
    requireNonNull(month, "month");
    Instant from = month.atDay(1).atStartOfDay(rules.businessZone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(rules.businessZone()).toInstant();
    List<SurveyCard> answered = Pages.all((start, max) -> cards.answeredBetween(start, to,
        max), from, c -> c.answeredAt().orElseThrow(), SurveyCard::serviceRequestId);
    Map<PersonId, TechnicianSurveyFigures> byTechnician = new TreeMap<>();
    for (SurveyCard card : answered) {
      card.technician().ifPresent(t -> byTechnician.put(t, byTechnician
          .getOrDefault(t, TechnicianSurveyFigures.none(t, month)).plus(card)));
    }
    return List.copyOf(byTechnician.values());
  }

  /**
   * One technician's figures of {@code month}.
   *
   * @param technician the technician
   * @param month the month, in the business zone
   * @return the figures; zero cards if the technician has none answered that month
   */
  public TechnicianSurveyFigures monthly(PersonId technician, YearMonth month) {
    requireNonNull(technician, "technician");
    return monthly(month).stream().filter(f -> f.technician().equals(technician)).findFirst()
        .orElseGet(() -> TechnicianSurveyFigures.none(technician, month));
  }
}
