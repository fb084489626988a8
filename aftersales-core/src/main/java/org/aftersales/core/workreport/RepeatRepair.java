package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A repeat repair (重复维修), SVC-17: the same fault on the same unit repaired again after an earlier
 * repair, within the policy's window.
 *
 * @param first the earlier repair, the one that did not hold
 * @param repeat the repair of the same fault after it
 */
public record RepeatRepair(RepairRecord first, RepairRecord repeat) {

  /**
   * Checks the fields.
   *
   * @param first the earlier repair
   * @param repeat the later one
   * @throws InvalidInputException if the two are not of the same unit and fault, or the repeat
   *     is not after the first (path {@code repeat})
   */
  public RepeatRepair {
    requireNonNull(first, "first");
    requireNonNull(repeat, "repeat");
    if (!first.sameUnitAndFault(repeat) || repeat.closedAt().isBefore(first.closedAt())
        || first.serviceRequestId().equals(repeat.serviceRequestId())) {
      throw InvalidInputException.of("repeat", MessageBundle.CORE.message(
          "core.workreport.notARepeat", "first", first.serviceRequestId()),
          repeat.serviceRequestId());
    }
  }

  /**
   * The fine case for the first repair's technician (SVC-17, PEN-11), when the first repair
   * failed through the technician's fault: kind {@link FineKind#REPEAT_REPAIR}, occurred when the
   * repeat was closed.
   *
   * @return the case, or empty if the technician was not at fault
   */
  public Optional<FineCase> fineCase() {
    if (!first.technicianAtFault()) {
      return Optional.empty();
    }
    return Optional.of(FineCase.builder().kind(FineKind.REPEAT_REPAIR)
        .occurredAt(repeat.closedAt()).responsible(first.technician()).group(first.group())
        .build());
  }
}
