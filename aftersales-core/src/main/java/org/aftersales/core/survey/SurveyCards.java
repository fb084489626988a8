package org.aftersales.core.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored survey cards (调查卡登记): the repository port the host application implements over
 * its database. The testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a card only if the stored version is the one the card carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for a card never stored — so a second
 *       card for the same service request is refused), and stores it as the next version;
 *       otherwise it throws {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li>{@link #save} appends the change's events to the outbox in the same transaction as the
 *       card: after it returns both are stored; after it throws, either both are or neither
 *       is.</li>
 *   <li>Cards are never deleted; a saved card reads back equal through any adapter instance over
 *       the same storage, instants to the microsecond.</li>
 *   <li>IDs and customer names are compared exactly (case-sensitive).</li>
 * </ul>
 */
@Port
public interface SurveyCards {

  /**
   * The card of this service request.
   *
   * @param serviceRequestId the call's ID, the card's identity
   * @return the stored card, or empty
   */
  Optional<SurveyCard> find(ServiceRequestId serviceRequestId);

  /**
   * Stores {@code card}, expecting the stored version to be {@code card.version()}, and appends
   * {@code events} to the outbox, atomically.
   *
   * @param card the card to store
   * @param events the change's events with their IDs, in order; may be empty
   * @return the card as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new card); nothing is written
   */
  SurveyCard save(SurveyCard card, List<OutboxEvent> events);

  /**
   * The card of {@code customerName} whose call closed last at or before {@code notAfter}: the
   * greatest {@link SurveyCard#closedAt()} not after the instant, ties broken by the greatest
   * service request ID. The per-customer minimum interval (SUR-01) reads it.
   *
   * @param customerName the customer, compared exactly
   * @param notAfter the latest closing time considered (inclusive)
   * @return the card, or empty if the customer has none closed by then
   */
  Optional<SurveyCard> latestOfCustomer(String customerName, Instant notAfter);

  /**
   * The answered cards whose {@link SurveyCard#answeredAt() answer time} falls in
   * {@code [from, to)}: earliest answered first, cards answered at the same instant by service
   * request ID; at most {@code max} of them. The monthly figures (SUR-03) read a month through it,
   * the month cut by the caller in the business zone.
   *
   * @param from the start of the period (inclusive)
   * @param to the end of the period (exclusive); not before {@code from}
   * @param max how many at most, 0 or more
   * @return the cards, in that order
   * @throws InvalidInputException if {@code max} is negative or {@code to} is before {@code from}
   */
  List<SurveyCard> answeredBetween(Instant from, Instant to, int max);
}
