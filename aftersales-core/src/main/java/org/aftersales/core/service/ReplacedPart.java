package org.aftersales.core.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.Violation;

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

  /**
   * The unit prices among {@code parts} that are not in {@code currency} or are negative, each
   * as a violation at {@code path[i].unitPrice}.
   *
   * @param path the list's path in its command
   * @param parts the parts
   * @param currency the currency the use case is configured with
   * @return the violations, empty if every price is fine
   */
  public static List<Violation> priceViolations(String path, List<ReplacedPart> parts,
      Currency currency) {
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      checkAmount(found, path + "[" + i + "].unitPrice", parts.get(i).unitPrice(), currency);
    }
    return found;
  }

  /** Adds a violation at {@code path} if {@code amount} is in another currency or negative. */
  static void checkAmount(List<Violation> found, String path, Money amount, Currency currency) {
    if (!amount.currency().equals(currency)) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.lifecycle.currency",
          "currency", currency.getCurrencyCode()), amount));
    } else if (amount.isNegative()) {
      found.add(Violation.of(path, MessageBundle.CORE.message("core.lifecycle.negativeAmount"),
          amount));
    }
  }
}
