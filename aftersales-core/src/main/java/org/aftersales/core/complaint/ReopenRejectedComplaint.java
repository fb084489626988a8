package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the customer rejects the decision on a case, so a new case is raised with a new number,
 * linked to the original (CMP-10, 再填一份新的客户抱怨处理表附原抱怨表).
 *
 * @param requestId the client's request ID; sending the same command again returns the same case
 * @param original the number of the case whose decision was rejected
 * @param receivedAt when the GM office accepted the new case; its number's period comes from it;
 *     in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction ({@link TimePrecision})
 * @param customerResponse why the customer rejects the decision, 1 to 4 000 characters of
 *     {@link PlainText plain text}
 */
public record ReopenRejectedComplaint(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber original,
    @NotNull @SupportedInstant Instant receivedAt,
    @NotBlank @Size(max = 4000) @PlainText String customerResponse) implements NewCaseCommand {

  /**
   * Truncates {@code receivedAt} to the stored precision; every field is validated at the use
   * case's boundary, not here.
   *
   * @param requestId the request ID
   * @param original the rejected case's number
   * @param receivedAt the acceptance time
   * @param customerResponse the customer's response
   */
  public ReopenRejectedComplaint {
    receivedAt = receivedAt == null ? null : TimePrecision.stored(receivedAt);
  }

  /**
   * Whether {@code other} is this rejection sent again: a rejection with equal request ID,
   * original case, acceptance time and customer response.
   *
   * @param other the command that opened the case stored under this request ID
   * @return true if it is the same request
   */
  @Override
  public boolean isRepeatOf(NewCaseCommand other) {
    return equals(other);
  }
}
