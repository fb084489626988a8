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
 * Command: send the case back to an earlier department (退回) with a reason, CMP-05. The time the
 * open step spent is kept as its own entry; the earlier step starts again at {@code at}.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param step the earlier step the case goes back to
 * @param at when it was returned; in the supported range; truncated to whole microseconds
 * @param reason why, 1 to 2 000 characters of plain text
 */
public record ReturnComplaintStep(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull Milestone step,
    @NotNull @SupportedInstant Instant at,
    @NotBlank @Size(max = 2000) @PlainText String reason) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param number the case
   * @param step the earlier step
   * @param at the return instant
   * @param reason the reason
   */
  public ReturnComplaintStep {
    at = at == null ? null : TimePrecision.stored(at);
  }
}
