package org.aftersales.testkit.survey;

import static org.aftersales.testkit.survey.SurveyCalls.SHANGHAI;
import static org.aftersales.testkit.survey.SurveyCalls.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.survey.CriterionFigures;
import org.aftersales.core.survey.RecordSurveyAnswers;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyAnswering;
import org.aftersales.core.survey.SurveyCriterion;
import org.aftersales.core.survey.SurveyFigures;
import org.aftersales.core.survey.SurveyIssuing;
import org.aftersales.core.survey.SurveyRules;
import org.aftersales.core.survey.TechnicianSurveyFigures;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The monthly figures add up: for any answers, each technician's distribution of every criterion
 * sums to the number of the technician's answered cards, the counts equal a tally made here
 * independently, and the exact average is the tally's points over its count.
 * // rule: SUR-03
 */
class SurveyFiguresProperties {

  /** One answered call: its technician and its four levels. */
  record Answer(int technician, List<SatisfactionLevel> levels) {}

  @Provide
  Arbitrary<List<Answer>> answers() {
    Arbitrary<SatisfactionLevel> level = Arbitraries.of(SatisfactionLevel.class);
    return Combinators.combine(Arbitraries.integers().between(0, 3), level.list().ofSize(4))
        .as(Answer::new).list().ofMaxSize(40);
  }

  @Property(tries = 60)
  void distributions_sum_to_the_count_and_match_an_independent_tally(
      @ForAll("answers") List<Answer> answers) {
    InMemoryDatabase database = InMemoryDatabase.create();
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    InMemorySurveyCards cards = InMemorySurveyCards.over(database);
    Instant closing = SurveyCalls.shanghai(2026, 11, 2, 9, 0);
    for (int i = 0; i < answers.size(); i++) {
      requests.save(closed("SR-" + i, "Customer " + i, "tech-" + answers.get(i).technician(),
          closing.plusSeconds(i)), List.of());
    }
    new SurveyIssuing(cards, requests, SurveyRules.seed(SHANGHAI),
        Clock.fixed(closing, SHANGHAI)).issueFor(LocalDate.of(2026, 11, 2));
    SurveyAnswering answering = new SurveyAnswering(cards, TestValidators.commandValidator(),
        Clock.fixed(closing, SHANGHAI));
    // The independent tally: technician → criterion index → level → count.
    Map<Integer, int[][]> tally = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      Map<SurveyCriterion, SatisfactionLevel> ratings = new EnumMap<>(SurveyCriterion.class);
      int[][] counts = tally.computeIfAbsent(a.technician(), t -> new int[4][4]);
      for (int c = 0; c < 4; c++) {
        ratings.put(SurveyCriterion.values()[c], a.levels().get(c));
        counts[c][a.levels().get(c).ordinal()]++;
      }
      answering.record(new RecordSurveyAnswers(RequestId.of("a-" + i), ServiceRequestId.of(
          "SR-" + i), ratings, closing.plusSeconds(3600 + i)));
    }
    List<TechnicianSurveyFigures> figures = new SurveyFigures(cards, SurveyRules.seed(SHANGHAI))
        .monthly(YearMonth.of(2026, 11));
    assertEquals(tally.size(), figures.size());
    int total = 0;
    for (TechnicianSurveyFigures f : figures) {
      int technician = Integer.parseInt(f.technician().value().substring("tech-".length()));
      int[][] counts = tally.get(technician);
      assertEquals(PersonId.of("tech-" + technician), f.technician());
      for (int c = 0; c < 4; c++) {
        CriterionFigures cf = f.of(SurveyCriterion.values()[c]);
        int sum = 0;
        long points = 0;
        for (int l = 0; l < 4; l++) {
          assertEquals(counts[c][l], cf.distribution().get(SatisfactionLevel.values()[l]));
          sum += counts[c][l];
          points += (long) counts[c][l] * (4 - l);
        }
        assertEquals(f.cards(), cf.count());
        assertEquals(sum, cf.count());
        assertEquals(points, cf.totalPoints());
        assertEquals(new java.math.BigDecimal(points).divide(new java.math.BigDecimal(sum), 2,
            java.math.RoundingMode.HALF_UP), cf.average().orElseThrow());
      }
      total += f.cards();
    }
    assertEquals(answers.size(), total);
  }
}
