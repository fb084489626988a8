package org.aftersales.core.workreport;

import java.time.Instant;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.immutables.value.Value;

/**
 * One job a technician did (服务作业), the input of the daily reports (SVC-09) and the monthly
 * statistics (SVC-18). The host, or the library's lifecycle once it models on-site completion,
 * maps each completed {@link org.aftersales.core.service.ServiceRequest} to one job; each
 * attribute says where it comes from.
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
   * When the work started: the arrival on site (or, for a workshop repair, the repair card's
   * start), from the lifecycle's completion record. The job belongs to the business day and
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
