package org.aftersales.examples.postgres.survey;

import org.aftersales.core.shared.Outbox;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.survey.SurveyCardsContract;

/**
 * The testkit's contract of the survey cards (满意度调查卡) against {@link JdbcSurveyCards} on the
 * test server: every inherited test, concurrency included, unchanged. // rule: SUR-01, SUR-02,
 * SUR-03
 */
class JdbcSurveyCardsTest extends SurveyCardsContract {

  private static final AftersalesJson JSON = new AftersalesJson();

  @Override
  protected SurveyCards freshAdapter() {
    return new JdbcSurveyCards(TestDatabase.shared().transactions(), JSON);
  }

  // The project's own outbox under a node name of these tests: a node re-takes its own claims,
  // so every read sees every undelivered event the adapters wrote.
  @Override
  protected Outbox outbox() {
    return new JdbcOutbox(TestDatabase.shared().transactions(), JSON, "p2-contract-tests");
  }
}
