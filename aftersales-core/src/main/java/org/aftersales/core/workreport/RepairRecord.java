package org.aftersales.core.workreport;

import java.time.Instant;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.immutables.value.Value;

/**
 * A completed repair (维修记录), the input of repeat-repair detection (SVC-17): which unit, which
 * fault, when, by whom, and whether the repair was found faulty through the technician's fault.
 * {@link #of(ServiceRequest, OrganizationUnit, boolean)} maps a request the library closed; each
 * attribute says where it comes from.
 *
 * <p>Invariants: no blank text; the technician a member of {@link #group()}.
 */
@Value.Immutable
@DomainValueStyle
public abstract class RepairRecord {

  RepairRecord() {}

  /**
   * The repair's service request: {@code ServiceRequest.id()}.
   *
   * @return the ID
   */
  public abstract ServiceRequestId serviceRequestId();

  /**
   * The product model (产品型号): {@code ServiceRequest.productModel()}.
   *
   * @return the model, not blank
   */
  public abstract String productModel();

  /**
   * The unit's serial number (机号): {@code ServiceRequest.productSerial()}.
   *
   * @return the serial, not blank
   */
  public abstract String unitSerial();

  /**
   * The fault cause code (故障原因代码) from the service report (SVC-16's fault cause), in the
   * host's coding: two repairs have "the same fault" exactly when their codes are equal.
   *
   * @return the code, not blank
   */
  public abstract String faultCause();

  /**
   * When the repair was closed: {@code ServiceRequest.closedAt()}.
   *
   * @return the instant
   */
  public abstract Instant closedAt();

  /**
   * The technician who repaired: {@code ServiceRequest.technician()}.
   *
   * @return the technician
   */
  public abstract PersonId technician();

  /**
   * The technician's group, for the fine case (from the host's organisation).
   *
   * @return the group, of which the technician is a member
   */
  public abstract OrganizationUnit group();

  /**
   * Whether this repair was found to have failed through the technician's own fault (因个人原因),
   * as established when the fault came back (the supervisor's finding on the repeat, recorded on
   * the repair that failed). A repeat of a repair not at fault is detected but not fined.
   *
   * @return true if the technician was at fault (default false)
   */
  @Value.Default
  public boolean technicianAtFault() {
    return false;
  }

  /**
   * The record of a request the library closed: its product model and serial, the service
   * report's fault cause (故障原因, compared exactly as text — a host with a fault-code list
   * builds the record with the code instead), the closing time and the technician dispatched.
   *
   * @param closed a closed request with a service report
   * @param group the technician's group, for the fine case (from the host's organisation)
   * @param technicianAtFault whether this repair failed through the technician's own fault (the
   *     supervisor's finding once the fault came back; false until then)
   * @return the record
   * @throws InvalidInputException if the request is not closed (path {@code status}) or the
   *     technician is not a member of {@code group}
   */
  public static RepairRecord of(ServiceRequest closed, OrganizationUnit group,
      boolean technicianAtFault) {
    if (closed.status() != ServiceRequestStatus.CLOSED) {
      throw InvalidInputException.of("status", MessageBundle.CORE.message(
          "core.workreport.jobNotClosed", "id", closed.id()), closed.status());
    }
    return builder().serviceRequestId(closed.id()).productModel(closed.productModel())
        .unitSerial(closed.productSerial()).faultCause(closed.report().orElseThrow().faultCause())
        .closedAt(closed.closedAt().orElseThrow()).technician(closed.technician().orElseThrow())
        .group(group).technicianAtFault(technicianAtFault).build();
  }

  @Value.Check
  void check() {
    requireText("productModel", productModel());
    requireText("unitSerial", unitSerial());
    requireText("faultCause", faultCause());
    if (group().members().stream().noneMatch(m -> m.person().equals(technician()))) {
      throw InvalidInputException.of("technician", MessageBundle.CORE.message(
          "core.penalty.notInGroup", "group", group().id()), technician());
    }
  }

  private static void requireText(String path, String text) {
    if (text.isBlank()) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message("core.identifier.blank"));
    }
  }

  /**
   * Whether {@code other} is a repair of the same fault on the same unit: equal model, serial and
   * fault cause (exact comparison).
   *
   * @param other another record
   * @return true for the same unit and fault
   */
  public boolean sameUnitAndFault(RepairRecord other) {
    return productModel().equals(other.productModel()) && unitSerial().equals(other.unitSerial())
        && faultCause().equals(other.faultCause());
  }

  /**
   * A builder; every attribute but {@code technicianAtFault} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepairRecord}. */
  public static final class Builder extends ImmutableRepairRecord.Builder {
    Builder() {}
  }
}
