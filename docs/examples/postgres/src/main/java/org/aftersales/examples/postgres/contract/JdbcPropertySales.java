package org.aftersales.examples.postgres.contract;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.PropertyReminder;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The {@link PropertySales} port over PostgreSQL (商品房销售档案, CON-09): table
 * {@code property_sale} — the purchase contract's ID as key, {@code version}, the sale as a
 * {@code jsonb} document (payment method and schedule, terms, completion acceptance, delivery) —
 * and its child table {@code property_sale_reminder}, one row per day a reminder of the sale is
 * due (index {@code property_sale_reminder_due}), for the reminder run's query.
 *
 * <p>{@link #save} inserts a new sale ({@code INSERT … ON CONFLICT DO NOTHING}) or updates the
 * stored one where its version is the one the sale carries ({@code UPDATE … WHERE contract_id = ?
 * AND version = ?}), then replaces the sale's reminder days (a corrected delivery moves its title
 * documents reminder) and appends the change's events to {@code outbox_event}, all in one
 * {@link ConnectionSource#atomically} call: the host's transaction when one is open, else one of
 * its own. The sale's row lock orders concurrent saves, so the reminder rows are only ever written
 * by the save holding it; a refusal ({@link org.aftersales.core.shared.ConcurrentUpdateException})
 * leaves nothing written and the host's transaction usable. Reads take no lock and rebuild the
 * sale through {@link PropertySale#of}, {@link PropertySale#completionAccepted} and
 * {@link PropertySale#delivered}, which check it again. Thread-safe.
 */
public final class JdbcPropertySales implements PropertySales {

  /** The table. */
  static final String TABLE = "property_sale";
  /** Its key column. */
  static final String KEY = "contract_id";
  /** The run query's filter over the row {@code t}: its parameters are the window's. */
  static final String RUN_FILTER = "EXISTS (SELECT 1 FROM property_sale_reminder r"
      + " WHERE r.contract_id = t.contract_id AND r.due >= ? AND r.due < ?)";

  /** The document of a stored value. */
  static final DocumentTable.Codec<PropertySale> CODEC = DocumentTable.Codec.via(
      ContractDocuments.Sale::of, ContractDocuments.Sale.class, ContractDocuments.Sale::sale);

  private final DocumentTable<ContractId, PropertySale> table;

  /**
   * A repository over the database behind {@code connections}.
   *
   * @param connections where the connection comes from (the host's transaction or its own)
   * @param json the documents' JSON form
   */
  public JdbcPropertySales(ConnectionSource connections, AftersalesJson json) {
    this.table = new DocumentTable<>(connections, json, TABLE, KEY,
        List.of(), MessageBundle.CORE.message("core.property.kind"), PropertySale::contract,
        PropertySale::version, PropertySale::withVersion,
        CODEC,
        (s, i, sale) -> i, JdbcPropertySales::writeReminderDays);
  }

  private static void writeReminderDays(Connection c, ContractId contract, PropertySale sale)
      throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(
        "DELETE FROM property_sale_reminder WHERE contract_id = ?")) {
      delete.setString(1, contract.value());
      delete.executeUpdate();
    }
    List<LocalDate> days = sale.reminders().stream().map(PropertyReminder::due).distinct()
        .toList();
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO property_sale_reminder (contract_id, due) VALUES (?, ?)")) {
      for (LocalDate day : days) {
        insert.setString(1, contract.value());
        insert.setObject(2, day);
        insert.addBatch();
      }
      insert.executeBatch();
    }
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
    return due(from, to, null, max);
  }

  @Override
  public List<PropertySale> dueBetweenAfter(LocalDate from, LocalDate to, ContractId after,
      int max) {
    return due(from, to, requireNonNull(after, "after"), max);
  }

  private List<PropertySale> due(LocalDate from, LocalDate to, ContractId after, int max) {
    DocumentTable.requireWindow(from, to);
    return table.page(RUN_FILTER, (s, i) -> {
      s.setObject(i, from);
      s.setObject(i + 1, to);
      return i + 2;
    }, after, max);
  }

  /**
   * E.g. {@code JdbcPropertySales[property_sale]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcPropertySales[property_sale]";
  }
}
