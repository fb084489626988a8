package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The in-memory property sale store keeps the port's contract, and its own helpers answer what is
 * stored.
 * // rule: CON-09
 */
class InMemoryPropertySalesTest extends PropertySalesContract {

  private final InMemoryPropertySales adapter =
      InMemoryPropertySales.over(InMemoryDatabase.create());

  @Override
  protected PropertySales freshAdapter() {
    return adapter.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return adapter.outbox();
  }

  private static PropertySale sale(String contract) {
    return PropertySale.of(ContractId.of(contract), PropertyPaymentMethod.LUMP_SUM,
        List.of(LocalDate.of(2027, 1, 15)), PropertyAfterSalesTerms.seed());
  }

  @Test
  void a_store_of_its_own_lists_its_sales_by_contract_and_describes_itself() {
    InMemoryPropertySales own = InMemoryPropertySales.create();
    assertEquals("InMemoryPropertySales[0 stored]", own.toString());
    PropertySale b = own.save(sale("GF-B"), List.of());
    PropertySale a = own.save(sale("GF-A"), List.of());
    assertEquals(List.of(a, b), own.all());
    assertEquals(List.of(a, b), own.freshInstanceOverSameStorage().all());
    assertEquals("InMemoryPropertySales[2 stored]", own.toString());
  }

  @Test
  void stores_over_different_databases_share_nothing() {
    InMemoryPropertySales one = InMemoryPropertySales.create();
    InMemoryPropertySales other = InMemoryPropertySales.create();
    one.save(sale("GF-A"), List.of());
    assertEquals(List.of(), other.all());
    // rule: CON-09 — the lump sum of 15 January 2027, answered for that day alone.
    assertEquals(List.of(), other.dueBetween(LocalDate.of(2027, 1, 15),
        LocalDate.of(2027, 1, 16), 10));
    assertEquals(1, one.dueBetween(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 16), 10)
        .size());
  }
}
