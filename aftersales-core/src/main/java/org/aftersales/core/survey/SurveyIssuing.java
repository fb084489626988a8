package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use case that issues the survey cards of a business day's closed calls (寄送客户意见调查卡),
 * SUR-01: every call closed that day gets one card, no sampling — unless its customer has a
 * configured minimum interval ({@link SurveyRules}) that has not passed since the customer's last
 * surveyed call.
 *
 * <p><b>The day.</b> A business day runs from its start in the {@link SurveyRules#businessZone()
 * business zone} (inclusive) to the next day's start (exclusive); the calls are those
 * {@link ServiceRequests#closedBetween closed} in it, read in pages, earliest closed first. By
 * default the run is for the day before the clock's date in the business zone (the seed sends the
 * day's register to the service department the next day, P2 §24).
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry, and to run on many nodes.</b> A card's identity is its call's ID: a call
 *       that already has a card is counted as {@link SurveyIssueRun#alreadyIssued()}, and a save
 *       that loses a race against another run is too. A retried run answers the same
 *       {@link SurveyIssueRun#surveyed()} as the first.</li>
 *   <li><b>One card, one transaction.</b> Each card is saved with its {@link SurveyCardIssued}
 *       event through {@link SurveyCards#save}; a failure part-way leaves the cards saved so far,
 *       and the retry issues the rest.</li>
 *   <li><b>Port calls, in order:</b> {@code ServiceRequests.closedBetween} (once per page), then
 *       for each call {@code SurveyCards.find}, {@code SurveyCards.latestOfCustomer} (only for a
 *       customer with an interval) and {@code SurveyCards.save} (only for a new card; after a lost
 *       race {@code SurveyCards.find} again).</li>
 *   <li><b>Instants.</b> The issue time comes from the injected clock, truncated to whole
 *       microseconds.</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class SurveyIssuing {

  private final SurveyCards cards;
  private final ServiceRequests requests;
  private final SurveyRules rules;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param cards the survey cards (which also write the outbox)
   * @param requests the service requests, read for the day's closed calls
   * @param rules the business zone and the per-customer intervals
   * @param clock the time recorded for issues and the default day; its zone is not used
   */
  public SurveyIssuing(SurveyCards cards, ServiceRequests requests, SurveyRules rules,
      Clock clock) {
    this.cards = requireNonNull(cards, "cards");
    this.requests = requireNonNull(requests, "requests");
    this.rules = requireNonNull(rules, "rules");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Issues the cards of yesterday's closed calls: the day before the clock's date in the business
   * zone (SUR-01).
   *
   * @return what the run did
   */
  public SurveyIssueRun issueForPreviousDay() {
    return issueFor(LocalDate.ofInstant(clock.instant(), rules.businessZone()).minusDays(1));
  }

  /**
   * Issues the cards of the calls closed on {@code day} in the business zone (SUR-01).
   *
   * @param day the business day
   * @return what the run did
   */
  public SurveyIssueRun issueFor(LocalDate day) {
    requireNonNull(day, "day");
    Instant from = day.atStartOfDay(rules.businessZone()).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(rules.businessZone()).toInstant();
    List<ServiceRequest> closed = Pages.all((start, max) -> requests.closedBetween(start,
        to, max), from, r -> r.closedAt().orElseThrow(), ServiceRequest::id);
    List<ServiceRequestId> issued = new ArrayList<>();
    List<ServiceRequestId> already = new ArrayList<>();
    List<ServiceRequestId> skipped = new ArrayList<>();
    Instant now = TimePrecision.stored(clock.instant());
    for (ServiceRequest call : closed) {
      if (cards.find(call.id()).isPresent()) {
        already.add(call.id());
      } else if (tooSoon(call)) {
        skipped.add(call.id());
      } else if (issue(call, day, now)) {
        issued.add(call.id());
      } else {
        already.add(call.id());
      }
    }
    return new SurveyIssueRun(day, issued, already, skipped);
  }

  /** Whether the customer's minimum interval has not passed since its last surveyed call. */
  private boolean tooSoon(ServiceRequest call) {
    Duration interval = rules.intervalFor(call.customerName());
    if (interval.isZero()) {
      return false;
    }
    Instant closedAt = call.closedAt().orElseThrow();
    Optional<SurveyCard> last = cards.latestOfCustomer(call.customerName(), closedAt);
    return last.filter(card -> Duration.between(card.closedAt(), closedAt).compareTo(interval) < 0)
        .isPresent();
  }

  /** Saves a new card; false if another run stored the call's card first. */
  private boolean issue(ServiceRequest call, LocalDate day, Instant now) {
    Changed<SurveyCard> card = SurveyCard.issue(call, day, now);
    try {
      cards.save(card.state(), card.state().outboxEventsOfSave(card.events()));
      return true;
    } catch (ConcurrentUpdateException conflict) {
      if (cards.find(call.id()).isPresent()) {
        return false;
      }
      throw conflict;
    }
  }
}
