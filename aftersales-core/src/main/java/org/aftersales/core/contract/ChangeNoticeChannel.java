package org.aftersales.core.contract;

/**
 * How the customer was told of a planned change (告知方式, CON-07). The seed does not name the
 * channels; these are the usual ones of the source policies (letters, fax, phone, visits).
 */
public enum ChangeNoticeChannel {
  /** A letter, a fax or another written notice (书面). */
  IN_WRITING,
  /** An e-mail (电子邮件). */
  EMAIL,
  /** A phone call (电话). */
  PHONE,
  /** In person (当面). */
  IN_PERSON
}
