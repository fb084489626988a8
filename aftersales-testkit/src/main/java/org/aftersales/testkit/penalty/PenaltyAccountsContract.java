package org.aftersales.testkit.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link PenaltyAccounts} port (罚款台账库契约测试), as tests any adapter can
 * run: extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcPenaltyAccountsTest extends PenaltyAccountsContract {
 *   @Override protected PenaltyAccounts freshAdapter() { return new JdbcPenaltyAccounts(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved ledger — postings, a reversal, settled months with their statements — reads back
 *       equal through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a second new ledger for one person and an update of a
 *       ledger never stored are refused and write nothing, neither ledger nor events;</li>
 *   <li>the change's events reach the outbox with the ledger;</li>
 *   <li>{@link PenaltyAccounts#toSettle} and {@link PenaltyAccounts#toSettleAfter}: only ledgers
 *       with work for the month, by person ID, at most {@code max}, pages meeting every ledger
 *       once, a negative {@code max} refused;</li>
 *   <li>two threads posting different cases to one person at once through
 *       {@link PenaltyPosting}: both postings stored, nothing lost.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses person IDs of its own, built from a random key per
 * test run ({@link #runKey()}); the query tests check their own ledgers among whatever else is
 * stored. Each test fails after two minutes. // rule: PEN-07, PEN-08
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class PenaltyAccountsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Instant AT = Instant.parse("2026-11-30T10:15:30.123456Z");
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  /** For subclasses. */
  protected PenaltyAccountsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract PenaltyAccounts freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return RUN;
  }

  /**
   * A person ID no earlier test used; IDs made later sort after earlier ones within a test.
   *
   * @return e.g. {@code P-3fa09c1e77-000017}
   */
  protected PersonId newPerson() {
    return PersonId.of(String.format("P-%s-%06d", runKey(), COUNTER.incrementAndGet()));
  }

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  private static PenaltyLedgerPosting posting(String caseId, YearMonth month, String amount) {
    return new PenaltyLedgerPosting(caseId, month, cny(amount), DeductionKind.COMPLAINT,
        RequestId.of("post-" + caseId), AT);
  }

  private static PersonPenaltyLedger save(PenaltyAccounts adapter, Changed<PersonPenaltyLedger> c,
      PersonPenaltyLedger before) {
    return adapter.save(c.state(), before.outboxEventsOfSave(c.events()));
  }

  /** A stored ledger with one posting of {@code month}. */
  private PersonPenaltyLedger storedWithPosting(PersonId person, YearMonth month) {
    PersonPenaltyLedger open = PersonPenaltyLedger.open(person, CNY);
    return save(freshAdapter(), open.posted(posting("261107", month, "1800.00"), AT), open);
  }

  @Test
  void a_ledger_with_postings_a_reversal_and_a_settled_month_reads_back_equal_through_a_fresh_adapter() {
    PersonId person = newPerson();
    PersonPenaltyLedger v1 = storedWithPosting(person, NOVEMBER);
    PersonPenaltyLedger v2 = save(freshAdapter(),
        v1.posted(posting("261108", NOVEMBER, "600.00"), AT), v1);
    PersonPenaltyLedger v3 = save(freshAdapter(),
        v2.settledMonth(CappedDeduction.seed(), NOVEMBER, cny("3000.00"), AT), v2);
    PersonPenaltyLedger v4 = save(freshAdapter(), v3.reversed("261108", PersonId.of("hr-zhao"),
        "decision withdrawn", RequestId.of("rev-261108"), AT), v3);
    assertEquals(Version.of(4), v4.version());
    assertEquals(Optional.of(v4), freshAdapter().find(person));
    assertEquals(2, v4.postings().size());
    assertEquals(1, v4.reversals().size());
    assertEquals(1, v4.months().size());
  }

  @Test
  void an_unknown_person_has_no_ledger() {
    assertEquals(Optional.empty(), freshAdapter().find(newPerson()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    PersonId person = newPerson();
    PersonPenaltyLedger v1 = storedWithPosting(person, NOVEMBER);
    PersonPenaltyLedger v2 = save(freshAdapter(),
        v1.posted(posting("261108", NOVEMBER, "600.00"), AT), v1);
    Changed<PersonPenaltyLedger> stale = v1.posted(posting("261109", NOVEMBER, "50.00"), AT);
    List<OutboxEvent> events = v1.outboxEventsOfSave(stale.events());
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(stale.state(), events));
    assertEquals(Version.of(1), e.expected());
    assertEquals(Optional.of(Version.of(2)), e.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(person));
    assertNoneInOutbox(events);
  }

  @Test
  void a_second_new_ledger_for_one_person_is_refused_and_writes_nothing() {
    PersonId person = newPerson();
    PersonPenaltyLedger stored = storedWithPosting(person, NOVEMBER);
    PersonPenaltyLedger open = PersonPenaltyLedger.open(person, CNY);
    Changed<PersonPenaltyLedger> again = open.posted(posting("261200", NOVEMBER, "10.00"), AT);
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(again.state(), List.of()));
    assertEquals(Optional.of(stored), freshAdapter().find(person));
  }

  @Test
  void a_ledger_never_stored_cannot_be_updated() {
    PersonPenaltyLedger phantom = PersonPenaltyLedger.open(newPerson(), CNY)
        .withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(phantom, List.of()));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.person()));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox() {
    PersonPenaltyLedger open = PersonPenaltyLedger.open(newPerson(), CNY);
    Changed<PersonPenaltyLedger> posted = open.posted(posting("261107", NOVEMBER, "1.00"), AT);
    List<OutboxEvent> events = open.outboxEventsOfSave(posted.events());
    freshAdapter().save(posted.state(), events);
    assertTrue(outbox().undelivered(Integer.MAX_VALUE).containsAll(events));
  }

  private void assertNoneInOutbox(List<OutboxEvent> events) {
    // Compared whole: the refused save's event IDs are those of the save that won the version.
    List<OutboxEvent> stored = outbox().undelivered(Integer.MAX_VALUE);
    assertTrue(events.stream().noneMatch(stored::contains), "a refused save appends no event");
  }

  @Test
  void the_run_query_answers_ledgers_with_work_for_the_month_by_person_id_in_pages() {
    // Made in ID order: a (November posting), b (December posting: no work in November),
    // c (settled in November already: answered again), d (November posting).
    PersonId a = newPerson();
    PersonId b = newPerson();
    PersonId c = newPerson();
    PersonId d = newPerson();
    storedWithPosting(d, NOVEMBER);
    storedWithPosting(b, NOVEMBER.plusMonths(1));
    PersonPenaltyLedger cv1 = storedWithPosting(c, NOVEMBER);
    save(freshAdapter(), cv1.settledMonth(CappedDeduction.seed(), NOVEMBER, cny("100.00"), AT),
        cv1);
    storedWithPosting(a, NOVEMBER);
    List<PersonId> ours = List.of(a, b, c, d);
    List<PersonId> seen = new ArrayList<>();
    List<PersonPenaltyLedger> page = freshAdapter().toSettle(NOVEMBER, 1);
    assertEquals(1, page.size());
    while (!page.isEmpty()) {
      page.stream().map(PersonPenaltyLedger::person).filter(ours::contains).forEach(seen::add);
      page = freshAdapter().toSettleAfter(NOVEMBER, page.get(page.size() - 1).person(), 1);
    }
    assertEquals(List.of(a, c, d), seen);
    assertTrue(freshAdapter().toSettle(NOVEMBER.plusMonths(1), Integer.MAX_VALUE).stream()
        .map(PersonPenaltyLedger::person).toList().containsAll(List.of(a, b, d)),
        "December's run meets the December posting and the carried November ones");
  }

  @Test
  void a_negative_max_is_refused() {
    assertThrows(InvalidInputException.class, () -> freshAdapter().toSettle(NOVEMBER, -1));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().toSettleAfter(NOVEMBER, newPerson(), -1));
  }

  @Test
  void two_threads_posting_different_cases_to_one_person_both_succeed() throws Exception {
    PersonId person = newPerson();
    PenaltyPosting posting = new PenaltyPosting(freshAdapter(), TestValidators.commandValidator(),
        Clock.fixed(AT, ZoneOffset.UTC));
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "penalty-accounts-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String caseId = "2611" + (10 + i);
        results.add(pool.submit(() -> {
          start.await();
          return posting.post(new PostPenalty(RequestId.of("decide-" + caseId), caseId, NOVEMBER,
              DeductionKind.COMPLAINT, List.of(new PersonAmount(person, cny("100.01")))));
        }));
      }
      start.countDown();
      for (Future<?> r : results) {
        r.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    PersonPenaltyLedger stored = freshAdapter().find(person).orElseThrow();
    assertEquals(threads, stored.postings().size());
    // 4 × 100.01, computed by hand.
    assertEquals(cny("400.04"), stored.postedTotal());
    assertEquals(Version.of(threads), stored.version());
  }
}
