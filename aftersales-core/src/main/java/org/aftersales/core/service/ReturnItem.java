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
 * Command: the repaired item is returned to the customer, SVC-06 / SVC-07 (P2 §12–13): the
 * return date is logged in the item in/out register, the customer signs (签章) on return, the
 * customer item receipt is taken back and voided (收据作废), the voucher archived — the request is
 * closed — and a paid repair is invoiced on the day of return. Every field is required. Kept on
 * the request once accepted ({@link ServiceRequest#itemReturn()}).
 *
 * @param requestId the client's request ID; sending the same command again returns the request as
 *     this command left it, with no second change
 * @param serviceRequestId the request
 * @param receiptNumber the number of the receipt taken back (must be the one issued), 1 to 50
 *     characters of {@link PlainText plain text}
 * @param signedBy who signed for the customer on return, 1 to 200 characters of plain text
 * @param returnedBy the clerk who returned the item and archived the voucher
 * @param returnedAt when the item was returned (business timestamp), in the supported range, not
 *     before the inspection; the closing time; truncated to whole microseconds
 */
public record ReturnItem(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotBlank @Size(max = 50) @PlainText String receiptNumber,
    @NotBlank @Size(max = 200) @PlainText String signedBy,
    @NotNull PersonId returnedBy,
    @NotNull @SupportedInstant Instant returnedAt) {

  /**
   * Truncates the instants to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary.
   *
   * @param requestId as in the record
   * @param serviceRequestId as in the record
   * @param receiptNumber as in the record
   * @param signedBy as in the record
   * @param returnedBy as in the record
   * @param returnedAt as in the record
   */
  public ReturnItem {
    returnedAt = returnedAt == null ? null : TimePrecision.stored(returnedAt);
  }
}
