package org.aftersales.examples.postgres.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.faults.PostgresUnitOfWork;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.faults.StorageFaultInjectionContract;
import org.aftersales.testkit.service.EntitlementsContract.ContractRecord;
import org.aftersales.testkit.service.EntitlementsContract.WarrantyRecord;

/**
 * The storage of the service side's fault suites on PostgreSQL: one database of their own,
 * emptied for every world (the suite makes worlds one after another, never at once, and wants
 * each "new and empty"), with the ERP's records of the units SN-B (contract MC-2026-017 through
 * 2026) and SN-C (warranty until 31 March 2027); the host's unit of work is {@link Transactions}
 * (nested calls behind savepoints, {@link PostgresUnitOfWork}, emptied by DELETE); the relay reads {@link JdbcOutbox}.
 *
 * @param <W> the suite's world
 */
abstract class ServiceFaultSuiteOnPostgres<W>
    extends StorageFaultInjectionContract<PostgresUnitOfWork, W> {

  static final AftersalesJson JSON = new AftersalesJson();
  private static final PostgresStore STORE = TestDatabase.node("p2_service_faults", 4);

  @Override
  protected PostgresUnitOfWork newStorage() {
    PostgresUnitOfWork storage = PostgresUnitOfWork.emptied(STORE);
    EntitlementRows.insert(storage.connections(), List.of(
        new ContractRecord("CNC-450", "SN-B", ContractId.of("MC-2026-017"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        new WarrantyRecord("CNC-450", "SN-C", LocalDate.of(2027, 3, 31))));
    return storage;
  }

  @Override
  protected Outbox outbox(PostgresUnitOfWork storage) {
    return new JdbcOutbox(storage.connections(), JSON, "p2-fault-relay");
  }

  /** Every stored request, read back through {@code requests} in ID order. */
  static List<ServiceRequest> storedRequests(JdbcServiceRequests requests) {
    List<String> ids = STORE.transactions().withConnection("listing the stored requests", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id FROM service_request ORDER BY id");
          ResultSet r = s.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (r.next()) {
          out.add(r.getString(1));
        }
        return out;
      }
    });
    List<ServiceRequest> stored = new ArrayList<>();
    for (String id : ids) {
      stored.add(requests.find(ServiceRequestId.of(id)).orElseThrow());
    }
    return stored;
  }
}
