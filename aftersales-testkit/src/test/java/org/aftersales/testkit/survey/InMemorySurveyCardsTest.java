package org.aftersales.testkit.survey;

import org.aftersales.core.shared.Outbox;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.testkit.store.InMemoryDatabase;

/** The in-memory survey cards keep the port's contract. // rule: SUR-01, SUR-02, SUR-03 */
class InMemorySurveyCardsTest extends SurveyCardsContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();

  @Override
  protected SurveyCards freshAdapter() {
    return InMemorySurveyCards.over(database);
  }

  @Override
  protected Outbox outbox() {
    return InMemorySurveyCards.over(database).outbox();
  }
}
