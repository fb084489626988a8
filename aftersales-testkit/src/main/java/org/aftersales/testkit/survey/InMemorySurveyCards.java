package org.aftersales.testkit.survey;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.survey.SurveyCards;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link SurveyCards} repository (调查卡登记) for tests and demos:
 * optimistic versions, the change's events written to the outbox with the card, nothing written
 * on a refusal, nothing ever deleted, the queries' filters and orders. Its table lives in an
 * {@link InMemoryDatabase} beside the {@link InMemoryOutbox} of the same database. Every query
 * scans every card (fine for tests; a database adapter indexes customer and closing time, and the
 * answer time).
 */
public final class InMemorySurveyCards implements SurveyCards {

  /** Earliest answered first, then by ID: the order of {@link #answeredBetween}. */
  private static final Comparator<SurveyCard> EARLIEST_ANSWERED_FIRST =
      Comparator.comparing((SurveyCard c) -> c.answeredAt().orElseThrow())
          .thenComparing(SurveyCard::serviceRequestId);

  /** Latest closed last, then by ID: {@link #latestOfCustomer} takes the maximum. */
  private static final Comparator<SurveyCard> BY_CLOSING =
      Comparator.comparing(SurveyCard::closedAt).thenComparing(SurveyCard::serviceRequestId);

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<ServiceRequestId, SurveyCard> byId;
  private final InMemoryOutbox outbox;

  private InMemorySurveyCards(InMemoryDatabase database) {
    this.database = database;
    this.byId = database.table("surveyCards.byId");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemorySurveyCards create() {
    return new InMemorySurveyCards(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemorySurveyCards over(InMemoryDatabase database) {
    return new InMemorySurveyCards(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemorySurveyCards freshInstanceOverSameStorage() {
    return new InMemorySurveyCards(database);
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public Optional<SurveyCard> find(ServiceRequestId serviceRequestId) {
    requireNonNull(serviceRequestId, "serviceRequestId");
    return database.atomically(() -> Optional.ofNullable(byId.get(serviceRequestId)));
  }

  @Override
  public SurveyCard save(SurveyCard card, List<OutboxEvent> events) {
    requireNonNull(card, "card");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      SurveyCard stored = byId.get(card.serviceRequestId());
      Version expected = card.version();
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(SurveyCard.KIND, card.serviceRequestId().value(),
            expected, actual);
      }
      SurveyCard saved = card.withVersion(expected.next());
      outbox.append(toAppend);
      byId.put(saved.serviceRequestId(), saved);
      return saved;
    });
  }

  @Override
  public Optional<SurveyCard> latestOfCustomer(String customerName, Instant notAfter) {
    requireNonNull(customerName, "customerName");
    requireNonNull(notAfter, "notAfter");
    return database.atomically(() -> byId.values().stream()
        .filter(c -> c.customerName().equals(customerName))
        .filter(c -> !c.closedAt().isAfter(notAfter))
        .max(BY_CLOSING));
  }

  @Override
  public List<SurveyCard> answeredBetween(Instant from, Instant to, int max) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to",
          MessageBundle.CORE.message("core.service.periodReversed", "from", from), to);
    }
    return database.atomically(() -> byId.values().stream()
        .filter(c -> c.answeredAt().filter(at -> !at.isBefore(from) && at.isBefore(to))
            .isPresent())
        .sorted(EARLIEST_ANSWERED_FIRST).limit(max).toList());
  }

  /**
   * Every stored card, in the order first stored.
   *
   * @return the cards
   */
  public List<SurveyCard> all() {
    return database.atomically(byId::values);
  }

  /**
   * E.g. {@code InMemorySurveyCards[3 cards]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "InMemorySurveyCards[" + all().size() + " cards]";
  }
}
