package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: close a decided case (结案), CMP-09 — the closed form goes to its recipients (by
 * default QA, manufacturing, sales, accounting and the GM office) and the customer is told the
 * outcome (SUR-04).
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param closedAt when it was closed: the case's clocks stop here; in the supported range, not
 *     before the decision; truncated to whole microseconds
 * @param reply how the customer was told the outcome: in writing for a serious complaint, in
 *     writing or by phone for a general one
 */
public record CloseComplaint(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull @SupportedInstant Instant closedAt,
    @NotNull CustomerReply reply) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary.
   *
   * @param requestId the request ID
   * @param number the case
   * @param closedAt the closing instant
   * @param reply how the customer was told
   */
  public CloseComplaint {
    closedAt = closedAt == null ? null : TimePrecision.stored(closedAt);
  }
}
