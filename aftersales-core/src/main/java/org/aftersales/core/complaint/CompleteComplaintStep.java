package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the department holding the case completes its step (完成), CMP-05.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param step the step completed; must be the open step (named so that a late or misdirected
 *     command cannot complete another department's step)
 * @param at when it was completed; in the supported range, not before the step's hand-over;
 *     truncated to whole microseconds
 */
public record CompleteComplaintStep(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull Milestone step,
    @NotNull @SupportedInstant Instant at) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param number the case
   * @param step the open step
   * @param at the completion instant
   */
  public CompleteComplaintStep {
    at = at == null ? null : TimePrecision.stored(at);
  }
}
