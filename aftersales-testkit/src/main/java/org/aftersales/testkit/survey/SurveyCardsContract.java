package org.aftersales.testkit.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.survey.SatisfactionLevel;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCardIssued;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.core.survey.SurveyCriterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link SurveyCards} port (调查卡登记契约测试), as tests any adapter can run:
 * extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved card reads back equal — ratings and instants to the microsecond included —
 *       through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save and a second new card for the same call are refused and
 *       write nothing, events included;</li>
 *   <li>the change's events reach the outbox with the card;</li>
 *   <li>of many concurrent saves of one version exactly one succeeds;</li>
 *   <li>{@link SurveyCards#latestOfCustomer}: the customer's card closed last at or before the
 *       instant (inclusive), ties by the greatest ID, other customers (also differing only in
 *       letter case) never;</li>
 *   <li>{@link SurveyCards#answeredBetween}: answered cards in {@code [from, to)} only, earliest
 *       first, ties by ID, at most {@code max}; a negative {@code max} and a reversed period
 *       refused.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses IDs and customer names of its own, built from a
 * random key per run, and instants of its own, so the tests can run again and again against one
 * persistent database, as long as no other data falls in their periods. // rule: SUR-01, SUR-02,
 * SUR-03
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class SurveyCardsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Instant CLOSED = Instant.parse("2026-11-02T06:30:00.123456Z");

  /** For subclasses. */
  protected SurveyCardsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract SurveyCards freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  private static ServiceRequestId newId(String prefix) {
    return ServiceRequestId.of(prefix + "-" + RUN + "-" + COUNTER.incrementAndGet());
  }

  private static String newCustomer() {
    return "Customer " + RUN + " " + COUNTER.incrementAndGet();
  }

  private static SurveyCard card(ServiceRequestId id, String customer, Instant closedAt) {
    return SurveyCard.builder().serviceRequestId(id).customerName(customer)
        .technician(PersonId.of("tech-wang")).closedAt(closedAt)
        .businessDay(LocalDate.of(2026, 11, 2)).issuedAt(closedAt.plusSeconds(86_400))
        .version(Version.initial()).build();
  }

  private static Map<SurveyCriterion, SatisfactionLevel> ratings() {
    Map<SurveyCriterion, SatisfactionLevel> r = new EnumMap<>(SurveyCriterion.class);
    r.put(SurveyCriterion.ATTITUDE, SatisfactionLevel.VERY_SATISFIED);
    r.put(SurveyCriterion.SKILL, SatisfactionLevel.SATISFIED);
    r.put(SurveyCriterion.ARRIVAL_TIME, SatisfactionLevel.FAIR);
    r.put(SurveyCriterion.KEEPING_PROMISES, SatisfactionLevel.DISSATISFIED);
    return r;
  }

  /** {@code stored} answered at {@code at}. */
  private static SurveyCard answered(SurveyCard stored, Instant at) {
    return SurveyCard.builder().serviceRequestId(stored.serviceRequestId())
        .customerName(stored.customerName()).technician(stored.technician())
        .closedAt(stored.closedAt()).businessDay(stored.businessDay())
        .issuedAt(stored.issuedAt()).putAllRatings(ratings()).answeredAt(at)
        .answerRequestId(RequestId.of("ans-" + stored.serviceRequestId().value()))
        .version(stored.version()).build();
  }

  private static OutboxEvent issuedEvent(SurveyCard card) {
    return card.outboxEventsOfSave(List.of(new SurveyCardIssued(card.serviceRequestId(),
        card.customerName(), card.businessDay(), card.issuedAt()))).get(0);
  }

  private List<EventId> outboxIds() {
    return outbox().undelivered(100_000).stream().map(OutboxEvent::eventId).toList();
  }

  @Test
  void a_saved_card_reads_back_equal_to_the_microsecond_through_a_fresh_adapter() {
    SurveyCard created = card(newId("SR"), newCustomer(), CLOSED);
    SurveyCard stored = freshAdapter().save(created, List.of());
    assertEquals(created.withVersion(Version.of(1)), stored);
    assertEquals(Optional.of(stored), freshAdapter().find(created.serviceRequestId()));
    SurveyCard answer = answered(stored, Instant.parse("2026-11-05T02:00:00.654321Z"));
    SurveyCard second = freshAdapter().save(answer, List.of());
    assertEquals(Version.of(2), second.version());
    SurveyCard read = freshAdapter().find(created.serviceRequestId()).orElseThrow();
    assertEquals(second, read);
    assertEquals(ratings(), read.ratings());
    assertEquals(Optional.of(Instant.parse("2026-11-05T02:00:00.654321Z")), read.answeredAt());
  }

  @Test
  void an_unknown_call_has_no_card() {
    assertEquals(Optional.empty(), freshAdapter().find(newId("SR")));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox_with_the_card() {
    SurveyCard created = card(newId("SR"), newCustomer(), CLOSED);
    OutboxEvent event = issuedEvent(created);
    freshAdapter().save(created, List.of(event));
    assertEquals(1, outboxIds().stream().filter(event.eventId()::equals).count());
  }

  @Test
  void a_second_new_card_for_the_same_call_and_a_stale_save_are_refused_and_write_nothing() {
    SurveyCard created = card(newId("SR"), newCustomer(), CLOSED);
    SurveyCard stored = freshAdapter().save(created, List.of());
    SurveyCard again = card(created.serviceRequestId(), "Someone else " + RUN, CLOSED);
    OutboxEvent event = issuedEvent(again);
    assertThrows(ConcurrentUpdateException.class, () -> freshAdapter().save(again,
        List.of(event)));
    SurveyCard v2 = freshAdapter().save(answered(stored, CLOSED.plusSeconds(60)), List.of());
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(answered(stored, CLOSED.plusSeconds(120)), List.of(event)));
    assertEquals(Optional.of(v2), freshAdapter().find(created.serviceRequestId()));
    assertEquals(0, outboxIds().stream().filter(event.eventId()::equals).count());
  }

  @Test
  void of_many_concurrent_saves_of_one_version_exactly_one_succeeds() throws Exception {
    SurveyCard stored = freshAdapter().save(card(newId("SR"), newCustomer(), CLOSED), List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<SurveyCard>> saves = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Instant at = CLOSED.plusSeconds(60 + i);
        saves.add(() -> freshAdapter().save(answered(stored, at), List.of()));
      }
      int succeeded = 0;
      for (Future<SurveyCard> f : pool.invokeAll(saves)) {
        try {
          f.get();
          succeeded++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertEquals(ConcurrentUpdateException.class, e.getCause().getClass());
        }
      }
      assertEquals(1, succeeded);
      assertEquals(Version.of(2),
          freshAdapter().find(stored.serviceRequestId()).orElseThrow().version());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_latest_card_of_a_customer_is_the_one_closed_last_by_then_ties_by_the_greatest_id() {
    String customer = newCustomer();
    SurveyCards adapter = freshAdapter();
    ServiceRequestId early = newId("SR-A");
    ServiceRequestId tieLow = newId("SR-B");
    ServiceRequestId tieHigh = newId("SR-C");
    ServiceRequestId later = newId("SR-D");
    adapter.save(card(early, customer, CLOSED), List.of());
    adapter.save(card(tieHigh, customer, CLOSED.plusSeconds(3600)), List.of());
    adapter.save(card(tieLow, customer, CLOSED.plusSeconds(3600)), List.of());
    adapter.save(card(later, customer, CLOSED.plusSeconds(7200)), List.of());
    adapter.save(card(newId("SR-E"), customer.toUpperCase(java.util.Locale.ROOT),
        CLOSED.plusSeconds(3700)), List.of());
    adapter.save(card(newId("SR-F"), newCustomer(), CLOSED.plusSeconds(3700)), List.of());
    SurveyCards reader = freshAdapter();
    assertEquals(Optional.of(early), reader.latestOfCustomer(customer, CLOSED)
        .map(SurveyCard::serviceRequestId));
    assertEquals(Optional.of(tieHigh), reader.latestOfCustomer(customer,
        CLOSED.plusSeconds(3600)).map(SurveyCard::serviceRequestId));
    assertEquals(Optional.of(tieHigh), reader.latestOfCustomer(customer,
        CLOSED.plusSeconds(7199)).map(SurveyCard::serviceRequestId));
    assertEquals(Optional.of(later), reader.latestOfCustomer(customer,
        CLOSED.plusSeconds(7200)).map(SurveyCard::serviceRequestId));
    assertEquals(Optional.empty(), reader.latestOfCustomer(customer, CLOSED.minusNanos(1000)));
  }

  @Test
  void answered_between_answers_the_period_s_answered_cards_earliest_first_ties_by_id() {
    // A period of its own, far from the other tests' instants.
    Instant from = Instant.parse("2031-03-01T00:00:00Z");
    String customer = newCustomer();
    SurveyCards adapter = freshAdapter();
    ServiceRequestId atStart = newId("SR-1");
    ServiceRequestId tieB = newId("SR-3");
    ServiceRequestId tieA = newId("SR-2");
    ServiceRequestId beforeEnd = newId("SR-4");
    save(adapter, atStart, customer, from);
    save(adapter, tieB, customer, from.plusSeconds(10));
    save(adapter, tieA, customer, from.plusSeconds(10));
    save(adapter, beforeEnd, customer, from.plusSeconds(99).minusNanos(1000));
    save(adapter, newId("SR-5"), customer, from.plusSeconds(99));
    save(adapter, newId("SR-6"), customer, from.minusNanos(1000));
    adapter.save(card(newId("SR-7"), customer, from.minusSeconds(3600)), List.of());
    SurveyCards reader = freshAdapter();
    Instant to = from.plusSeconds(99);
    assertEquals(List.of(atStart, tieA, tieB, beforeEnd), reader.answeredBetween(from, to, 100)
        .stream().map(SurveyCard::serviceRequestId).toList());
    assertEquals(List.of(atStart, tieA), reader.answeredBetween(from, to, 2).stream()
        .map(SurveyCard::serviceRequestId).toList());
    assertEquals(List.of(), reader.answeredBetween(from, to, 0));
    assertEquals(List.of(), reader.answeredBetween(from, from, 10));
    assertThrows(InvalidInputException.class, () -> reader.answeredBetween(from, to, -1));
    assertThrows(InvalidInputException.class, () -> reader.answeredBetween(to, from, 1));
  }

  private static void save(SurveyCards adapter, ServiceRequestId id, String customer,
      Instant answeredAt) {
    SurveyCard stored = adapter.save(card(id, customer, answeredAt.minusSeconds(86_400 * 2)),
        List.of());
    adapter.save(answered(stored, answeredAt), List.of());
  }
}
