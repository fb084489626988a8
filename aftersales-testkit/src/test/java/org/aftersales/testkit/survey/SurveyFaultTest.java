package org.aftersales.testkit.survey;

import static org.aftersales.core.survey.SatisfactionLevel.FAIR;
import static org.aftersales.core.survey.SatisfactionLevel.SATISFIED;
import static org.aftersales.core.survey.SatisfactionLevel.VERY_SATISFIED;
import static org.aftersales.testkit.survey.SurveyCalls.SHANGHAI;
import static org.aftersales.testkit.survey.SurveyCalls.closed;
import static org.aftersales.testkit.survey.SurveyCalls.ratings;
import static org.aftersales.testkit.survey.SurveyCalls.shanghai;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.survey.RecordSurveyAnswers;
import org.aftersales.core.survey.SurveyAnswering;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.core.survey.SurveyIssueRun;
import org.aftersales.core.survey.SurveyIssuing;
import org.aftersales.core.survey.SurveyRules;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Issuing a day's survey cards (one customer with a minimum interval) and recording two answers,
 * under a fault at every port call, with retries: no card twice, no answer twice, no event lost or
 * doubled, in autocommit and in a host transaction. // rule: SUR-01, SUR-02 — tag: reliability
 */
class SurveyFaultTest extends FaultInjectionContract<SurveyFaultTest.World> {

  /** The use cases and the card repository. */
  record World(SurveyIssuing issuing, SurveyAnswering answering, InMemorySurveyCards cards) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    requests.save(closed("SR-1", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 9, 0)),
        List.of());
    requests.save(closed("SR-2", "Suzhou Motors", "tech-wang", shanghai(2026, 11, 2, 10, 0)),
        List.of());
    requests.save(closed("SR-3", "Wuxi Tools", "tech-li", shanghai(2026, 11, 2, 11, 0)),
        List.of());
    InMemorySurveyCards cards = InMemorySurveyCards.over(database);
    SurveyRules rules = SurveyRules.seed(SHANGHAI)
        .withCustomerInterval("Suzhou Motors", Duration.ofHours(4));
    SurveyIssuing issuing = new SurveyIssuing(faults.wrap(SurveyCards.class, cards),
        faults.wrap(ServiceRequests.class, requests), rules,
        Clock.fixed(shanghai(2026, 11, 3, 8, 0), SHANGHAI));
    SurveyAnswering answering = new SurveyAnswering(faults.wrap(SurveyCards.class, cards),
        TestValidators.commandValidator(), Clock.fixed(shanghai(2026, 11, 6, 9, 0), SHANGHAI));
    return new World(issuing, answering, cards);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("issue the cards of 2 November", w -> w.issuing().issueForPreviousDay()),
        new Step<>("answer SR-1", w -> w.answering().record(new RecordSurveyAnswers(
            RequestId.of("a-1"), ServiceRequestId.of("SR-1"),
            ratings(VERY_SATISFIED, SATISFIED, FAIR, SATISFIED), shanghai(2026, 11, 5, 9, 0)))),
        new Step<>("answer SR-3", w -> w.answering().record(new RecordSurveyAnswers(
            RequestId.of("a-3"), ServiceRequestId.of("SR-3"),
            ratings(FAIR, FAIR, FAIR, FAIR), shanghai(2026, 11, 5, 10, 0)))));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    // A retried run finds the cards the failed run stored: they move from "issued" to "already
    // issued", and the set of surveyed calls stays the same.
    return result instanceof SurveyIssueRun run
        ? List.of(run.day(), run.surveyed(), run.skippedByInterval()) : result;
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.cards().all().stream()
        .sorted(Comparator.comparing(SurveyCard::serviceRequestId)).toList(), delivered);
  }
}
