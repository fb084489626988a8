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
 * Command: hand the case to the next department on its route (传递), CMP-05. That step's clock
 * starts at {@code at}, never earlier: a late hand-over does not eat the next department's budget.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param step the step handed over to; must be the route's next step
 * @param at when the department received the case; in the supported range, not before the latest
 *     instant on the routing form; truncated to whole microseconds
 */
public record HandOverComplaint(
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
   * @param step the step
   * @param at the hand-over instant
   */
  public HandOverComplaint {
    at = at == null ? null : TimePrecision.stored(at);
  }
}
