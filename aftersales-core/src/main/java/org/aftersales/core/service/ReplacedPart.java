package org.aftersales.core.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.PlainText;

/**
 * A part replaced during a job (配换零件), as written on the service report (服务报告, SVC-16) or
 * the repair card (修护卡, SVC-06). Every field is required and validated at the use case's
 * boundary.
 *
 * @param partNumber the part's number (零件编号), 1 to 100 characters of {@link PlainText plain
 *     text}
 * @param quantity how many were fitted, 1 to 10 000
 * @param unitPrice the price of one part (单价), exact, not negative; in the currency the use case is
 *     configured with (checked by the use case)
 */
public record ReplacedPart(
    @NotBlank @Size(max = 100) @PlainText String partNumber,
    @Min(1) @Max(10_000) int quantity,
    @NotNull Money unitPrice) {

  /**
   * What the parts of this line cost: {@code unitPrice × quantity}, exact.
   *
   * @return the line's amount, in the unit price's currency
   */
  public Money amount() {
    return unitPrice.multipliedBy(quantity);
  }
}
