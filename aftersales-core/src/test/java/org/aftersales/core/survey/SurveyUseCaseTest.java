package org.aftersales.core.survey;

import static org.aftersales.core.survey.SurveyFakes.SHANGHAI;
import static org.aftersales.core.survey.SurveyFakes.all;
import static org.aftersales.core.survey.SurveyFakes.card;
import static org.aftersales.core.survey.SurveyFakes.closed;
import static org.aftersales.core.survey.SurveyFakes.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The survey use cases against recording fakes: the day's cut, the documented port calls, the
 * customer interval's edge, lost races, paging over ties, the answer's refusals.
 * // rule: SUR-01, SUR-02, SUR-03
 */
class SurveyUseCaseTest {

  static final Instant NOW = Instant.parse("2026-11-03T00:00:00.000000789Z");

  final SurveyFakes.Requests requests = new SurveyFakes.Requests();
  final SurveyFakes.Cards cards = new SurveyFakes.Cards();

  SurveyIssuing issuing(SurveyRules rules) {
    return new SurveyIssuing(cards, requests, rules, Clock.fixed(NOW, SHANGHAI));
  }

  SurveyAnswering answering() {
    return new SurveyAnswering(cards, SurveyFakes.validator(), Clock.fixed(NOW, SHANGHAI));
  }

  static List<ServiceRequestId> ids(String... ids) {
    return java.util.Arrays.stream(ids).map(ServiceRequestId::of).toList();
  }

  @Test
  void the_previous_day_is_read_in_the_business_zone_and_each_card_found_then_saved() {
    // rule: SUR-01 — the clock reads 08:00 on 3 Nov in Shanghai; the day is 2 Nov, from
    // 1 Nov 16:00 UTC to 2 Nov 16:00 UTC.
    requests.rows.add(closed("SR-1", "A", "tech-wang", shanghai(11, 2, 9, 0)));
    SurveyIssueRun run = issuing(SurveyRules.seed(SHANGHAI)).issueForPreviousDay();
    assertEquals(LocalDate.of(2026, 11, 2), run.day());
    assertEquals(List.of("closedBetween 2026-11-01T16:00:00Z 2026-11-02T16:00:00Z 500"),
        requests.calls);
    assertEquals(List.of("find SR-1", "save SR-1"), cards.calls);
    SurveyCard stored = cards.rows.get(ServiceRequestId.of("SR-1"));
    assertEquals(Version.of(1), stored.version());
    assertEquals(Instant.parse("2026-11-03T00:00:00Z"), stored.issuedAt());
    assertEquals(1, cards.outbox.size());
  }

  @Test
  void the_customer_interval_skips_a_call_closed_less_than_the_interval_after_the_last_one() {
    // rule: SUR-01 — interval 4 h: 13:00 is exactly 4 h after 9:00 (surveyed), 12:59:59.999999
    // is not; calls of other customers are not looked up.
    requests.rows.add(closed("SR-1", "A", "tech-wang", shanghai(11, 2, 9, 0)));
    requests.rows.add(closed("SR-2", "A", "tech-wang",
        shanghai(11, 2, 13, 0).minusNanos(1000)));
    requests.rows.add(closed("SR-3", "A", "tech-wang", shanghai(11, 2, 13, 0)));
    requests.rows.add(closed("SR-4", "B", "tech-wang", shanghai(11, 2, 13, 0)));
    SurveyRules rules = SurveyRules.seed(SHANGHAI).withCustomerInterval("A", Duration.ofHours(4));
    SurveyIssueRun run = issuing(rules).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(ids("SR-1", "SR-3", "SR-4"), run.issued());
    assertEquals(ids("SR-2"), run.skippedByInterval());
    assertEquals(3, cards.calls.stream().filter(c -> c.startsWith("latestOfCustomer A")).count());
    assertEquals(0, cards.calls.stream().filter(c -> c.startsWith("latestOfCustomer B")).count());
  }

  @Test
  void a_lost_race_counts_as_already_issued_and_a_conflict_without_a_card_is_rethrown() {
    // rule: SUR-01
    requests.rows.add(closed("SR-1", "A", "tech-wang", shanghai(11, 2, 9, 0)));
    cards.racer = card("SR-1", "A", "tech-wang", shanghai(11, 2, 9, 0))
        .withVersion(Version.of(1));
    SurveyIssueRun run = issuing(SurveyRules.seed(SHANGHAI)).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(List.of(), run.issued());
    assertEquals(ids("SR-1"), run.alreadyIssued());
    assertEquals(List.of("find SR-1", "save SR-1", "find SR-1"), cards.calls);
    SurveyFakes.Cards broken = new SurveyFakes.Cards() {
      @Override
      public SurveyCard save(SurveyCard card, List<org.aftersales.core.shared.OutboxEvent> e) {
        throw new ConcurrentUpdateException(SurveyCard.KIND, "SR-1", Version.initial(), null);
      }
    };
    SurveyIssuing failing = new SurveyIssuing(broken, requests, SurveyRules.seed(SHANGHAI),
        Clock.fixed(NOW, SHANGHAI));
    assertThrows(ConcurrentUpdateException.class,
        () -> failing.issueFor(LocalDate.of(2026, 11, 2)));
  }

  @Test
  void more_calls_at_one_instant_than_a_page_are_all_read_once() {
    // rule: SUR-01 — 1 201 calls: 1 100 closed at the same microsecond, 101 later. The first
    // page (500) moves the cursor to that instant; the second (500) is all at the cursor, so the
    // page doubles to 1 000, still all at it, then 2 000; rows read twice are counted once.
    Instant same = shanghai(11, 2, 9, 0);
    for (int i = 0; i < 1100; i++) {
      requests.rows.add(closed(String.format("SR-%04d", i), "C" + i, "tech-wang", same));
    }
    for (int i = 0; i < 101; i++) {
      requests.rows.add(closed(String.format("SR-L%03d", i), "L" + i, "tech-wang",
          same.plusSeconds(60 + i)));
    }
    SurveyIssueRun run = issuing(SurveyRules.seed(SHANGHAI)).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(1201, run.issued().size());
    assertEquals(1201, run.issued().stream().distinct().count());
    assertEquals(List.of(500, 500, 1000, 2000), requests.calls.stream()
        .map(c -> Integer.parseInt(c.substring(c.lastIndexOf(' ') + 1))).toList());
  }

  @Test
  void exactly_a_page_of_calls_reads_one_more_empty_page() {
    // rule: SUR-01 — 500 calls at distinct instants: the second query starts at the last one.
    for (int i = 0; i < 500; i++) {
      requests.rows.add(closed(String.format("SR-%03d", i), "C" + i, "tech-wang",
          shanghai(11, 2, 9, 0).plusSeconds(i)));
    }
    SurveyIssueRun run = issuing(SurveyRules.seed(SHANGHAI)).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(500, run.issued().size());
    assertEquals(2, requests.calls.size());
    assertEquals(true, requests.calls.get(1).startsWith("closedBetween "
        + shanghai(11, 2, 9, 0).plusSeconds(499)));
  }

  RecordSurveyAnswers answer(String requestId, String id, Map<SurveyCriterion,
      SatisfactionLevel> ratings, Instant at) {
    return new RecordSurveyAnswers(RequestId.of(requestId), ServiceRequestId.of(id), ratings,
        at);
  }

  void stored(String id, String technician) {
    SurveyCard c = card(id, "A", technician, shanghai(10, 30, 9, 0)).withVersion(Version.of(1));
    cards.rows.put(c.serviceRequestId(), c);
  }

  @Test
  void an_answer_finds_the_card_and_saves_it_once() {
    // rule: SUR-02
    stored("SR-1", "tech-wang");
    RecordSurveyAnswers a = answer("a-1", "SR-1", all(SatisfactionLevel.FAIR),
        shanghai(11, 4, 9, 0));
    SurveyCard done = answering().record(a);
    assertEquals(Version.of(2), done.version());
    assertEquals(List.of("find SR-1", "save SR-1"), cards.calls);
    assertEquals(done, answering().record(a));
    assertEquals(List.of("find SR-1", "save SR-1", "find SR-1"), cards.calls);
    assertEquals(1, cards.outbox.size());
    assertThrows(DuplicateRequestException.class, () -> answering().record(answer("a-1", "SR-1",
        all(SatisfactionLevel.SATISFIED), shanghai(11, 4, 9, 0))));
    assertThrows(RuleRefusalException.class, () -> answering().record(answer("a-2", "SR-1",
        all(SatisfactionLevel.FAIR), shanghai(11, 4, 9, 0))));
  }

  @Test
  void refusals_before_any_port_call_and_a_missing_card() {
    // rule: SUR-02
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> answering().record(answer("a-1", "SR-1", Map.of(SurveyCriterion.SKILL,
            SatisfactionLevel.FAIR), shanghai(11, 4, 9, 0))));
    assertEquals("ratings", missing.violations().get(0).path());
    assertEquals(List.of(), cards.calls);
    assertThrows(NotFoundException.class, () -> answering().record(answer("a-1", "SR-1",
        all(SatisfactionLevel.FAIR), shanghai(11, 4, 9, 0))));
  }

  @Test
  void a_lost_race_with_its_own_earlier_attempt_returns_the_stored_answer() {
    // rule: SUR-02
    stored("SR-1", "tech-wang");
    RecordSurveyAnswers a = answer("a-1", "SR-1", all(SatisfactionLevel.FAIR),
        shanghai(11, 4, 9, 0));
    SurveyCard earlier = cards.rows.get(ServiceRequestId.of("SR-1"))
        .answered(a, NOW).state().withVersion(Version.of(2));
    cards.racer = earlier;
    assertSame(earlier, answering().record(a));
    stored("SR-2", "tech-wang");
    cards.racer = cards.rows.get(ServiceRequestId.of("SR-2"))
        .answered(answer("a-9", "SR-2", all(SatisfactionLevel.FAIR), shanghai(11, 4, 9, 0)),
            NOW).state().withVersion(Version.of(2));
    assertThrows(ConcurrentUpdateException.class, () -> answering().record(answer("a-2", "SR-2",
        all(SatisfactionLevel.FAIR), shanghai(11, 4, 9, 0))));
  }

  @Test
  void the_monthly_figures_read_the_month_in_the_business_zone_per_technician() {
    // rule: SUR-03 — answers on 31 Oct 23:59 and 1 Dec 00:00 Shanghai are not November's.
    stored("SR-1", "tech-wang");
    stored("SR-2", "tech-li");
    stored("SR-3", null);
    stored("SR-4", "tech-wang");
    stored("SR-5", "tech-wang");
    answering().record(answer("a-1", "SR-1", all(SatisfactionLevel.VERY_SATISFIED),
        shanghai(11, 1, 0, 0)));
    answering().record(answer("a-2", "SR-2", all(SatisfactionLevel.FAIR),
        shanghai(11, 30, 23, 59)));
    answering().record(answer("a-3", "SR-3", all(SatisfactionLevel.FAIR),
        shanghai(11, 5, 0, 0)));
    answering().record(answer("a-4", "SR-4", all(SatisfactionLevel.FAIR),
        shanghai(12, 1, 0, 0)));
    answering().record(answer("a-5", "SR-5", all(SatisfactionLevel.FAIR),
        shanghai(11, 2, 9, 0)));
    SurveyFigures figures = new SurveyFigures(cards, SurveyRules.seed(SHANGHAI));
    List<TechnicianSurveyFigures> november = figures.monthly(YearMonth.of(2026, 11));
    assertEquals(List.of(PersonId.of("tech-li"), PersonId.of("tech-wang")),
        november.stream().map(TechnicianSurveyFigures::technician).toList());
    assertEquals(List.of(1, 2), november.stream().map(TechnicianSurveyFigures::cards).toList());
    assertEquals(2, figures.monthly(PersonId.of("tech-wang"), YearMonth.of(2026, 11)).cards());
    assertEquals(0, figures.monthly(PersonId.of("tech-zhou"), YearMonth.of(2026, 11)).cards());
    assertEquals(YearMonth.of(2026, 11),
        figures.monthly(PersonId.of("tech-zhou"), YearMonth.of(2026, 11)).month());
  }
  @Test
  void a_second_run_finds_every_card_and_saves_none() {
    // rule: SUR-01
    requests.rows.add(closed("SR-1", "A", "tech-wang", shanghai(11, 2, 9, 0)));
    issuing(SurveyRules.seed(SHANGHAI)).issueFor(LocalDate.of(2026, 11, 2));
    cards.calls.clear();
    SurveyIssueRun again = issuing(SurveyRules.seed(SHANGHAI)).issueFor(LocalDate.of(2026, 11, 2));
    assertEquals(ids("SR-1"), again.alreadyIssued());
    assertEquals(List.of("find SR-1"), cards.calls);
  }

  @Test
  void a_month_with_more_answers_than_a_page_is_counted_whole() {
    // rule: SUR-03 — 501 answers of November, 250 of them at one instant.
    for (int i = 0; i < 501; i++) {
      String id = String.format("SR-%03d", i);
      SurveyCard c = card(id, "A", "tech-wang", shanghai(10, 30, 9, 0))
          .answered(new RecordSurveyAnswers(RequestId.of("a-" + id), ServiceRequestId.of(id),
              all(SatisfactionLevel.SATISFIED), shanghai(11, 2, 9, 0).plusSeconds(i / 2 * 2)),
              NOW).state().withVersion(Version.of(2));
      cards.rows.put(c.serviceRequestId(), c);
    }
    TechnicianSurveyFigures wang = new SurveyFigures(cards, SurveyRules.seed(SHANGHAI))
        .monthly(PersonId.of("tech-wang"), YearMonth.of(2026, 11));
    assertEquals(501, wang.cards());
    assertEquals(501, wang.of(SurveyCriterion.SKILL).distribution()
        .get(SatisfactionLevel.SATISFIED));
  }

  @Test
  void a_command_with_missing_fields_is_built_for_the_validator_to_report() {
    // rule: SUR-02
    RecordSurveyAnswers empty = new RecordSurveyAnswers(null, null, null, null);
    assertEquals(null, empty.ratings());
    assertEquals(null, empty.answeredAt());
    assertEquals(4, assertThrows(InvalidInputException.class,
        () -> answering().record(empty)).violations().size());
    assertEquals(Instant.parse("2026-11-02T01:00:00.123456Z"), new RecordSurveyAnswers(
        RequestId.of("a"), ServiceRequestId.of("S"), all(SatisfactionLevel.FAIR),
        Instant.parse("2026-11-02T01:00:00.123456789Z")).answeredAt());
  }
}
