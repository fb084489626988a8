package org.aftersales.core.contract;

import java.time.Period;
import org.aftersales.core.shared.InvalidInputException;

/**
 * The offsets of property after-sales (房产售后, CON-09, P9 §二.4, 9, 10): the move-in notice is
 * due {@code moveInNoticeWithin} after completion acceptance (竣工验收后立即通知: zero days by
 * default), the title documents {@code titleDocumentsWithin} after delivery (房屋交付后的三个月内).
 * Month arithmetic clamps to the month's last day (30 November + 3 months = 28 or 29 February).
 * Immutable and thread-safe.
 *
 * @param moveInNoticeWithin the time from completion acceptance to the move-in notice; not
 *     negative
 * @param titleDocumentsWithin the time from delivery to the title documents; not negative
 */
public record PropertyAfterSalesTerms(Period moveInNoticeWithin, Period titleDocumentsWithin) {

  /**
   * Validates the offsets.
   *
   * @param moveInNoticeWithin from completion acceptance to the move-in notice
   * @param titleDocumentsWithin from delivery to the title documents
   * @throws InvalidInputException if an offset has a negative unit
   */
  public PropertyAfterSalesTerms {
    HandoverTerms.requireNotNegative(moveInNoticeWithin, "moveInNoticeWithin");
    HandoverTerms.requireNotNegative(titleDocumentsWithin, "titleDocumentsWithin");
  }

  /**
   * The seed's offsets: the move-in notice at once (the day of completion acceptance), the title
   * documents within three months of delivery.
   *
   * @return zero days and three months
   */
  public static PropertyAfterSalesTerms seed() {
    return new PropertyAfterSalesTerms(Period.ZERO, Period.ofMonths(3));
  }
}
