package org.aftersales.examples.postgres.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.ContractFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five repositories inside the host's transaction (what the contract tests cannot see, as
 * each of their saves is a transaction of its own): a save joins the host's unit of work, so a
 * host that fails afterwards leaves neither the aggregate nor its events; a refused save leaves
 * the host's transaction usable, and what the host saved before and after it commits together.
 * // rule: CON-01, CON-03, CON-07, CON-08, CON-09 — state and events together
 */
class ContractRepositoriesInTransactionsTest {

  private static final Transactions TX = TestDatabase.shared().transactions();
  private static final AftersalesJson JSON = new AftersalesJson();
  private static final Instant AT = Instant.parse("2026-11-02T01:00:00.000001Z");

  /** One port seen through its save and find, with a way to make new values of it. */
  record Port<V>(String name, Function<Integer, V> fresh, BiFunction<V, List<OutboxEvent>, V> save,
      Function<V, Optional<V>> find, Function<V, String> id) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> ports() {
    return Stream.of(
        Arguments.of(new Port<ContractFile>("contracts",
            n -> ContractFile.open(ContractFixtures.maintenanceContract().build()),
            (v, e) -> new JdbcContracts(TX, JSON).save(v, e),
            v -> new JdbcContracts(TX, JSON).find(v.id()), v -> v.id().value())),
        Arguments.of(new Port<>("handovers", n -> ContractFixtures.aProjectHandover(),
            (v, e) -> new JdbcProjectHandovers(TX, JSON).save(v, e),
            v -> new JdbcProjectHandovers(TX, JSON).find(v.project()),
            v -> v.project().value())),
        Arguments.of(new Port<>("property sales", n -> ContractFixtures.aPropertySale(),
            (v, e) -> new JdbcPropertySales(TX, JSON).save(v, e),
            v -> new JdbcPropertySales(TX, JSON).find(v.contract()),
            v -> v.contract().value())),
        Arguments.of(new Port<>("change records", n -> ContractFixtures.aChangeRecord(),
            (v, e) -> new JdbcChangeRecords(TX, JSON).save(v, e),
            v -> new JdbcChangeRecords(TX, JSON).find(v.id()), v -> v.id().value())),
        Arguments.of(new Port<>("backups", n -> ContractFixtures.aBackupObligation(),
            (v, e) -> new JdbcBackups(TX, JSON).save(v, e),
            v -> new JdbcBackups(TX, JSON).find(v.project()), v -> v.project().value())));
  }

  private static List<OutboxEvent> events(String id, String step) {
    Notice notice = Notice.of(new NoticeKey("tx-test", id, RuleId.of("CON-08"), step, "测试"),
        NoticeKind.BACKUP_OVERDUE, Recipient.role(RecipientRole.AFTER_SALES_LEAD), AT,
        Map.of("id", id));
    return OutboxEvent.of("tx-test", id + "." + step, Version.of(1), List.of(notice));
  }

  private static List<OutboxEvent> undelivered() {
    return new JdbcOutbox(TX, JSON, "contract-node").undelivered(Integer.MAX_VALUE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ports")
  <V> void a_host_transaction_rolled_back_after_a_save_leaves_neither_the_value_nor_its_events(
      Port<V> port) {
    V value = port.fresh().apply(0);
    List<OutboxEvent> events = events(port.id().apply(value), "rolled-back");
    IllegalStateException boom = new IllegalStateException("the host fails after the save");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> TX.inTransaction(c -> {
          port.save().apply(value, events);
          assertTrue(port.find().apply(value).isPresent(), "seen inside the transaction");
          throw boom;
        }));
    assertSame(boom, thrown);
    assertEquals(Optional.empty(), port.find().apply(value));
    assertTrue(undelivered().stream().noneMatch(events::contains), "no event of it");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ports")
  <V> void a_refused_save_leaves_the_host_transaction_usable_and_the_rest_commits_together(
      Port<V> port) {
    V first = port.fresh().apply(1);
    V second = port.fresh().apply(2);
    List<OutboxEvent> firstEvents = events(port.id().apply(first), "first");
    List<OutboxEvent> secondEvents = events(port.id().apply(second), "second");
    List<OutboxEvent> refusedEvents = events(port.id().apply(first), "refused");
    TX.inTransaction(c -> {
      V saved = port.save().apply(first, firstEvents);
      // The same value again at the initial version: refused, no statement failed.
      assertThrows(ConcurrentUpdateException.class,
          () -> port.save().apply(first, refusedEvents));
      port.save().apply(second, secondEvents);
      return saved;
    });
    assertTrue(port.find().apply(first).isPresent());
    assertTrue(port.find().apply(second).isPresent());
    List<OutboxEvent> stored = undelivered();
    assertTrue(stored.containsAll(firstEvents) && stored.containsAll(secondEvents),
        "the events of both saves");
    assertFalse(stored.stream().anyMatch(refusedEvents::contains), "none of the refused save");
  }
}
