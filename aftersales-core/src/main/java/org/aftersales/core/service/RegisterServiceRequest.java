package org.aftersales.core.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: register a customer's call for service in the 叫修登记簿 (叫修登记), SVC-02. Every field
 * is required; lengths are in UTF-16 units.
 *
 * @param requestId the client's request ID; sending the same command again returns the same
 *     request
 * @param serviceRequestId the request's identity, chosen by the ERP
 * @param receivedAt when the call was received (business timestamp), in the supported range
 *     ({@link SupportedInstant}); truncated to whole microseconds on construction
 *     ({@link TimePrecision})
 * @param customerName the customer (客户名称), 1 to 200 characters of {@link PlainText plain text}
 * @param address where the service is needed (地址), 1 to 500 characters of plain text
 * @param phone the customer's phone (电话), 1 to 40 characters of plain text
 * @param productModel the product model (产品型号), 1 to 100 characters of plain text
 * @param productSerial the unit's serial number (机号), 1 to 100 characters of plain text
 * @param zone the service zone (服务区域) the address lies in
 * @param channel how the call came in
 * @param problem what the customer reports (故障描述), 1 to 4 000 characters of plain text
 */
public record RegisterServiceRequest(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @NotNull @SupportedInstant Instant receivedAt,
    @NotBlank @Size(max = 200) @PlainText String customerName,
    @NotBlank @Size(max = 500) @PlainText String address,
    @NotBlank @Size(max = 40) @PlainText String phone,
    @NotBlank @Size(max = 100) @PlainText String productModel,
    @NotBlank @Size(max = 100) @PlainText String productSerial,
    @NotNull ServiceZone zone,
    @NotNull ServiceChannel channel,
    @NotBlank @Size(max = 4000) @PlainText String problem) {

  /**
   * Truncates {@code receivedAt} to the stored precision; every field is validated at the use
   * case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param serviceRequestId the request's identity
   * @param receivedAt when the call was received
   * @param customerName the customer
   * @param address the address
   * @param phone the phone
   * @param productModel the product model
   * @param productSerial the serial number
   * @param zone the service zone
   * @param channel the channel
   * @param problem the reported problem
   */
  public RegisterServiceRequest {
    receivedAt = receivedAt == null ? null : TimePrecision.stored(receivedAt);
  }
}
