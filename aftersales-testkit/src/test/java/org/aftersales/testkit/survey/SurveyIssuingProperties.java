package org.aftersales.testkit.survey;

import static org.aftersales.testkit.survey.SurveyCalls.SHANGHAI;
import static org.aftersales.testkit.survey.SurveyCalls.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.survey.SurveyIssueRun;
import org.aftersales.core.survey.SurveyIssuing;
import org.aftersales.core.survey.SurveyRules;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * For any calls closed around a business day, issuing that day's cards gives every call closed on
 * it in Shanghai exactly one card and no other call one — no sampling —, a second run issues
 * nothing and answers the same surveyed calls, and with a per-customer interval the skipped calls
 * are those a reference walk over each customer's calls of the day skips. // rule: SUR-01
 */
class SurveyIssuingProperties {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final Instant EARLIEST = DAY.minusDays(1).atStartOfDay(SHANGHAI).toInstant();

  /** Closing offsets in minutes from 1 Nov 00:00 Shanghai over three days, and customers. */
  @Provide
  Arbitrary<List<int[]>> calls() {
    return Arbitraries.integers().between(0, 3 * 24 * 60 - 1).list().ofSize(2).map(l -> new int[] {
        l.get(0), l.get(1) % 3}).list().ofMaxSize(40);
  }

  @Property(tries = 100)
  void every_call_closed_on_the_day_gets_exactly_one_card_and_a_rerun_none(
      @ForAll("calls") List<int[]> calls, @ForAll boolean interval) {
    InMemoryDatabase database = InMemoryDatabase.create();
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    InMemorySurveyCards cards = InMemorySurveyCards.over(database);
    List<ServiceRequest> onDay = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      Instant closedAt = EARLIEST.plusSeconds(calls.get(i)[0] * 60L);
      ServiceRequest r = closed(String.format("SR-%02d", i), "C" + calls.get(i)[1], "tech-wang",
          closedAt);
      requests.save(r, List.of());
      if (closedAt.atZone(SHANGHAI).toLocalDate().equals(DAY)) {
        onDay.add(r);
      }
    }
    SurveyRules rules = SurveyRules.seed(SHANGHAI);
    if (interval) {
      rules = rules.withCustomerInterval("C0", Duration.ofHours(3));
    }
    SurveyIssuing issuing = new SurveyIssuing(cards, requests, rules,
        Clock.fixed(EARLIEST, SHANGHAI));
    SurveyIssueRun first = issuing.issueFor(DAY);
    // The reference: in closing order (ties by ID), C0's calls with the interval keep a card only
    // 3 hours or more after the last C0 call that got one.
    onDay.sort(java.util.Comparator.comparing((ServiceRequest r) -> r.closedAt().orElseThrow())
        .thenComparing(ServiceRequest::id));
    List<ServiceRequestId> expectedCards = new ArrayList<>();
    List<ServiceRequestId> expectedSkipped = new ArrayList<>();
    Map<String, Instant> last = new HashMap<>();
    for (ServiceRequest r : onDay) {
      Instant at = r.closedAt().orElseThrow();
      Instant previous = last.get(r.customerName());
      boolean skip = interval && r.customerName().equals("C0") && previous != null
          && Duration.between(previous, at).compareTo(Duration.ofHours(3)) < 0;
      if (skip) {
        expectedSkipped.add(r.id());
      } else {
        expectedCards.add(r.id());
        last.put(r.customerName(), at);
      }
    }
    assertEquals(expectedCards, first.issued());
    assertEquals(expectedSkipped, first.skippedByInterval());
    assertEquals(expectedCards.size(), cards.all().size());
    SurveyIssueRun again = issuing.issueFor(DAY);
    assertEquals(List.of(), again.issued());
    assertEquals(first.surveyed(), again.surveyed());
    assertEquals(expectedSkipped, again.skippedByInterval());
  }
}
