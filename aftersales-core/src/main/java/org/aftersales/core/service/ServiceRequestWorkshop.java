package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;
import org.aftersales.core.shared.Violation;

/**
 * The use case of the workshop path (携回修护), SVC-05 … SVC-07 (P2 §11–13): a job not fixable on
 * site is taken back against a customer item receipt (客户商品领取收据) and the customer's signature
 * on the voucher, logged in the item in/out register (客户商品进出登记簿 — the custody query is
 * {@link ServiceRequests#inWorkshop}), repaired on a repair card (修护卡) with its promised time,
 * actual time and parts, inspected by the supervisor, and returned against the customer's
 * signature, the receipt taken back and voided and the voucher archived — which closes the
 * request, a paid repair invoiced on the day of return. The service report (SVC-16) is filed
 * through {@link ServiceRequestCompletion#fileReport} before the return. One method per command.
 *
 * <h2>Failure semantics</h2>
 * The same as {@link ServiceRequestCompletion}'s: each accepted command is kept on the request
 * and a repeat is answered from it with no second change or event; the same request ID with other
 * content for the same step is a {@link DuplicateRequestException}; refusals
 * ({@link InvalidInputException} before any port call for the constraints,
 * {@link NotFoundException}, {@link RuleRefusalException} with SVC-05, SVC-06 or SVC-16) change
 * nothing; the events are saved with the request into the outbox. Port calls, in order:
 * {@code ServiceRequests.find}, {@code ServiceRequests.save} — and {@code find} again only after
 * the save met another stored version. Recorded times come from the injected clock, truncated to
 * whole microseconds ({@link TimePrecision}).
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class ServiceRequestWorkshop {

  private final ServiceRequestSteps steps;
  private final OnSiteCollection collection;
  private final ZoneId businessZone;
  private final CommandValidator validator;

  /**
   * Wires the use case.
   *
   * @param requests the repository (which also writes the outbox)
   * @param collection the labour rate that prices a paid repair (its limit is not used: a workshop
   *     repair is always invoiced, SVC-07)
   * @param businessZone the zone the day of return is cut in (never the system's)
   * @param validator validates commands
   * @param clock the time recorded for the steps; its zone is not used
   */
  public ServiceRequestWorkshop(ServiceRequests requests, OnSiteCollection collection,
      ZoneId businessZone, CommandValidator validator, Clock clock) {
    this.steps = new ServiceRequestSteps(requests, clock);
    this.collection = requireNonNull(collection, "collection");
    this.businessZone = requireNonNull(businessZone, "businessZone");
    this.validator = requireNonNull(validator, "validator");
  }

  /**
   * Takes the item of a dispatched job back to the workshop (SVC-05).
   *
   * @param command the intake
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-05) unless the request is dispatched and not signed on site
   * @throws DuplicateRequestException if the request ID was used for another intake
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest takeIn(TakeItemToWorkshop command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, TakeItemToWorkshop::requestId,
        ServiceRequest::workshopIntake, (current, at) -> current.takenToWorkshop(command, at));
  }

  /**
   * Opens the repair card of an item in the workshop (SVC-05).
   *
   * @param command the card
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints or its promised time is
   *     not after its opening
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-05) unless the item is in the workshop without a card
   * @throws DuplicateRequestException if the request ID was used for another card
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest openRepairCard(OpenRepairCard command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, OpenRepairCard::requestId,
        ServiceRequest::repairCardOpening,
        (current, at) -> current.repairCardOpened(command, at));
  }

  /**
   * Records the repair's actual time and parts on the open card (SVC-06).
   *
   * @param command the record
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints, a part's price is
   *     negative or not in the configured currency, or it is dated before the card
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-06) unless the item is in the workshop with an open card;
   *     (SVC-15) for a paid job without a quote ({@code ServiceRequestCompletion.quote})
   * @throws DuplicateRequestException if the request ID was used for another record
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest recordRepair(RecordRepair command) {
    validator.validate(requireNonNull(command, "command"));
    List<Violation> amounts = ReplacedPart.priceViolations("parts", command.parts(),
        collection.currency());
    if (!amounts.isEmpty()) {
      throw new InvalidInputException(amounts);
    }
    return steps.apply(command.serviceRequestId(), command, RecordRepair::requestId,
        ServiceRequest::repairRecord, (current, at) -> current.repairRecorded(command, at));
  }

  /**
   * The supervisor inspects and accepts the repaired item (SVC-06).
   *
   * @param command the inspection
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints or is dated before the
   *     repair
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-06) unless the item is repaired and not yet inspected
   * @throws DuplicateRequestException if the request ID was used for another inspection
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest inspect(InspectRepair command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, InspectRepair::requestId,
        ServiceRequest::inspection, (current, at) -> current.repairInspected(command, at));
  }

  /**
   * Returns the inspected item and closes the request, invoicing a paid repair on the day of
   * return (SVC-06, SVC-07).
   *
   * @param command the return
   * @return the closed request as stored, or as an earlier attempt with the same request ID
   *     stored it
   * @throws InvalidInputException if the command breaks its constraints, the receipt is not the
   *     one issued, or the return is dated before the inspection
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-06) unless the item is inspected; (SVC-16) without a service
   *     report
   * @throws DuplicateRequestException if the request ID was used for another return
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest returnItem(ReturnItem command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, ReturnItem::requestId,
        ServiceRequest::itemReturn,
        (current, at) -> current.itemReturned(command, collection, businessZone, at));
  }
}
