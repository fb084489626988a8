package org.aftersales.examples.postgres.service;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.PostgresAccessException;

/**
 * The ERP's warranty and contract lookup (保修与合同权益查询, SVC-01, SVC-15) over PostgreSQL: the
 * library's {@link Entitlements} port reading the table {@code entitlement} (migration V3), which
 * the ERP fills — one row per warranty ({@code WARRANTY}, its last day), maintenance contract
 * ({@code CONTRACT}, its ID, first and last day) or unit in internal use ({@code INTERNAL}) of a
 * unit (product model and serial number, compared exactly). An ERP whose records live in its own
 * tables replaces this class's one query with its own, or fills this table from them.
 *
 * <h2>What a lookup answers</h2>
 * The request's day is its instant's calendar day in the ERP's business zone (given here, never
 * the JVM's or the database session's zone); every day of the table is inclusive:
 * <ul>
 *   <li>a warranty covers every day up to its last day — of several, the latest last day
 *       answers (an extension);</li>
 *   <li>a contract covers its first through its last day — of several covering the day, the one
 *       entered first ({@code position}) answers, as the testkit's adapter answers the one
 *       granted first;</li>
 *   <li>an internal unit is an internal job (category D) whatever the day;</li>
 *   <li>a unit with no covering row is entitled to {@link Entitlement#none()}.</li>
 * </ul>
 *
 * <h2>Locking</h2>
 * Read-only: one indexed {@code SELECT} (index {@code entitlement_unit}) on the host's
 * transaction when one is open, else in autocommit; it takes no lock and writes nothing, so a
 * registration may call it again on a retry. A database failure is a
 * {@link PostgresAccessException}. Thread-safe.
 */
public final class JdbcEntitlements implements Entitlements {

  private static final String LOOK_UP = """
      SELECT kind, contract_id, last_day FROM entitlement
      WHERE product_model = ? AND product_serial = ?
        AND (kind = 'INTERNAL'
             OR (kind = 'WARRANTY' AND last_day >= ?)
             OR (kind = 'CONTRACT' AND first_day <= ? AND last_day >= ?))
      ORDER BY position""";

  private final ConnectionSource connections;
  private final ZoneId businessZone;

  /**
   * A lookup over {@code connections}.
   *
   * @param connections where the connection comes from
   * @param businessZone the zone whose calendar days the table's days are (e.g. Asia/Shanghai)
   */
  public JdbcEntitlements(ConnectionSource connections, ZoneId businessZone) {
    this.connections = requireNonNull(connections, "connections");
    this.businessZone = requireNonNull(businessZone, "businessZone");
  }

  @Override
  public Entitlement lookUp(String productModel, String productSerial, Instant receivedAt) {
    requireNonNull(productModel, "productModel");
    requireNonNull(productSerial, "productSerial");
    LocalDate day = requireNonNull(receivedAt, "receivedAt").atZone(businessZone).toLocalDate();
    return connections.withConnection(
        "looking up the entitlement of " + productModel + " " + productSerial, c -> {
          try (PreparedStatement s = c.prepareStatement(LOOK_UP)) {
            s.setString(1, productModel);
            s.setString(2, productSerial);
            s.setObject(3, day);
            s.setObject(4, day);
            s.setObject(5, day);
            boolean internal = false;
            LocalDate warrantyUntil = null;
            ContractId contract = null;
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                switch (r.getString(1)) {
                  case "INTERNAL" -> internal = true;
                  case "WARRANTY" -> {
                    LocalDate lastDay = r.getObject(3, LocalDate.class);
                    if (warrantyUntil == null || lastDay.isAfter(warrantyUntil)) {
                      warrantyUntil = lastDay;
                    }
                  }
                  default -> {
                    if (contract == null) {
                      contract = ContractId.of(r.getString(2));
                    }
                  }
                }
              }
            }
            Entitlement.Builder answer = Entitlement.builder().internalJob(internal);
            if (warrantyUntil != null) {
              answer.warrantyUntil(warrantyUntil);
            }
            if (contract != null) {
              answer.contract(contract);
            }
            return answer.build();
          }
        });
  }
}
