package org.aftersales.core.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: register a customer complaint (登记投诉) and give it the next 年度(××)月份(××)流水编号(××)
 * number (CMP-01).
 *
 * @param requestId the client's request ID; sending the same command again returns the same case
 * @param receivedAt when the GM office accepted the complaint — the number's period comes from it,
 *     read in the numbering's business zone; in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 * @param intake the intake form sales filled in (CMP-02): customer, complaint, order and part,
 *     quantities, ship date, demand, market, severity; an issue without loss is refused (it goes
 *     on an exception sheet)
 */
public record RegisterComplaint(
    @NotNull RequestId requestId,
    @NotNull @SupportedInstant Instant receivedAt,
    @NotNull @Valid ComplaintIntake intake) implements NewCaseCommand {

  /**
   * Truncates {@code receivedAt} to the stored precision; every field is validated at the use
   * case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param receivedAt the acceptance time
   * @param intake the intake form
   */
  public RegisterComplaint {
    receivedAt = receivedAt == null ? null : TimePrecision.stored(receivedAt);
  }

  /**
   * Whether {@code other} is this registration sent again: a registration with equal request ID,
   * acceptance time and intake form.
   *
   * @param other the command that opened the case stored under this request ID
   * @return true if it is the same request
   */
  @Override
  public boolean isRepeatOf(NewCaseCommand other) {
    return equals(other);
  }
}
