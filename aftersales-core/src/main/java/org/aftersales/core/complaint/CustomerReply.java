package org.aftersales.core.complaint;

/**
 * How the customer is told the outcome (答复方式), SUR-04: a serious complaint is answered in
 * writing; a general one in writing or by phone.
 */
public enum CustomerReply {
  /** In writing (书面答复). */
  WRITTEN,
  /** By phone (电话答复). */
  PHONE
}
