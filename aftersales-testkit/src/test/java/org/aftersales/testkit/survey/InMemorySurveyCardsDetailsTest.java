package org.aftersales.testkit.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.survey.SurveyCard;
import org.junit.jupiter.api.Test;

/** What the in-memory survey cards offer beyond the port. // rule: SUR-01 */
class InMemorySurveyCardsDetailsTest {

  @Test
  void a_fresh_instance_sees_what_another_stored_and_all_lists_it() {
    // rule: SUR-01
    InMemorySurveyCards cards = InMemorySurveyCards.create();
    assertEquals("InMemorySurveyCards[0 cards]", cards.toString());
    SurveyCard card = SurveyCard.issue(SurveyCalls.closed("SR-1", "A", "tech-wang",
        SurveyCalls.shanghai(2026, 11, 2, 9, 0)), LocalDate.of(2026, 11, 2),
        SurveyCalls.shanghai(2026, 11, 3, 8, 0)).state();
    SurveyCard stored = cards.save(card, List.of());
    InMemorySurveyCards other = cards.freshInstanceOverSameStorage();
    assertEquals(Optional.of(stored), other.find(card.serviceRequestId()));
    assertEquals(List.of(stored), other.all());
    assertEquals("InMemorySurveyCards[1 cards]", other.toString());
  }
}
