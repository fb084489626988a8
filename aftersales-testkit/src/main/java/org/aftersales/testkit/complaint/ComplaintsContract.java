package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintFixtures.anIntake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.ReturnComplaintStep;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.ReminderCheck;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Complaints} port (投诉案件库契约测试), as tests any adapter can run:
 * extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcComplaintsTest extends ComplaintsContract {
 *   @Override protected Complaints freshAdapter() { return new JdbcComplaints(dataSource); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(dataSource); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved case reads back equal — every attribute, instants to the microsecond (the
 *       library's stored precision, so an adapter that keeps microseconds passes and one that keeps
 *       milliseconds fails) — through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a second save of a new case and an update of a case
 *       never stored are refused and write nothing;</li>
 *   <li>request IDs are unique and compared exactly: IDs differing only in letter case are
 *       different; numbers are compared by series and text: the same text in another series is
 *       another case;</li>
 *   <li>the change's events reach the outbox with the case, and a refused save appends none;</li>
 *   <li>of many concurrent saves of one version exactly one succeeds;</li>
 *   <li>a case with its routing form and handled commands reads back equal;</li>
 *   <li>{@link Complaints#inProgress}/{@link Complaints#inProgressAfter}: open and decided
 *       cases only, in number order, paged after a number, {@code max} respected, a negative
 *       {@code max} refused; {@link Complaints#closedBetween}: closure instants in
 *       {@code [from, to)}, earliest first;</li>
 *   <li>the reminder checks kept beside the cases (CMP-19): a saved case is due for a check at
 *       once; a case scheduled at {@code T} is not due at or before {@code T} and due strictly
 *       after it; one scheduled never is not due until saved again; a check of a version no
 *       longer stored (a save meanwhile, even a concurrent one) is ignored and leaves the case
 *       due; {@link Complaints#resetReminderChecks} makes every case due; the due cases come in
 *       number order, paged after a number, cases not in progress never among them. An adapter
 *       that keeps no checks (the port's defaults) overrides {@link #keepsReminderChecks()} to
 *       return false: the same tests then check that every case in progress stays due.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses numbers and request IDs of its own, built from a
 * random key per test run ({@link #runKey()}), so the tests can run again and again against one
 * persistent database. Override {@link #newSeries()}, {@link #newNumber(SeriesId)} or
 * {@link #newRequestId()} if your storage needs other shapes.
 *
 * <p><b>Bounded.</b> Each test fails after two minutes, in a thread of its own, even if the adapter
 * blocks on a lock without answering interrupts. // rule: CMP-01, CMP-10
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ComplaintsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();

  /** A received-at with microseconds, as the library stores them (never finer). */
  private static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00.123456Z");

  /** For subclasses. */
  protected ComplaintsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called: the contract
   * stores through one instance and reads back through another.
   *
   * @return an adapter
   */
  protected abstract Complaints freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run, so that data of earlier runs on the same storage never
   * collides: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return RUN;
  }

  /**
   * A series no earlier test used: {@code t}, the {@link #runKey()}, {@code -} and a counter.
   *
   * @return the series
   */
  protected SeriesId newSeries() {
    return SeriesId.of("t" + runKey() + "-" + COUNTER.incrementAndGet());
  }

  /**
   * A number of November 2026 in {@code series} no earlier test used.
   *
   * @param series the series
   * @return e.g. {@code 261117}
   */
  protected DocumentNumber newNumber(SeriesId series) {
    long serial = COUNTER.incrementAndGet();
    return DocumentNumber.of(series, String.format(Locale.ROOT, "2611%02d", serial), "2026-11",
        LocalDate.of(2026, 11, 1), serial);
  }

  /**
   * A request ID no earlier test used.
   *
   * @return e.g. {@code req-3fa09c1e77-17}
   */
  protected RequestId newRequestId() {
    return RequestId.of("req-" + runKey() + "-" + COUNTER.incrementAndGet());
  }

  /**
   * Whether the adapter keeps reminder checks (overrides the port's four reminder-check
   * defaults); true unless overridden. An adapter relying on the defaults returns false, and the
   * reminder-check tests then expect every case in progress to be due at every run.
   *
   * @return true if scheduled checks must be honoured
   */
  protected boolean keepsReminderChecks() {
    return true;
  }

  private ComplaintCase newCase(DocumentNumber number, RequestId requestId) {
    return ComplaintCase.register(new RegisterComplaint(requestId, RECEIVED, anIntake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411, 120 of 2 000 boards")),
        number, ComplaintProcedure.seed(), RECEIVED.plusNanos(654_321_000L)).state();
  }

  private ComplaintCase newCase() {
    return newCase(newNumber(newSeries()), newRequestId());
  }

  private ComplaintCase save(Complaints adapter, ComplaintCase c) {
    return adapter.save(c, List.of());
  }

  private ComplaintCase voided(ComplaintCase c, String reason) {
    return c.voided(new VoidComplaint(newRequestId(), c.number(), reason),
        Instant.parse("2026-11-03T02:00:00.000001Z")).state();
  }

  @Test
  void a_saved_case_reads_back_equal_to_the_microsecond_through_a_fresh_adapter() {
    ComplaintCase created = newCase();
    ComplaintCase stored = save(freshAdapter(), created);
    assertEquals(Version.of(1), stored.version());
    assertEquals(created.withVersion(Version.of(1)), stored);
    Complaints reader = freshAdapter();
    assertEquals(Optional.of(stored), reader.find(created.number()));
    assertEquals(Optional.of(stored), reader.findByRequestId(created.requestId()));
    ComplaintCase voided = save(freshAdapter(), voided(stored, "customer withdrew"));
    assertEquals(Optional.of(voided), freshAdapter().find(created.number()));
    assertEquals(Instant.parse("2026-11-03T02:00:00.000001Z"),
        freshAdapter().find(created.number()).orElseThrow().voidedAt().orElseThrow());
    assertEquals(ComplaintStatus.VOIDED, voided.status());
  }

  @Test
  void unknown_numbers_and_request_ids_are_not_found() {
    assertEquals(Optional.empty(), freshAdapter().find(newNumber(newSeries())));
    assertEquals(Optional.empty(), freshAdapter().findByRequestId(newRequestId()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    Complaints adapter = freshAdapter();
    ComplaintCase v1 = save(adapter, newCase());
    ComplaintCase v2 = save(adapter, voided(v1, "customer withdrew"));
    assertEquals(Version.of(2), v2.version());
    ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
        () -> save(freshAdapter(), v1));
    assertEquals(Version.of(1), stale.expected());
    assertEquals(Optional.of(Version.of(2)), stale.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(v1.number()));
  }

  @Test
  void a_new_case_whose_number_is_already_stored_is_refused() {
    Complaints adapter = freshAdapter();
    ComplaintCase created = newCase();
    ComplaintCase stored = save(adapter, created);
    assertThrows(ConcurrentUpdateException.class, () -> save(freshAdapter(), created));
    assertEquals(Optional.of(stored), freshAdapter().find(created.number()));
  }

  @Test
  void a_case_that_was_never_stored_cannot_be_updated() {
    ComplaintCase phantom = newCase().withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> save(freshAdapter(), phantom));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.number()));
  }

  @Test
  void a_request_id_belongs_to_one_case_only() {
    ComplaintCase first = save(freshAdapter(), newCase());
    ComplaintCase other = newCase(newNumber(newSeries()), first.requestId());
    assertThrows(DuplicateRequestException.class, () -> save(freshAdapter(), other));
    assertEquals(Optional.empty(), freshAdapter().find(other.number()));
    assertEquals(Optional.of(first), freshAdapter().findByRequestId(first.requestId()));
  }

  @Test
  void request_ids_differing_only_in_letter_case_are_different_requests() {
    RequestId lower = RequestId.of("case-" + runKey() + "-" + COUNTER.incrementAndGet() + "-ab");
    RequestId upper = RequestId.of(lower.value().toUpperCase(Locale.ROOT));
    ComplaintCase a = save(freshAdapter(), newCase(newNumber(newSeries()), lower));
    ComplaintCase b = save(freshAdapter(), newCase(newNumber(newSeries()), upper));
    assertEquals(Optional.of(a), freshAdapter().findByRequestId(lower));
    assertEquals(Optional.of(b), freshAdapter().findByRequestId(upper));
  }

  @Test
  void the_same_number_text_in_another_series_is_another_case() {
    SeriesId series = newSeries();
    DocumentNumber here = newNumber(series);
    DocumentNumber there = DocumentNumber.of(SeriesId.of(series.value() + "-b"), here.text(),
        here.periodKey(), here.periodStart(), here.serial());
    ComplaintCase a = save(freshAdapter(), newCase(here, newRequestId()));
    ComplaintCase b = save(freshAdapter(), newCase(there, newRequestId()));
    assertEquals(Optional.of(a), freshAdapter().find(here));
    assertEquals(Optional.of(b), freshAdapter().find(there));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox_and_a_refused_save_appends_none() {
    ComplaintCase created = newCase();
    Changed<ComplaintCase> registered = ComplaintCase.register(new RegisterComplaint(
        created.requestId(), created.receivedAt(), anIntake(created.customerName(), created.description())),
        created.number(), ComplaintProcedure.seed(), RECEIVED);
    List<OutboxEvent> events = registered.state().outboxEventsOfSave(registered.events());
    freshAdapter().save(registered.state(), events);
    assertTrue(undelivered().containsAll(events), "the save's events are in the outbox");
    Changed<ComplaintCase> again = ComplaintCase.register(new RegisterComplaint(
        newRequestId(), created.receivedAt(), anIntake("Another", "Other")), created.number(), ComplaintProcedure.seed(), RECEIVED);
    List<OutboxEvent> refused = OutboxEvent.of(ComplaintCase.KIND_CODE, "refused-" + runKey()
        + "-" + COUNTER.incrementAndGet(), Version.of(1), again.events());
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(again.state(), refused));
    List<EventId> ids = undelivered().stream().map(OutboxEvent::eventId).toList();
    assertTrue(refused.stream().noneMatch(e -> ids.contains(e.eventId())),
        "a refused save appends no event");
  }

  @Test
  void a_case_with_its_routing_form_and_handled_commands_reads_back_equal() {
    ComplaintCase c = save(freshAdapter(), newCase());
    Instant done = RECEIVED.plusSeconds(3_600);
    ComplaintCase completed = save(freshAdapter(), c.progressed(new CompleteComplaintStep(
        newRequestId(), c.number(), Milestone.COMPLAINT_REGISTRATION, done), done).state());
    ComplaintCase handedOver = save(freshAdapter(), completed.progressed(new HandOverComplaint(
        newRequestId(), c.number(), Milestone.QA_ANALYSIS, done.plusSeconds(60)), done).state());
    ComplaintCase returned = save(freshAdapter(), handedOver.progressed(new ReturnComplaintStep(
        newRequestId(), c.number(), Milestone.COMPLAINT_REGISTRATION, done.plusSeconds(120),
        "form incomplete — 表格不全"), done).state());
    ComplaintCase read = freshAdapter().find(c.number()).orElseThrow();
    assertEquals(returned, read);
    assertEquals(3, read.handled().size());
    assertEquals(3, read.routing().entries().size(), "registration, QA returned, registration");
  }

  @Test
  void cases_in_progress_come_in_number_order_paged_after_a_number() {
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    DocumentNumber first = newNumber(series);
    DocumentNumber voided = newNumber(series);
    DocumentNumber closed = newNumber(series);
    DocumentNumber last = newNumber(series);
    save(freshAdapter(), newCase(last, newRequestId()));
    save(freshAdapter(), newCase(first, newRequestId()));
    ComplaintCase v = save(freshAdapter(), newCase(voided, newRequestId()));
    save(freshAdapter(), voided(v, "entered twice"));
    save(freshAdapter(), closedCopy(newCase(closed, newRequestId()), RECEIVED.plusSeconds(60)));
    Complaints reader = freshAdapter();
    assertEquals(List.of(first, last), numbersIn(series, reader.inProgressAfter(before, 100)));
    assertEquals(List.of(last), numbersIn(series, reader.inProgressAfter(first, 100)));
    assertEquals(List.of(first), numbersIn(series, reader.inProgressAfter(before, 1)));
    assertEquals(List.of(), reader.inProgressAfter(before, 0));
    assertTrue(reader.inProgress(Integer.MAX_VALUE).stream().map(ComplaintCase::number)
        .toList().containsAll(List.of(first, last)));
    List<DocumentNumber> all = reader.inProgress(Integer.MAX_VALUE).stream()
        .map(ComplaintCase::number).toList();
    assertEquals(all.stream().sorted().toList(), all, "number order");
    assertTrue(reader.inProgress(Integer.MAX_VALUE).stream()
        .allMatch(c -> c.status().inProgress()));
    assertThrows(IllegalArgumentException.class, () -> reader.inProgress(-1));
    assertThrows(IllegalArgumentException.class, () -> reader.inProgressAfter(before, -1));
  }

  @Test
  void cases_closed_in_a_half_open_interval_come_earliest_first() {
    SeriesId series = newSeries();
    Instant from = RECEIVED.plusSeconds(86_400).plusNanos(COUNTER.incrementAndGet() * 1_000L);
    Instant to = from.plusSeconds(3_600);
    DocumentNumber atFrom = newNumber(series);
    DocumentNumber inside = newNumber(series);
    DocumentNumber atTo = newNumber(series);
    DocumentNumber open = newNumber(series);
    save(freshAdapter(), closedCopy(newCase(inside, newRequestId()), to.minusNanos(1_000)));
    save(freshAdapter(), closedCopy(newCase(atTo, newRequestId()), to));
    save(freshAdapter(), closedCopy(newCase(atFrom, newRequestId()), from));
    save(freshAdapter(), newCase(open, newRequestId()));
    Complaints reader = freshAdapter();
    assertEquals(List.of(atFrom, inside), numbersIn(series, reader.closedBetween(from, to)));
    assertEquals(List.of(), numbersIn(series, reader.closedBetween(to, from)));
  }

  /** An instant of the reminder-check tests, whole microseconds. */
  private static final Instant CHECK = Instant.parse("2026-11-05T06:30:00.000007Z");

  private static List<DocumentNumber> dueIn(SeriesId series, Complaints reader, Instant at,
      DocumentNumber before) {
    return numbersIn(series, reader.dueForReminderCheckAfter(at, before, 1_000));
  }

  /** What the tests expect due: {@code kept} if the adapter keeps checks, else every case. */
  private List<DocumentNumber> expectDue(List<DocumentNumber> kept, List<DocumentNumber> all) {
    return keepsReminderChecks() ? kept : all;
  }

  @Test
  void a_saved_case_is_due_for_a_reminder_check_at_once() {
    // rule: CMP-19 — a case never checked is due at any run.
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    ComplaintCase c = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
    assertEquals(List.of(c.number()), dueIn(series, freshAdapter(), CHECK, before));
    assertEquals(List.of(c.number()), dueIn(series, freshAdapter(), Instant.EPOCH, before));
    assertTrue(freshAdapter().dueForReminderCheck(CHECK, Integer.MAX_VALUE).stream()
        .map(ComplaintCase::number).toList().contains(c.number()));
  }

  @Test
  void a_case_scheduled_at_an_instant_is_due_only_strictly_after_it() {
    // rule: CMP-19 — notices fire strictly after their thresholds, so must the checks.
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    ComplaintCase c = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
    freshAdapter().scheduleReminderChecks(
        List.of(ReminderCheck.at(c.number(), c.version(), CHECK)));
    Complaints reader = freshAdapter();
    List<DocumentNumber> it = List.of(c.number());
    assertEquals(expectDue(List.of(), it),
        dueIn(series, reader, CHECK.minusSeconds(3_600), before));
    assertEquals(expectDue(List.of(), it), dueIn(series, reader, CHECK, before), "at T: not due");
    assertEquals(it, dueIn(series, reader, CHECK.plusNanos(1_000)), "1 µs after T: due");
    assertEquals(it, dueIn(series, reader, CHECK.plusSeconds(86_400 * 400L), before));
  }

  private List<DocumentNumber> dueIn(SeriesId series, Complaints reader, Instant at) {
    return numbersIn(series, reader.dueForReminderCheck(at, Integer.MAX_VALUE));
  }

  @Test
  void a_case_scheduled_never_is_not_due_until_it_is_saved_again() {
    // rule: CMP-19
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    ComplaintCase c = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
    freshAdapter().scheduleReminderChecks(List.of(ReminderCheck.never(c.number(), c.version())));
    Instant farAway = Instant.parse("2199-12-31T23:59:59.999999Z");
    List<DocumentNumber> it = List.of(c.number());
    assertEquals(expectDue(List.of(), it), dueIn(series, freshAdapter(), farAway, before));
    // The saved state is the same case at the next version: a save, whatever it changes, makes
    // the case due at once.
    ComplaintCase again = save(freshAdapter(), c);
    assertEquals(Version.of(2), again.version());
    assertEquals(it, dueIn(series, freshAdapter(), CHECK, before));
    assertEquals(it, dueIn(series, freshAdapter(), farAway, before));
  }

  @Test
  void a_check_of_a_version_no_longer_stored_is_ignored_and_leaves_the_case_due() {
    // rule: CMP-19 — a run read version 1, a user saved version 2 before the run scheduled.
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    ComplaintCase read = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
    save(freshAdapter(), read);
    freshAdapter().scheduleReminderChecks(
        List.of(ReminderCheck.never(read.number(), read.version())));
    assertEquals(List.of(read.number()), dueIn(series, freshAdapter(), CHECK, before));
    // A check of a case that was never stored is ignored too.
    freshAdapter().scheduleReminderChecks(
        List.of(ReminderCheck.never(newNumber(series), Version.of(1))));
    assertEquals(List.of(read.number()), dueIn(series, freshAdapter(), CHECK, before));
  }

  @Test
  void resetting_the_reminder_checks_makes_every_case_due() {
    // rule: CMP-19 — after a policy change that brings due instants earlier.
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    ComplaintCase a = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
    ComplaintCase b = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
    freshAdapter().scheduleReminderChecks(List.of(ReminderCheck.never(a.number(), a.version()),
        ReminderCheck.at(b.number(), b.version(), CHECK.plusSeconds(86_400))));
    List<DocumentNumber> both = List.of(a.number(), b.number());
    assertEquals(expectDue(List.of(), both), dueIn(series, freshAdapter(), CHECK, before));
    freshAdapter().resetReminderChecks();
    assertEquals(both, dueIn(series, freshAdapter(), CHECK, before));
  }

  @Test
  void the_cases_due_come_in_number_order_paged_after_a_number_in_progress_only() {
    // rule: CMP-19, CMP-10
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    DocumentNumber first = newNumber(series);
    DocumentNumber scheduled = newNumber(series);
    DocumentNumber closed = newNumber(series);
    DocumentNumber voided = newNumber(series);
    DocumentNumber second = newNumber(series);
    DocumentNumber last = newNumber(series);
    save(freshAdapter(), newCase(last, newRequestId()));
    save(freshAdapter(), newCase(second, newRequestId()));
    ComplaintCase s = save(freshAdapter(), newCase(scheduled, newRequestId()));
    save(freshAdapter(), newCase(first, newRequestId()));
    save(freshAdapter(), closedCopy(newCase(closed, newRequestId()), RECEIVED.plusSeconds(60)));
    ComplaintCase v = save(freshAdapter(), newCase(voided, newRequestId()));
    save(freshAdapter(), voided(v, "entered twice"));
    freshAdapter().scheduleReminderChecks(
        List.of(ReminderCheck.at(s.number(), s.version(), CHECK)));
    Complaints reader = freshAdapter();
    List<DocumentNumber> due = expectDue(List.of(first, second, last),
        List.of(first, scheduled, second, last));
    assertEquals(due, dueIn(series, reader, CHECK, before));
    assertEquals(due.subList(1, due.size()), dueIn(series, reader, CHECK, first));
    assertEquals(List.of(first, due.get(1)),
        numbersIn(series, reader.dueForReminderCheckAfter(CHECK, before, 2)));
    assertEquals(List.of(), reader.dueForReminderCheckAfter(CHECK, before, 0));
    List<ComplaintCase> all = reader.dueForReminderCheck(CHECK, Integer.MAX_VALUE);
    List<DocumentNumber> numbers = all.stream().map(ComplaintCase::number).toList();
    assertEquals(numbers.stream().sorted().toList(), numbers, "number order");
    assertTrue(all.stream().allMatch(c -> c.status().inProgress()), "in progress only");
    assertEquals(List.of(first, scheduled, second, last),
        dueIn(series, reader, CHECK.plusNanos(1_000), before), "after its check, due again");
    assertThrows(IllegalArgumentException.class, () -> reader.dueForReminderCheck(CHECK, -1));
    assertThrows(IllegalArgumentException.class,
        () -> reader.dueForReminderCheckAfter(CHECK, before, -1));
  }

  @Test
  void a_save_racing_a_schedule_of_the_version_before_it_leaves_the_case_due() throws Exception {
    // rule: CMP-19 — whichever commits first, the schedule of the old version never hides the
    // new one from the next run.
    SeriesId series = newSeries();
    DocumentNumber before = newNumber(series);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "complaints-contract-checks");
      t.setDaemon(true);
      return t;
    });
    try {
      List<DocumentNumber> cases = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        ComplaintCase read = save(freshAdapter(), newCase(newNumber(series), newRequestId()));
        cases.add(read.number());
        CountDownLatch start = new CountDownLatch(1);
        Future<?> saving = pool.submit(() -> {
          start.await();
          return save(freshAdapter(), read);
        });
        Future<?> scheduling = pool.submit(() -> {
          start.await();
          freshAdapter().scheduleReminderChecks(
              List.of(ReminderCheck.never(read.number(), read.version())));
          return null;
        });
        start.countDown();
        saving.get(60, TimeUnit.SECONDS);
        scheduling.get(60, TimeUnit.SECONDS);
      }
      assertEquals(cases, dueIn(series, freshAdapter(), CHECK, before));
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<DocumentNumber> numbersIn(SeriesId series, List<ComplaintCase> cases) {
    return cases.stream().map(ComplaintCase::number).filter(n -> n.series().equals(series))
        .toList();
  }

  /** The case as closed at {@code at}, unsaved. */
  private static ComplaintCase closedCopy(ComplaintCase c, Instant at) {
    return ComplaintFixtures.closedAt(c, at);
  }

  private List<OutboxEvent> undelivered() {
    return outbox().undelivered(Integer.MAX_VALUE);
  }

  @Test
  void of_many_concurrent_saves_of_one_version_exactly_one_succeeds() throws Exception {
    ComplaintCase v1 = save(freshAdapter(), newCase());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "complaints-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String reason = "reason " + i;
        results.add(pool.submit(() -> {
          start.await();
          try {
            save(freshAdapter(), voided(v1, reason));
            return true;
          } catch (ConcurrentUpdateException lost) {
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> r : results) {
        won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, won);
      assertEquals(Version.of(2), freshAdapter().find(v1.number()).orElseThrow().version());
    } finally {
      pool.shutdownNow();
    }
  }
}
