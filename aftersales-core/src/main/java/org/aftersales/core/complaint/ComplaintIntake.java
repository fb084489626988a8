package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.Violation;

/**
 * What sales writes on the complaint form before the GM office accepts it (客户抱怨处理表的受理
 * 内容), CMP-02: the order and part, the quantities, the ship date, the customer's demand, the
 * market and the severity. A quality issue that caused no loss is not a complaint case: it is
 * filed as an exception sheet (异常处理单) in the host's quality system, and the registration
 * refuses it (CMP-02).
 *
 * <p>Jakarta constraints are checked at the use case's boundary, with every other problem of the
 * command; the cross-field checks (defective and returned quantities within the delivered one) are
 * checked there as well, by {@link #requireConsistent()}.
 *
 * @param customerName the complaining customer, 1 to 200 characters of plain text
 * @param description what the customer complains about, 1 to 4 000 characters of plain text
 * @param orderNumber the customer's order (订单号), 1 to 64 characters of plain text
 * @param partNumber the part (料号), 1 to 64 characters of plain text
 * @param deliveredQuantity the quantity shipped on the order line (出货数量), pieces, at least 1
 * @param shipDate the ship date (出货日期), a calendar date in the business zone
 * @param defectiveQuantity the defective quantity the customer reports (不良数量), pieces, 0 to
 *     {@code deliveredQuantity}
 * @param demand the customer's demand (客户要求), 1 to 2 000 characters of plain text
 * @param demandedReturn the quantity the customer asks to return, possibly undetermined; at most
 *     {@code deliveredQuantity}
 * @param market domestic (内销) or overseas (外销): which routing budgets and closing limit apply
 * @param severity general or serious (SUR-04)
 * @param causedLoss whether the issue caused a loss; false means it belongs on an exception sheet
 */
public record ComplaintIntake(
    @NotBlank @Size(max = 200) @PlainText String customerName,
    @NotBlank @Size(max = 4000) @PlainText String description,
    @NotBlank @Size(max = 64) @PlainText String orderNumber,
    @NotBlank @Size(max = 64) @PlainText String partNumber,
    @Positive long deliveredQuantity,
    @NotNull LocalDate shipDate,
    @PositiveOrZero long defectiveQuantity,
    @NotBlank @Size(max = 2000) @PlainText String demand,
    @NotNull DemandedReturn demandedReturn,
    @NotNull ServiceZone market,
    @NotNull ComplaintSeverity severity,
    boolean causedLoss) {

  /**
   * Throws the cross-field problems of the form, all of them together: the defective quantity or
   * the demanded return above the delivered quantity.
   *
   * @throws InvalidInputException naming each quantity that exceeds the delivered one
   */
  public void requireConsistent() {
    List<Violation> found = new ArrayList<>();
    if (defectiveQuantity > deliveredQuantity) {
      found.add(Violation.of("intake.defectiveQuantity", MessageBundle.CORE.message(
          "core.intake.overDelivered", "delivered", deliveredQuantity), defectiveQuantity));
    }
    if (demandedReturn != null && demandedReturn.quantity() > deliveredQuantity) {
      found.add(Violation.of("intake.demandedReturn", MessageBundle.CORE.message(
          "core.intake.overDelivered", "delivered", deliveredQuantity),
          demandedReturn.quantity()));
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
