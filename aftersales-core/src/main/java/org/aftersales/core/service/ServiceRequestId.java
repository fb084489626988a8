package org.aftersales.core.service;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a service request (服务请求编号), chosen by the host's ERP — the library draws no
 * number for service requests. Immutable and thread-safe; see {@link Identifier} for what a valid
 * identifier is (compared case-sensitively).
 */
public final class ServiceRequestId extends Identifier<ServiceRequestId> {

  private static final long serialVersionUID = 1L;

  private ServiceRequestId(String value) {
    super(value);
  }

  /**
   * Wraps a service request identifier.
   *
   * @param value the ERP's key or document number of the request
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static ServiceRequestId of(String value) {
    return new ServiceRequestId(value);
  }
}
