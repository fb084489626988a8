package org.aftersales.core.service;

/**
 * How a service request reached the service department (叫修渠道).
 */
public enum ServiceChannel {
  /** A call to the service department's phone (电话叫修). */
  PHONE,
  /** A call to the customer-service hotline (服务热线). */
  HOTLINE,
  /** The customer came to the service point (上门/来店). */
  WALK_IN,
  /** A written request: fax, e-mail, letter or web form (书面/网上). */
  WRITTEN,
  /** Passed on by a salesperson or another department (内部转交). */
  REFERRAL
}
