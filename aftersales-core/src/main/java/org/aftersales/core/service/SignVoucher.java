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
 * Command: the customer signs the service voucher (服务凭证签字) on site, the job done, SVC-03.
 * Every field is required. Kept on the request once accepted
 * ({@link ServiceRequest#voucherSigning()}).
 *
 * @param requestId the client's request ID; sending the same command again returns the request
 *     as this command left it, with no second change
 * @param serviceRequestId the request whose voucher is signed
 * @param signedBy the name of who signed for the customer, 1 to 200 characters of
 *     {@link PlainText plain text}
 * @param signedAt when it was signed (business timestamp), in the supported range; truncated to
 *     whole microseconds on construction ({@link TimePrecision})
 */
public record SignVoucher(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotBlank @Size(max = 200) @PlainText String signedBy,
    @NotNull @SupportedInstant Instant signedAt) {

  /**
   * Truncates {@code signedAt} to the stored precision; every field is validated at the use
   * case's boundary.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request
   * @param signedBy who signed
   * @param signedAt when
   */
  public SignVoucher {
    signedAt = signedAt == null ? null : TimePrecision.stored(signedAt);
  }
}
