package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.aftersales.core.shared.Money;

/**
 * How a paid job (category A) was settled (收费方式), SVC-04 / SVC-07, kept on the closed request
 * so that a host can print it in the register.
 *
 * @param collectedOnSite true if the technician collected the amount on site (当场收费, the
 *     invoice sent after); false if an invoice is due (开具发票，另行收费)
 * @param amount the amount due, exact, not negative
 * @param day the business day of the collection or the invoice, cut in the business zone
 */
public record Settlement(boolean collectedOnSite, Money amount, LocalDate day) {

  /**
   * Checks the fields.
   *
   * @param collectedOnSite whether collected on site
   * @param amount the amount
   * @param day the day
   */
  public Settlement {
    requireNonNull(amount, "amount");
    requireNonNull(day, "day");
  }
}
