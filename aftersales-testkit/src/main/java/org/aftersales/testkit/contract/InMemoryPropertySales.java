package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link PropertySales} repository (商品房销售档案) for tests and demos. It
 * keeps the port's whole contract: optimistic versions, the change's events written to the outbox
 * with the sale, nothing written on a refusal, nothing ever deleted, the reminder run's query by
 * contract ID. Its table lives in an {@link InMemoryDatabase} beside the outbox of the same database
 * ({@link #over}, {@link #create()}, {@link #freshInstanceOverSameStorage()}); the query scans
 * every stored sale (fine for tests; a database adapter indexes the days).
 */
public final class InMemoryPropertySales implements PropertySales {

  private final VersionedTable<ContractId, PropertySale> table;

  private InMemoryPropertySales(InMemoryDatabase database) {
    this.table = new VersionedTable<>(database, "propertySales.byContract",
        MessageBundle.CORE.message("core.property.kind"), PropertySale::contract, PropertySale::version,
        PropertySale::withVersion);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryPropertySales create() {
    return new InMemoryPropertySales(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryPropertySales over(InMemoryDatabase database) {
    return new InMemoryPropertySales(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryPropertySales freshInstanceOverSameStorage() {
    return new InMemoryPropertySales(table.database());
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return table.outbox();
  }

  @Override
  public Optional<PropertySale> find(ContractId id) {
    return table.find(id);
  }

  @Override
  public PropertySale save(PropertySale sale, List<OutboxEvent> events) {
    return table.save(sale, events);
  }

  @Override
  public List<PropertySale> dueBetween(LocalDate from, LocalDate to, int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(null, max, v -> due(v, from, to));
  }

  @Override
  public List<PropertySale> dueBetweenAfter(LocalDate from, LocalDate to, ContractId after, int max) {
    VersionedTable.requireWindow(from, to);
    return table.page(requireNonNull(after, "after"), max, v -> due(v, from, to));
  }

  /**
   * Everything stored, by contract ID.
   *
   * @return a snapshot
   */
  public List<PropertySale> all() {
    return table.all();
  }

  private static boolean due(PropertySale sale, LocalDate from, LocalDate to) {
    return sale.reminders().stream().anyMatch(r -> inWindow(r.due(), from, to));
  }

  private static boolean inWindow(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && day.isBefore(to);
  }

  /**
   * E.g. {@code InMemoryPropertySales[3 stored]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryPropertySales[" + table.size() + " stored]";
  }
}
