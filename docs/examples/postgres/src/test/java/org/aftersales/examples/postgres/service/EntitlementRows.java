package org.aftersales.examples.postgres.service;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.testkit.service.EntitlementsContract.ContractRecord;
import org.aftersales.testkit.service.EntitlementsContract.ErpRecord;
import org.aftersales.testkit.service.EntitlementsContract.InternalUnitRecord;
import org.aftersales.testkit.service.EntitlementsContract.WarrantyRecord;

/** What the ERP writes into the {@code entitlement} table, as the tests' stand-in for the ERP. */
final class EntitlementRows {

  private static final String INSERT = """
      INSERT INTO entitlement (product_model, product_serial, kind, contract_id, first_day,
          last_day)
      VALUES (?, ?, ?, ?, ?, ?)""";

  private EntitlementRows() {}

  /** Inserts the records in their order (the order the lookup's {@code position} keeps). */
  static void insert(ConnectionSource connections, List<ErpRecord> records) {
    connections.atomically("the ERP's records", c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        for (ErpRecord r : records) {
          s.setString(1, r.productModel());
          s.setString(2, r.productSerial());
          String contract = null;
          LocalDate first = null;
          LocalDate last = null;
          String kind;
          if (r instanceof WarrantyRecord w) {
            kind = "WARRANTY";
            last = w.lastDay();
          } else if (r instanceof ContractRecord k) {
            kind = "CONTRACT";
            contract = k.contract().value();
            first = k.firstDay();
            last = k.lastDay();
          } else if (r instanceof InternalUnitRecord) {
            kind = "INTERNAL";
          } else {
            throw new IllegalArgumentException("not an ERP record: " + r);
          }
          s.setString(3, kind);
          s.setString(4, contract);
          s.setObject(5, first);
          s.setObject(6, last);
          s.executeUpdate();
        }
      }
      return null;
    });
  }
}
