package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.UseCase;

/**
 * The property after-sales register (商品房售后登记), CON-09: register a sale with its payment
 * schedule, record the completion acceptance (竣工验收, which starts the move-in notice) and the
 * delivery (交房, which starts the three months for the title documents). The
 * {@link PropertyReminders} issue the reminders.
 *
 * <p><b>Failure semantics.</b> Idempotent by content: registering an equal sale again, or
 * recording the same day again, answers the stored sale; a corrected day replaces the earlier one
 * (its reminder is due afresh). Nothing is written on a refusal. A save that loses a race reads
 * again and applies again, up to {@value ContractObligations#ATTEMPTS} attempts, then
 * {@link ConcurrentUpdateException}. Port calls: {@code PropertySales.find},
 * {@code PropertySales.save}, both again per further attempt. Thread-safe if its port is.
 */
@UseCase
public final class PropertyAfterSales {

  private final PropertySales sales;

  /**
   * Wires the register.
   *
   * @param sales the stored sales
   */
  public PropertyAfterSales(PropertySales sales) {
    this.sales = requireNonNull(sales, "sales");
  }

  /**
   * Stores a new sale ({@link PropertySale#of}); an equal one again answers the stored one.
   *
   * @param sale the sale, never stored
   * @return the stored sale
   * @throws InvalidInputException if another sale is stored under the contract
   */
  public PropertySale register(PropertySale sale) {
    requireNonNull(sale, "sale");
    return StoredSteps.create(() -> sales.find(sale.contract()),
        stored -> stored.withVersion(sale.version()).equals(sale),
        () -> InvalidInputException.of("sale.contract", MessageBundle.CORE.message(
            "core.contract.otherStored", "kind", MessageBundle.CORE.message("core.property.kind")),
            sale.contract()),
        () -> sales.save(sale, List.of()));
  }

  /**
   * Records the completion acceptance (竣工验收): the move-in notice is due from it.
   *
   * @param contract the purchase contract
   * @param day the day of the acceptance, a calendar date of the business's zone
   * @return the stored sale
   * @throws NotFoundException if no sale is stored under the contract
   * @throws InvalidInputException if the day, or the notice's day, is outside the supported range
   */
  public PropertySale completionAccepted(ContractId contract, LocalDate day) {
    requireNonNull(day, "day");
    return apply(contract, s -> s.completionAccepted(day));
  }

  /**
   * Records the delivery (交房): the title documents are due three months later by default.
   *
   * @param contract the purchase contract
   * @param day the day of the delivery, a calendar date of the business's zone
   * @return the stored sale
   * @throws NotFoundException if no sale is stored under the contract
   * @throws InvalidInputException if the day, or the documents' day, is outside the supported
   *     range
   */
  public PropertySale delivered(ContractId contract, LocalDate day) {
    requireNonNull(day, "day");
    return apply(contract, s -> s.delivered(day));
  }

  private PropertySale apply(ContractId contract, UnaryOperator<PropertySale> step) {
    requireNonNull(contract, "contract");
    return StoredSteps.update(() -> sales.find(contract).orElseThrow(
        () -> new NotFoundException(MessageBundle.CORE.message("core.property.kind"),
            contract.value())), step, next -> sales.save(next, List.of()));
  }
}
