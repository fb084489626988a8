package org.aftersales.examples.postgres.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCardIssued;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.survey.InMemorySurveyCards;
import org.aftersales.testkit.survey.SurveyFixtures;
import org.junit.jupiter.api.Test;

/**
 * What the contract does not check of {@link JdbcSurveyCards}: the host's transaction, the
 * fixtures' cards (Chinese customer names) read back equal, and the answering use case giving the
 * same card over this adapter as over the in-memory one. // rule: SUR-01, SUR-02
 */
class JdbcSurveyCardsStorageTest {

  private static final AftersalesJson JSON = new AftersalesJson();

  private final Transactions tx = TestDatabase.shared().transactions();

  private SurveyCards adapter() {
    return new JdbcSurveyCards(tx, JSON);
  }

  @Test
  void a_host_transaction_rolled_back_leaves_neither_the_card_nor_its_event() {
    // rule: SUR-01 — the card and its SurveyCardIssued commit together or not at all
    SurveyCard card = SurveyFixtures.aSurveyCard();
    List<OutboxEvent> events = card.outboxEventsOfSave(List.of(new SurveyCardIssued(
        card.serviceRequestId(), card.customerName(), card.businessDay(), card.issuedAt())));
    IllegalStateException boom = new IllegalStateException("the host fails after the save");

    assertSame(boom, assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
      adapter().save(card, events);
      throw boom;
    })));

    assertEquals(Optional.empty(), adapter().find(card.serviceRequestId()));
    assertEquals(0, storedEvents(events));
    assertEquals(card.withVersion(Version.of(1)), adapter().save(card, events));
    assertEquals(1, storedEvents(events));
  }

  @Test
  void a_refused_save_inside_a_host_transaction_leaves_it_usable() {
    // rule: SUR-01 — a second card for the call is refused without aborting the transaction
    SurveyCard card = SurveyFixtures.aSurveyCard();
    adapter().save(card, List.of());
    SurveyCard other = SurveyFixtures.aSurveyCard();
    tx.inTransaction(c -> {
      assertThrows(ConcurrentUpdateException.class, () -> adapter().save(card, List.of()));
      return adapter().save(other, List.of());
    });
    assertEquals(Optional.of(other.withVersion(Version.of(1))),
        adapter().find(other.serviceRequestId()));
  }

  @Test
  void the_fixtures_cards_read_back_equal_chinese_names_and_ratings_included() {
    // rule: SUR-01, SUR-02 — issued and answered
    SurveyCard issued = adapter().save(SurveyFixtures.aSurveyCard(), List.of());
    assertEquals(Optional.of(issued), adapter().find(issued.serviceRequestId()));
    assertEquals(ServiceFixtures.CUSTOMER_NAME, issued.customerName());
    SurveyCard answered = adapter().save(SurveyFixtures.anAnsweredSurveyCard(), List.of());
    SurveyCard read = adapter().find(answered.serviceRequestId()).orElseThrow();
    assertEquals(answered, read);
    assertEquals(SurveyFixtures.ratings(), read.ratings());
    assertEquals(Optional.of(SurveyFixtures.ANSWERED_AT), read.answeredAt());
  }

  @Test
  void answering_through_the_use_case_stores_what_the_in_memory_adapter_stores() {
    // rule: SUR-02 — the recorded answers, their request ID and time survive the adapter
    SurveyCard card = SurveyFixtures.aSurveyCard();
    Clock clock = Clock.fixed(SurveyFixtures.ANSWERED_AT.plusNanos(654_321_000),
        ServiceFixtures.SHANGHAI);
    SurveyCards jdbc = adapter();
    jdbc.save(card, List.of());
    InMemorySurveyCards inMemory = InMemorySurveyCards.create();
    inMemory.save(card, List.of());
    var answers = SurveyFixtures.recordSurveyAnswers(card.serviceRequestId()).build();

    SurveyCard overJdbc = SurveyFixtures.seedAnswering(jdbc, clock).record(answers);
    SurveyCard expected = SurveyFixtures.seedAnswering(inMemory, clock).record(answers);

    assertEquals(expected, overJdbc);
    assertEquals(Optional.of(expected), adapter().find(card.serviceRequestId()));
    assertEquals(Version.of(2), overJdbc.version());
  }

  private int storedEvents(List<OutboxEvent> events) {
    return tx.withConnection("counting events", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE event_id = ANY (?)")) {
        s.setArray(1, c.createArrayOf("text",
            events.stream().map(e -> e.eventId().value()).toArray()));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }
}
