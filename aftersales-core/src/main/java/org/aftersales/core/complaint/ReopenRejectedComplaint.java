package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.RequestId;

/**
 * Command: the customer rejects the decision on a case, so a new case is raised with a new number,
 * linked to the original (CMP-10, 再填一份新的客户抱怨处理表附原抱怨表).
 *
 * @param requestId the client's request ID; sending the same command again returns the same case
 * @param original the number of the case whose decision was rejected
 * @param receivedAt when the GM office accepted the new case; its number's period comes from it
 * @param customerResponse why the customer rejects the decision, 1 to 4 000 characters
 */
public record ReopenRejectedComplaint(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber original,
    @NotNull Instant receivedAt,
    @NotBlank @Size(max = 4000) String customerResponse) implements NewCaseCommand {

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
