package org.aftersales.examples.postgres.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.ReminderCheck;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.junit.jupiter.api.Test;

/**
 * What the complaint cases' contract does not cover, on the database: the host's transaction,
 * Chinese text and microseconds, every state the fixtures reach, and closure bounds finer than a
 * microsecond. // rule: CMP-01, CMP-02, CMP-09, CMP-10
 */
class JdbcComplaintsOnTheDatabaseTest {

  /** 2 November 2026 10:00:00.123456 in Shanghai: whole microseconds, as the library records. */
  private static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00.123456Z");
  private static final AtomicLong COUNTER = new AtomicLong();

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Transactions tx = TestDatabase.shared().transactions();
  private final JdbcComplaints complaints = new JdbcComplaints(tx, JdbcComplaintsTest.JSON);

  private DocumentNumber newNumber() {
    long serial = COUNTER.incrementAndGet();
    return DocumentNumber.of(SeriesId.of("p3-" + run), String.format(Locale.ROOT, "2611%02d",
        serial), "2026-11", LocalDate.of(2026, 11, 1), serial);
  }

  private Changed<ComplaintCase> registered(String customer, String description) {
    return ComplaintCase.register(new RegisterComplaint(RequestId.of("p3-" + run + "-"
        + COUNTER.incrementAndGet()), RECEIVED, ComplaintFixtures.anIntake(customer,
        description)), newNumber(), ComplaintProcedure.seed(), RECEIVED);
  }

  private ComplaintCase stored(ComplaintCase c) {
    return complaints.save(c, List.of());
  }

  private int outboxRows(List<OutboxEvent> events) {
    return tx.withConnection("counting", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT count(*) FROM outbox_event WHERE event_id = ANY (?)")) {
        s.setArray(1, c.createArrayOf("text",
            events.stream().map(e -> e.eventId().value()).toArray()));
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  @Test
  void a_case_registered_in_a_host_transaction_that_rolls_back_leaves_neither_case_nor_event() {
    Changed<ComplaintCase> registered = registered("Shanghai Precision Ltd.", "Peeling");
    ComplaintCase c = registered.state();
    List<OutboxEvent> events = c.outboxEventsOfSave(registered.events());
    assertThrows(IllegalStateException.class, () -> tx.inTransaction(connection -> {
      complaints.save(c, events);
      throw new IllegalStateException("the host fails after the save");
    }));
    assertEquals(Optional.empty(), complaints.find(c.number()));
    assertEquals(Optional.empty(), complaints.findByRequestId(c.requestId()));
    assertEquals(0, outboxRows(events));
    complaints.save(c, events);
    assertEquals(events.size(), outboxRows(events), "the retry stores both");
  }

  @Test
  void a_refused_save_inside_the_hosts_transaction_leaves_it_usable_and_the_rest_commits() {
    ComplaintCase original = registered("Customer", "Stored").state();
    ComplaintCase v1 = stored(original);
    ComplaintCase taken = registered("Customer", "Same request").state();
    ComplaintCase duplicate = ComplaintCase.register(new RegisterComplaint(v1.requestId(),
        RECEIVED, ComplaintFixtures.anIntake("Customer", "Retry")), newNumber(),
        ComplaintProcedure.seed(), RECEIVED).state();
    ComplaintCase saved = tx.inTransaction(c -> {
      // The new case again, though its number is stored: a stale version.
      assertThrows(ConcurrentUpdateException.class, () -> complaints.save(original, List.of()));
      assertThrows(DuplicateRequestException.class, () -> complaints.save(duplicate, List.of()));
      return complaints.save(taken, List.of());
    });
    assertEquals(Optional.of(saved), complaints.find(taken.number()));
    assertEquals(Optional.of(v1), complaints.find(v1.number()), "the stale save wrote nothing");
    assertEquals(Optional.empty(), complaints.find(duplicate.number()));
  }

  @Test
  void chinese_text_and_microseconds_read_back_equal() {
    ComplaintCase c = stored(registered(ComplaintFixtures.CUSTOMER_NAME,
        "第4411批电路板阻焊层脱落，2 000片中120片不良").state());
    ComplaintCase read = complaints.find(c.number()).orElseThrow();
    assertEquals(c, read);
    assertEquals(ComplaintFixtures.CUSTOMER_NAME, read.customerName());
    assertEquals(RECEIVED, read.receivedAt());
  }

  @Test
  void every_state_the_fixtures_reach_reads_back_equal() {
    Instant later = RECEIVED.plusSeconds(86_400);
    ComplaintCase open = stored(registered("Customer", "Open").state());
    assertEquals(Optional.of(open), complaints.find(open.number()), "open");
    ComplaintCase routed = stored(ComplaintFixtures.routed(open, later));
    assertEquals(Optional.of(routed), complaints.find(open.number()), "routed");
    ComplaintCase decided = stored(ComplaintFixtures.decided(routed, later));
    assertEquals(ComplaintStatus.DECIDED, decided.status());
    assertEquals(Optional.of(decided), complaints.find(open.number()), "decided");
    ComplaintCase closed = stored(ComplaintFixtures.closedAt(
        stored(registered("Customer", "Closed").state()), later));
    assertEquals(ComplaintStatus.CLOSED, closed.status());
    assertEquals(Optional.of(closed), complaints.find(closed.number()), "closed");
    ComplaintCase toVoid = stored(registered("Customer", "Voided").state());
    ComplaintCase voided = stored(toVoid.voided(new VoidComplaint(RequestId.of("void-" + run),
        toVoid.number(), "entered twice — 重复登记"), later).state());
    assertEquals(Optional.of(voided), complaints.find(voided.number()), "voided");
  }

  @Test
  void closed_between_compares_bounds_finer_than_a_microsecond_exactly() {
    Instant closedAt = RECEIVED.plusSeconds(7 * 86_400 + COUNTER.incrementAndGet());
    ComplaintCase closed = stored(ComplaintFixtures.closedAt(
        stored(registered("Customer", "Closed").state()), closedAt));
    List<DocumentNumber> justAfter = numbers(complaints.closedBetween(closedAt.plusNanos(1),
        closedAt.plusSeconds(1)));
    List<DocumentNumber> justBefore = numbers(complaints.closedBetween(closedAt.minusNanos(1),
        closedAt.plusNanos(1)));
    List<DocumentNumber> endingAtIt = numbers(complaints.closedBetween(closedAt.minusSeconds(1),
        closedAt));
    assertEquals(List.of(), justAfter.stream().filter(closed.number()::equals).toList(),
        "closed before from");
    assertEquals(List.of(closed.number()), justBefore.stream().filter(closed.number()::equals)
        .toList(), "closed within [from, to)");
    assertEquals(List.of(), endingAtIt.stream().filter(closed.number()::equals).toList(),
        "closed at to: excluded");
  }

  private static List<DocumentNumber> numbers(List<ComplaintCase> cases) {
    return cases.stream().map(ComplaintCase::number).toList();
  }

  private String reminderCheckColumn(ComplaintCase c) {
    return tx.withConnection("reading the check", conn -> {
      try (PreparedStatement s = conn.prepareStatement("SELECT reminder_check::text, version,"
          + " document::text FROM complaint_case WHERE series = ? AND number_text = ?")) {
        s.setString(1, c.number().series().value());
        s.setString(2, c.number().text());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getString(1) + " v" + r.getLong(2) + " " + r.getString(3).length();
        }
      }
    });
  }

  @Test
  void a_reminder_check_is_kept_beside_the_case_to_the_microsecond_and_a_save_clears_it() {
    // rule: CMP-19 — the check is not part of the case: its version and document stay as they
    // are; the database keeps the check's microseconds exactly; a save makes the case due at
    // once ('-infinity'), a save of a case no longer in progress never ('infinity').
    ComplaintCase c = stored(registered("上海精密电子有限公司", "阻焊层脱落").state());
    String document = reminderCheckColumn(c).replaceAll("^\\S+ ", "");
    assertEquals("-infinity v1", reminderCheckColumn(c).replaceAll(" \\d+$", ""));
    Instant check = Instant.parse("2026-11-05T06:30:00.123457Z");
    complaints.scheduleReminderChecks(List.of(ReminderCheck.at(c.number(), c.version(), check)));
    assertEquals("2026-11-05 06:30:00.123457+00 " + document,
        tx.inTransaction(conn -> {
          try (PreparedStatement s = conn.prepareStatement("SET LOCAL TIME ZONE 'UTC'")) {
            s.execute();
          }
          return reminderCheckColumn(c);
        }));
    assertEquals(List.of(), complaints.dueForReminderCheck(check, Integer.MAX_VALUE).stream()
        .filter(x -> x.number().equals(c.number())).toList(), "due only strictly after");
    assertEquals(List.of(c.number()), complaints.dueForReminderCheck(check.plusNanos(1_000),
        Integer.MAX_VALUE).stream().map(ComplaintCase::number)
        .filter(n -> n.equals(c.number())).toList());
    // A bound finer than a microsecond: the check is before it exactly when it is before the
    // bound rounded up.
    assertEquals(List.of(c.number()), complaints.dueForReminderCheck(check.plusNanos(1),
        Integer.MAX_VALUE).stream().map(ComplaintCase::number)
        .filter(n -> n.equals(c.number())).toList());
    ComplaintCase voided = stored(c.voided(new VoidComplaint(RequestId.of("p3-void-" + run),
        c.number(), "entered twice"), RECEIVED.plusSeconds(60)).state());
    assertEquals("infinity v2", reminderCheckColumn(voided).replaceAll(" \\d+$", ""));
  }
}
