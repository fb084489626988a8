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
 * The use case of a dispatched job's on-site completion (现场服务完成), SVC-03, SVC-04, SVC-16, of
 * the quote before a paid job's work (销售中心报价, SVC-15), and of the same-day resolution
 * commitment, SVC-14: the sales centre quotes a paid job's parts and travel, the technician
 * files the service report (服务报告), the customer signs the service voucher (服务凭证), the clerk
 * cancels the register entry and archives the voucher (注销登记 + 凭证归档) — a paid job being settled on site or
 * invoiced the same day — and, for a problem not solved the day it was raised, the customer is
 * given an explicit resolution time. One method per command.
 *
 * <h2>Failure semantics</h2>
 * The same as dispatch's (docs/failure-semantics.md):
 * <ul>
 *   <li><b>Safe to retry.</b> Each accepted command is kept on the request
 *       ({@link ServiceRequest#quote()}, {@link ServiceRequest#reportFiling()},
 *       {@link ServiceRequest#voucherSigning()},
 *       {@link ServiceRequest#closing()}, {@link ServiceRequest#resolutionCommitment()}); the same
 *       command sent again returns the stored request, whatever happened since, with no second
 *       change and no second event. The same request ID with other content for the same step is
 *       refused ({@link DuplicateRequestException}).</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (the command's constraints
 *       and the report's or the quote's amounts, before any port is called),
 *       {@link NotFoundException}, {@link RuleRefusalException} (SVC-03, SVC-14, SVC-15, SVC-16) and
 *       {@link DuplicateRequestException} leave the stored request as it was.</li>
 *   <li><b>Events with their state.</b> Every event (repair quoted, report filed, voucher signed,
 *       request closed, payment collected on site or invoice due, resolution time committed) is saved
 *       with the request through {@link ServiceRequests#save}, into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code ServiceRequests.find}, {@code ServiceRequests.save} —
 *       and {@code ServiceRequests.find} again only after the save met another stored version.</li>
 *   <li><b>Instants.</b> The recorded time comes from the injected clock, truncated to whole
 *       microseconds ({@link TimePrecision}); the steps' own times are the commands'. Business days
 *       (of collection and invoices) are cut in the configured business zone.</li>
 * </ul>
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class ServiceRequestCompletion {

  private final ServiceRequestSteps steps;
  private final OnSiteCollection collection;
  private final ZoneId businessZone;
  private final CommandValidator validator;

  /**
   * Wires the use case.
   *
   * @param requests the repository (which also writes the outbox)
   * @param collection the on-site collection limit and labour rate of paid jobs (SVC-04); its
   *     currency is the one every report's amounts must be in
   * @param businessZone the zone business days are cut in (never the system's)
   * @param validator validates commands
   * @param clock the time recorded for the steps; its zone is not used
   */
  public ServiceRequestCompletion(ServiceRequests requests, OnSiteCollection collection,
      ZoneId businessZone, CommandValidator validator, Clock clock) {
    this.steps = new ServiceRequestSteps(requests, clock);
    this.collection = requireNonNull(collection, "collection");
    this.businessZone = requireNonNull(businessZone, "businessZone");
    this.validator = requireNonNull(validator, "validator");
  }

  /**
   * Records the sales centre's quote of a paid job (销售中心报价, SVC-15) — parts and the staff's
   * travel, estimated before the work: see {@link ServiceRequest#repairQuoted}. Until it is
   * recorded, a paid job's service report ({@link #fileReport}) and workshop repair
   * ({@code ServiceRequestWorkshop.recordRepair}) are refused.
   *
   * @param command the quote
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints, or an estimate is
   *     negative or not in the configured currency (paths {@code partsEstimate},
   *     {@code travelEstimate})
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-15) unless the request is a {@link Billing#PAID_AFTER_QUOTE
   *     paid} job, registered, dispatched or in the workshop, without a quote
   * @throws DuplicateRequestException if a quote was recorded with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest quote(QuoteRepair command) {
    validator.validate(requireNonNull(command, "command"));
    List<Violation> amounts = command.amountViolations(collection.currency());
    if (!amounts.isEmpty()) {
      throw new InvalidInputException(amounts);
    }
    return steps.apply(command.serviceRequestId(), command, QuoteRepair::requestId,
        ServiceRequest::quote, (current, at) -> current.repairQuoted(command, at));
  }

  /**
   * Files the service report of a dispatched job (SVC-16).
   *
   * @param command the filing
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints, or an amount of the
   *     report is negative or not in the configured currency (paths {@code report.travelCost},
   *     {@code report.parts[i].unitPrice})
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-16) unless the request is dispatched without a report;
   *     (SVC-15) for a paid job without a quote
   * @throws DuplicateRequestException if a report was filed with this request ID and other content
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest fileReport(FileServiceReport command) {
    validator.validate(requireNonNull(command, "command"));
    List<Violation> amounts = command.report().amountViolations("report", collection.currency());
    if (!amounts.isEmpty()) {
      throw new InvalidInputException(amounts);
    }
    return steps.apply(command.serviceRequestId(), command, FileServiceReport::requestId,
        ServiceRequest::reportFiling, (current, at) -> current.reportFiled(command, at));
  }

  /**
   * Records the customer's signature on the service voucher on site (SVC-03).
   *
   * @param command the signature
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-03) unless the request is dispatched and unsigned
   * @throws DuplicateRequestException if the voucher was signed with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest signVoucher(SignVoucher command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, SignVoucher::requestId,
        ServiceRequest::voucherSigning, (current, at) -> current.voucherSigned(command, at));
  }

  /**
   * The clerk closes a job completed on site (SVC-03), settling a paid one (SVC-04): see
   * {@link ServiceRequest#closedOnSite}.
   *
   * @param command the closure
   * @return the closed request as stored, or as an earlier attempt with the same request ID
   *     stored it
   * @throws InvalidInputException if the command breaks its constraints or closes before the
   *     voucher's signature
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-03) unless the request is dispatched with a signed voucher;
   *     (SVC-16) without a service report
   * @throws DuplicateRequestException if the request was closed with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest close(CloseServiceRequest command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, CloseServiceRequest::requestId,
        ServiceRequest::closing,
        (current, at) -> current.closedOnSite(command, collection, businessZone, at));
  }

  /**
   * Records the explicit resolution time given to the customer (SVC-14); the
   * {@link ResolutionTimeCommitted} event carries what the written report to the sales director
   * needs.
   *
   * @param command the commitment
   * @return the request as stored, or as an earlier attempt with the same request ID stored it
   * @throws InvalidInputException if the command breaks its constraints or its time is not after
   *     the time it is committed
   * @throws NotFoundException if there is no such request
   * @throws RuleRefusalException (SVC-14) if the request is closed or already has a commitment
   * @throws DuplicateRequestException if a time was committed with this request ID and other
   *     content
   * @throws ConcurrentUpdateException if the request changed meanwhile
   */
  public ServiceRequest commitResolutionTime(CommitResolutionTime command) {
    validator.validate(requireNonNull(command, "command"));
    return steps.apply(command.serviceRequestId(), command, CommitResolutionTime::requestId,
        ServiceRequest::resolutionCommitment,
        (current, at) -> current.resolutionTimeCommitted(command, at));
  }
}
