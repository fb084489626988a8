package org.aftersales.core.workreport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * One job a technician did (服务作业), the input of the daily reports (SVC-09) and the monthly
 * statistics (SVC-18). {@link #of(ServiceRequest, UnitId, WorkKind)} maps a request the library
 * closed; a host builds one itself for work recorded elsewhere. Each attribute says where it
 * comes from.
 *
 * <pre>{@code
 * ServiceJob job = ServiceJob.builder()
 *     .serviceRequestId(ServiceRequestId.of("SR-1")).technician(wang).supervisor(zhao)
 *     .branch(UnitId.of("suzhou")).category(ServiceCategory.A)
 *     .kind(WorkKind.SERVICE_DISPATCH)
 *     .startedAt(Instant.parse("2026-11-02T01:00:00Z")).endedAt(Instant.parse("2026-11-02T03:00:00Z"))
 *     .labourMinutes(120).serviceCost(Money.parse("CNY 150.00"))
 *     .materialCost(Money.parse("CNY 80.00")).transportCost(Money.parse("CNY 30.00"))
 *     .otherCost(Money.parse("CNY 0.00"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: the job ends no earlier than it starts; labour minutes 0 or more; the four
 * amounts in one currency, none negative.
 */
@Value.Immutable
@DomainValueStyle
public abstract class ServiceJob {

  ServiceJob() {}

  /**
   * The service request the job served: {@code ServiceRequest.id()}.
   *
   * @return the ID
   */
  public abstract ServiceRequestId serviceRequestId();

  /**
   * Who did the work: {@code ServiceRequest.technician()} (the technician dispatched).
   *
   * @return the technician
   */
  public abstract PersonId technician();

  /**
   * The service supervisor (服务主任) whose team report lists the job:
   * {@code ServiceRequest.supervisor()} (who dispatched it).
   *
   * @return the supervisor
   */
  public abstract PersonId supervisor();

  /**
   * The service centre or branch (服务中心 / 分公司) the team belongs to: from the host's
   * organisation (the supervisor's unit).
   *
   * @return the unit
   */
  public abstract UnitId branch();

  /**
   * The job's category (服务类别), SVC-01: {@code ServiceRequest.category()}.
   *
   * @return A, B, C or D
   */
  public abstract ServiceCategory category();

  /**
   * Installation and commissioning, or a dispatch: from the request's type of work (the host's
   * classification of the call; a repair call is a dispatch).
   *
   * @return the kind
   */
  public abstract WorkKind kind();

  /**
   * When the work started: for a request the library closed, the dispatch (on site) or the
   * opening of the repair card (workshop). The job belongs to the business day and
   * month in which it started.
   *
   * @return the instant
   */
  public abstract Instant startedAt();

  /**
   * When the work ended: the completion on site (the customer's signature on the voucher) or the
   * repair card's end.
   *
   * @return the instant, not before {@link #startedAt()}
   */
  public abstract Instant endedAt();

  /**
   * The time the technician reports for the job (所耗用时间), in whole minutes: the service report's
   * or repair card's labour time — which may differ from {@code endedAt − startedAt} (travel,
   * waiting).
   *
   * @return the minutes, 0 or more
   */
  public abstract long labourMinutes();

  /**
   * The cost of the people sent (人员费用: labour, travel allowances), from the service report and
   * expense claims; contract-stipulated installation guidance fees (合同规定的指导安装调试费用) are
   * left out by the mapping, as the seed excludes them from the total (P11 §五.6).
   *
   * @return the amount, not negative
   */
  public abstract Money serviceCost();

  /**
   * The cost of the material and parts used (材料费用), from the service report's replaced parts.
   *
   * @return the amount, not negative
   */
  public abstract Money materialCost();

  /**
   * The cost of transport (运输费用): freight of parts and items.
   *
   * @return the amount, not negative
   */
  public abstract Money transportCost();

  /**
   * Any other cost of the job (其他费用).
   *
   * @return the amount, not negative
   */
  public abstract Money otherCost();

  /**
   * The job of a request the library closed (SVC-03 on site, SVC-06 in the workshop), mapped as
   * the attributes above describe:
   * <ul>
   *   <li>technician, supervisor and category: the request's;</li>
   *   <li>on site: started at the dispatch (派工; the model records no separate arrival), ended
   *       at the customer's signature on the voucher, labour the service report's minutes;</li>
   *   <li>in the workshop: started when the repair card was opened, ended when the repair was
   *       recorded, labour the service report's minutes plus the repair card's;</li>
   *   <li>service cost: the service report's travel cost (差旅费用, a cost of the people sent);
   *       material cost: the replaced parts of the report and the repair
   *       card at their unit prices; transport and other costs: zero (the model records no
   *       freight; a host that has it builds the job itself).</li>
   * </ul>
   * Amounts are exact, in the currency of the service report's travel cost (a closed request
   * always has a report, and the report's parts are in its currency).
   *
   * @param closed a closed request
   * @param branch the branch of its supervisor's team, from the host's organisation
   * @param kind whether the call was an installation or a dispatch (the host's classification)
   * @return the job
   * @throws InvalidInputException if the request is not closed (path {@code status}) or its
   *     amounts are in more than one currency
   */
  public static ServiceJob of(ServiceRequest closed, UnitId branch, WorkKind kind) {
    if (closed.status() != ServiceRequestStatus.CLOSED) {
      throw InvalidInputException.of("status", MessageBundle.CORE.message(
          "core.workreport.jobNotClosed", "id", closed.id()), closed.status());
    }
    ServiceReport report = closed.report().orElseThrow();
    Optional<RecordRepair> repair = closed.repairRecord();
    Instant started = closed.repairCardOpening().map(OpenRepairCard::openedAt)
        .orElseGet(() -> closed.dispatchedAt().orElseThrow());
    Instant ended = repair.map(RecordRepair::repairedAt)
        .orElseGet(() -> closed.voucherSignedAt().orElseThrow());
    long minutes = report.labourMinutes() + repair.map(RecordRepair::labourMinutes).orElse(0);
    List<ReplacedPart> parts = new ArrayList<>(report.parts());
    repair.ifPresent(r -> parts.addAll(r.parts()));
    Money material = Money.zero(report.travelCost().currency());
    for (ReplacedPart part : parts) {
      material = material.plus(part.amount());
    }
    Money zero = Money.zero(report.travelCost().currency());
    return builder().serviceRequestId(closed.id()).technician(closed.technician().orElseThrow())
        .supervisor(closed.supervisor().orElseThrow()).branch(branch)
        .category(closed.category()).kind(kind).startedAt(started)
        .endedAt(ended).labourMinutes(minutes)
        .serviceCost(report.travelCost())
        .materialCost(material).transportCost(zero).otherCost(zero).build();
  }

  @Value.Check
  void check() {
    if (endedAt().isBefore(startedAt())) {
      throw InvalidInputException.of("endedAt", MessageBundle.CORE.message(
          "core.workreport.endsBeforeStart", "startedAt", startedAt()), endedAt());
    }
    if (labourMinutes() < 0) {
      throw InvalidInputException.of("labourMinutes",
          MessageBundle.CORE.message("core.service.maxNegative"), labourMinutes());
    }
    requireCost("serviceCost", serviceCost());
    requireCost("materialCost", materialCost());
    requireCost("transportCost", transportCost());
    requireCost("otherCost", otherCost());
  }

  private void requireCost(String path, Money cost) {
    if (cost.isNegative()) {
      throw InvalidInputException.of(path,
          MessageBundle.CORE.message("core.workreport.costNegative"), cost);
    }
    if (!cost.currency().equals(serviceCost().currency())) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "core.workreport.currencyMismatch", "currency", serviceCost().currency()), cost);
    }
  }

  /**
   * A builder; every attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceJob}. */
  public static final class Builder extends ImmutableServiceJob.Builder {
    Builder() {}
  }
}
