package org.aftersales.core.service;

import java.time.Instant;
import org.aftersales.core.shared.Port;

/**
 * The products' warranty and contract entitlements (保修与合同权益查询): the port the host's ERP
 * implements, which knows the sold units, their warranty periods and the maintenance contracts.
 * The testkit has a map-backed adapter for tests.
 *
 * <p>Read-only: a lookup changes nothing, so a registration may call it again on a retry. It must
 * answer the same for the same arguments as long as the ERP's records do not change.
 */
@Port
public interface Entitlements {

  /**
   * What the unit is entitled to at the moment the request was received.
   *
   * @param productModel the product model (产品型号), as on the request
   * @param productSerial the unit's serial number (机号), as on the request
   * @param receivedAt when the request was received; the ERP decides in its business zone whether
   *     the warranty or a contract covered that moment
   * @return the entitlement; {@link Entitlement#none()} for a unit the ERP does not know
   */
  Entitlement lookUp(String productModel, String productSerial, Instant receivedAt);
}
