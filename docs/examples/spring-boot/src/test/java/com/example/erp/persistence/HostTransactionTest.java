package com.example.erp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the host's transaction does to the adapters, on a real PostgreSQL server: a serial drawn
 * in the caller's transaction is given back by its rollback (gapless numbers, CMP-01), one drawn on
 * its own stays used (a gap, never a duplicate); a ledger and its outbox events are stored together
 * or not at all (PEN-07), also inside a host transaction that rolls back.
 */
class HostTransactionTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Instant AT = Instant.parse("2026-11-30T10:15:30.123456Z");
  private static final AftersalesJson JSON = new AftersalesJson();

  private final TransactionTemplate host =
      new TransactionTemplate(new DataSourceTransactionManager(TestDatabase.dataSource()));

  private static JdbcNumberSequences sequences(JdbcNumberSequences.Mode mode) {
    return new JdbcNumberSequences(TestDatabase.dataSource(), mode);
  }

  private static JdbcPenaltyAccounts accounts() {
    return new JdbcPenaltyAccounts(TestDatabase.dataSource(),
        new JdbcOutbox(TestDatabase.dataSource(), JSON), JSON);
  }

  // rule: CMP-01
  @Test
  void a_serial_drawn_in_the_callers_transaction_is_given_back_when_it_rolls_back() {
    JdbcNumberSequences gapless = sequences(JdbcNumberSequences.Mode.CALLER_TRANSACTION);
    SequenceKey key = new SequenceKey(SeriesId.of("host-" + RUN + "-a"), "2026-11");
    assertThat(gapless.next(key)).isEqualTo(1);

    host.executeWithoutResult(tx -> {
      assertThat(gapless.next(key)).isEqualTo(2);
      tx.setRollbackOnly(); // the registration failed after drawing its number
    });

    assertThat(gapless.lastAllocated(key)).isEqualTo(OptionalLong.of(1));
    assertThat(gapless.next(key)).isEqualTo(2);
  }

  // rule: CMP-01
  @Test
  void a_serial_drawn_on_its_own_stays_used_when_the_callers_transaction_rolls_back() {
    JdbcNumberSequences own = sequences(JdbcNumberSequences.Mode.OWN_TRANSACTION);
    SequenceKey key = new SequenceKey(SeriesId.of("host-" + RUN + "-b"), "2026-11");
    assertThat(own.next(key)).isEqualTo(1);

    host.executeWithoutResult(tx -> {
      assertThat(own.next(key)).isEqualTo(2);
      tx.setRollbackOnly();
    });

    assertThat(own.next(key)).isEqualTo(3); // 2 is a gap, never handed out again
  }

  // rule: PEN-07
  @Test
  void a_ledger_whose_events_cannot_be_stored_is_not_stored_either() {
    PersonPenaltyLedger open = PersonPenaltyLedger.open(PersonId.of("host-" + RUN + "-c"), CNY);
    Changed<PersonPenaltyLedger> posted = open.posted(posting("261107"), AT);
    List<OutboxEvent> events = open.outboxEventsOfSave(posted.events());
    // The outbox already holds an event with the same ID: appending it violates the unique key.
    try (var c = TestDatabase.dataSource().getConnection()) {
      new JdbcOutbox(TestDatabase.dataSource(), JSON).append(c, events);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }

    assertThatThrownBy(() -> accounts().save(posted.state(), events))
        .isInstanceOf(IllegalStateException.class);
    assertThat(accounts().find(open.person())).isEmpty();
  }

  // rule: PEN-07
  @Test
  void a_ledger_saved_in_a_host_transaction_that_rolls_back_is_not_stored_nor_its_events() {
    PersonPenaltyLedger open = PersonPenaltyLedger.open(PersonId.of("host-" + RUN + "-d"), CNY);
    Changed<PersonPenaltyLedger> posted = open.posted(posting("261108"), AT);
    List<OutboxEvent> events = open.outboxEventsOfSave(posted.events());

    host.executeWithoutResult(tx -> {
      accounts().save(posted.state(), events);
      tx.setRollbackOnly();
    });

    assertThat(accounts().find(open.person())).isEmpty();
    assertThat(new JdbcOutbox(TestDatabase.dataSource(), JSON).undelivered(Integer.MAX_VALUE))
        .doesNotContainAnyElementsOf(events);
  }

  private static PenaltyLedgerPosting posting(String caseId) {
    return new PenaltyLedgerPosting(caseId, YearMonth.of(2026, 11),
        Money.of(new BigDecimal("1800.00"), CNY), DeductionKind.COMPLAINT,
        RequestId.of("post-" + caseId + "-" + RUN), AT);
  }
}
