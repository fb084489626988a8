package org.aftersales.core.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: a job not fixable on site (现场不能处理妥善者) — the technician takes the item back to
 * the workshop, SVC-05 (P2 §11): he issues a customer item receipt (客户商品领取收据) to the
 * customer, the customer signs the service voucher (服务凭证), and the item is logged in the
 * item in/out register (客户商品进出登记簿) as in custody. Every field is required. Kept on the
 * request once accepted ({@link ServiceRequest#workshopIntake()}).
 *
 * @param requestId the client's request ID; sending the same command again returns the request as
 *     this command left it, with no second change
 * @param serviceRequestId the request
 * @param receiptNumber the number of the customer item receipt issued, 1 to 50 characters of {@link
 *     PlainText plain text}; taken back and voided on return
 * @param signedBy the name of who signed the voucher for the customer, 1 to 200 characters of plain
 *     text
 * @param takenAt when the item was taken (business timestamp), in the supported range; truncated to
 *     whole microseconds on construction
 */
public record TakeItemToWorkshop(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotBlank @Size(max = 50) @PlainText String receiptNumber,
    @NotBlank @Size(max = 200) @PlainText String signedBy,
    @NotNull @SupportedInstant Instant takenAt) {

  /**
   * Truncates the instants to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary.
   *
   * @param requestId as in the record
   * @param serviceRequestId as in the record
   * @param receiptNumber as in the record
   * @param signedBy as in the record
   * @param takenAt as in the record
   */
  public TakeItemToWorkshop {
    takenAt = takenAt == null ? null : TimePrecision.stored(takenAt);
  }
}
