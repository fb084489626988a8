package org.aftersales.testkit.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.survey.RecordSurveyAnswers;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCriterion;
import org.aftersales.core.survey.SurveyIssueRun;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.service.ServiceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The survey fixtures' defaults are valid: a call closed with the service fixtures' defaults is
 * surveyed by the seed's issuing use case, and the default answer is recorded by the answering
 * use case; the ready-made cards are what the aggregate's own transitions make.
 */
class SurveyFixturesTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-11-05T03:00:00Z"), ServiceFixtures.SHANGHAI);

  @Test
  void aCallClosedWithTheDefaultsIsSurveyedAndAnsweredWithTheDefaults() {
    // rule: SUR-01, SUR-02
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    ServiceRequest r = ServiceFixtures.seedRegistration(requests, InMemoryEntitlements.create(),
        clock).register(ServiceFixtures.registerServiceRequest().build());
    ServiceFixtures.seedDispatch(requests, clock)
        .assign(ServiceFixtures.assignTechnician(r.id()).build());
    var completion = ServiceFixtures.seedCompletion(requests, clock);
    completion.quote(ServiceFixtures.quoteRepair(r.id()).build());
    completion.fileReport(ServiceFixtures.fileServiceReport(r.id()).build());
    completion.signVoucher(ServiceFixtures.signVoucher(r.id()).build());
    completion.close(ServiceFixtures.closeServiceRequest(r.id()).build());

    InMemorySurveyCards cards = InMemorySurveyCards.create();
    SurveyIssueRun run = SurveyFixtures.seedIssuing(cards, requests, clock)
        .issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(List.of(r.id()), run.issued());
    SurveyCard answered = SurveyFixtures.seedAnswering(cards, clock)
        .record(SurveyFixtures.recordSurveyAnswers(r.id()).build());
    assertTrue(answered.isAnswered());
    assertEquals(SatisfactionLevel.VERY_SATISFIED, answered.ratings().get(SurveyCriterion.SKILL));
    assertEquals(SatisfactionLevel.SATISFIED,
        answered.ratings().get(SurveyCriterion.KEEPING_PROMISES));
  }

  @Test
  void theReadyMadeCardsAreIssuedAndAnsweredForTheDefaultCall() {
    // rule: SUR-01, SUR-02
    SurveyCard card = SurveyFixtures.aSurveyCard();
    assertEquals(ServiceFixtures.CUSTOMER_NAME, card.customerName());
    assertEquals(Optional.of(PersonId.of("tech-wang")), card.technician());
    assertEquals(ServiceFixtures.shanghai("2026-11-02T15:00"), card.closedAt());
    assertEquals(LocalDate.of(2026, 11, 2), card.businessDay());
    assertFalse(card.isAnswered());
    SurveyCard answered = SurveyFixtures.anAnsweredSurveyCard();
    assertTrue(answered.isAnswered());
    assertEquals(Optional.of(ServiceFixtures.shanghai("2026-11-05T10:00")), answered.answeredAt());
  }

  @Test
  void oneRatingCanBeChangedKeepingTheOthers() {
    // rule: SUR-02
    RecordSurveyAnswers c = SurveyFixtures.recordSurveyAnswers(ServiceFixtures.aServiceRequestId())
        .rating(SurveyCriterion.ARRIVAL_TIME, SatisfactionLevel.DISSATISFIED).build();
    assertEquals(SatisfactionLevel.DISSATISFIED, c.ratings().get(SurveyCriterion.ARRIVAL_TIME));
    assertEquals(SatisfactionLevel.VERY_SATISFIED, c.ratings().get(SurveyCriterion.ATTITUDE));
    assertEquals(4, c.ratings().size());
  }
}
