package org.aftersales.core.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: a repair card (修护卡) is filled in for an item in the workshop and hung on it, SVC-05
 * (P2 §11–12), with the time its repair is promised by (the seed gives none: the command does).
 * Every field is required. Kept on the request once accepted
 * ({@link ServiceRequest#repairCardOpening()}); a request never has two repair cards open.
 *
 * @param requestId the client's request ID; sending the same command again returns the request as
 *     this command left it, with no second change
 * @param serviceRequestId the request
 * @param cardNumber the repair card's number, 1 to 50 characters of {@link PlainText plain text}
 * @param technician the technician who repairs
 * @param promisedBy when the repair is promised to be done, in the supported range, after
 *     {@code openedAt}; truncated to whole microseconds
 * @param openedAt when the card was opened (business timestamp), in the supported range; truncated
 *     to whole microseconds
 */
public record OpenRepairCard(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotBlank @Size(max = 50) @PlainText String cardNumber,
    @NotNull PersonId technician,
    @NotNull @SupportedInstant Instant promisedBy,
    @NotNull @SupportedInstant Instant openedAt) {

  /**
   * Truncates the instants to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary.
   *
   * @param requestId as in the record
   * @param serviceRequestId as in the record
   * @param cardNumber as in the record
   * @param technician as in the record
   * @param promisedBy as in the record
   * @param openedAt as in the record
   */
  public OpenRepairCard {
    promisedBy = promisedBy == null ? null : TimePrecision.stored(promisedBy);
    openedAt = openedAt == null ? null : TimePrecision.stored(openedAt);
  }
}
