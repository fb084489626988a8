package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.contract.HandoverDocument;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.obligation.HandoverRegister;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The project handover register (项目移交登记, P8 §1) on the in-memory store: a handover is opened
 * once, its documents are recorded once each, and it completes only with every document — each
 * command idempotent for an equal repeat and writing nothing on a refusal.
 */
@Tag("CON-03")
class HandoverRegisterTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ProjectId PROJECT = ProjectId.of("XM-2027-03");
  static final PersonId WANG = PersonId.of("wang");
  static final PersonId LI = PersonId.of("li");
  /** Wed 31 March 2027 10:00:00.123456789 in Shanghai: the nanoseconds are cut to micros. */
  static final Instant NOW = Instant.parse("2027-03-31T02:00:00.123456789Z");

  final InMemoryProjectHandovers store = InMemoryProjectHandovers.create();
  final TestClock clock = TestClock.at(NOW, SHANGHAI);
  final HandoverRegister register = new HandoverRegister(store, clock);

  static ProjectHandover accepted15March() {
    return ProjectHandover.of(PROJECT, LocalDate.of(2027, 3, 15), SHANGHAI, HandoverTerms.seed());
  }

  static HandoverItem item(HandoverDocument document) {
    return HandoverItem.of(document, WANG, Instant.parse("2027-03-20T02:00:00Z"),
        "DMS/" + document.name());
  }

  private ProjectHandover opened() {
    return register.open(accepted15March());
  }

  private ProjectHandover withAllDocuments() {
    ProjectHandover h = opened();
    for (HandoverDocument document : HandoverDocument.values()) {
      h = register.recordDocument(PROJECT, item(document));
    }
    return h;
  }

  @Test
  void opening_stores_the_handover_and_an_equal_one_again_answers_the_stored_one() {
    // rule: CON-03
    ProjectHandover first = opened();
    assertEquals(Version.of(1), first.version());
    assertEquals(accepted15March().withVersion(Version.of(1)), first);
    assertEquals(first, register.open(accepted15March()));
    assertEquals(Optional.of(first), store.find(PROJECT));
  }

  @Test
  void opening_another_handover_for_a_stored_project_is_refused_and_writes_nothing() {
    // rule: CON-03 — the same project accepted on 16 instead of 15 March is another handover.
    ProjectHandover first = opened();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> register.open(
        ProjectHandover.of(PROJECT, LocalDate.of(2027, 3, 16), SHANGHAI, HandoverTerms.seed())));
    assertEquals("handover.project", e.violations().get(0).path());
    // Also a stored handover with documents: an open one is not the same.
    ProjectHandover recorded = register.recordDocument(PROJECT,
        item(HandoverDocument.TECHNICAL_DOCUMENTS));
    assertThrows(InvalidInputException.class, () -> register.open(accepted15March()));
    assertEquals(List.of(recorded), store.all());
    assertEquals(Version.of(2), recorded.version());
    assertEquals(Version.of(1), first.version());
  }

  @Test
  void recording_a_document_is_idempotent_and_a_refiled_document_replaces_the_earlier_one() {
    // rule: CON-03
    opened();
    ProjectHandover once = register.recordDocument(PROJECT,
        item(HandoverDocument.EXTERNAL_BOUNDARY));
    assertEquals(Version.of(2), once.version());
    assertEquals(List.of(item(HandoverDocument.EXTERNAL_BOUNDARY)), once.checklist().items());
    assertEquals(once, register.recordDocument(PROJECT, item(HandoverDocument.EXTERNAL_BOUNDARY)));
    HandoverItem refiled = HandoverItem.of(HandoverDocument.EXTERNAL_BOUNDARY, LI,
        Instant.parse("2027-03-21T02:00:00Z"), "DMS/BOUNDARY-v2");
    ProjectHandover twice = register.recordDocument(PROJECT, refiled);
    assertEquals(Version.of(3), twice.version());
    assertEquals(List.of(refiled), twice.checklist().items());
    assertEquals(Optional.of(twice), store.find(PROJECT));
  }

  @Test
  void completion_is_refused_naming_the_missing_documents_and_nothing_is_stored() {
    // rule: CON-03 — two of the four documents recorded.
    opened();
    register.recordDocument(PROJECT, item(HandoverDocument.TECHNICAL_DOCUMENTS));
    ProjectHandover before = register.recordDocument(PROJECT,
        item(HandoverDocument.EXTERNAL_BOUNDARY));
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> register.complete(PROJECT, LI));
    assertEquals(RuleId.of("CON-03"), e.ruleId());
    assertEquals("Refused by rule CON-03: the handover of project XM-2027-03 cannot be completed:"
        + " missing OPEN_ISSUES_AND_SCHEDULE, INTERNAL_BOUNDARY", e.getMessage(Locale.ENGLISH));
    assertEquals(Optional.of(before), store.find(PROJECT));
    assertEquals(Version.of(3), store.find(PROJECT).orElseThrow().version());
    assertFalse(store.find(PROJECT).orElseThrow().isCompleted());
  }

  @Test
  void completion_with_every_document_stores_who_and_the_clock_instant_to_the_microsecond() {
    // rule: CON-03 — 2027-03-31T02:00:00.123456789Z is stored as …00.123456Z.
    withAllDocuments();
    ProjectHandover done = register.complete(PROJECT, LI);
    assertEquals(Version.of(6), done.version());
    assertEquals(Optional.of(LI), done.completedBy());
    assertEquals(Optional.of(Instant.parse("2027-03-31T02:00:00.123456Z")), done.completedAt());
    // Due 15 + 14 = 29 March; completed on 31 March: late.
    assertTrue(done.completedLate());
    assertEquals(Optional.of(done), store.find(PROJECT));
  }

  @Test
  void completing_again_by_the_same_person_answers_the_stored_handover_later_too() {
    // rule: CON-03 — the repeat an hour later keeps the first instant.
    withAllDocuments();
    ProjectHandover done = register.complete(PROJECT, LI);
    clock.set(NOW.plusSeconds(3600));
    assertEquals(done, register.complete(PROJECT, LI));
    assertEquals(Optional.of(done), store.find(PROJECT));
  }

  @Test
  void completing_again_by_another_person_is_refused_and_changes_nothing() {
    // rule: CON-03
    withAllDocuments();
    ProjectHandover done = register.complete(PROJECT, LI);
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> register.complete(PROJECT, WANG));
    assertEquals(RuleId.of("CON-03"), e.ruleId());
    HandoverItem refiled = HandoverItem.of(HandoverDocument.INTERNAL_BOUNDARY, LI, NOW,
        "DMS/FAQ-v2");
    assertThrows(RuleRefusalException.class, () -> register.recordDocument(PROJECT, refiled));
    // An equal item on a completed handover changes nothing, so it is answered, not refused.
    assertEquals(done, register.recordDocument(PROJECT, item(HandoverDocument.INTERNAL_BOUNDARY)));
    assertEquals(Optional.of(done), store.find(PROJECT));
  }

  @Test
  void a_project_without_a_handover_is_not_found() {
    // rule: CON-03
    assertThrows(NotFoundException.class,
        () -> register.recordDocument(PROJECT, item(HandoverDocument.INTERNAL_BOUNDARY)));
    assertThrows(NotFoundException.class, () -> register.complete(PROJECT, LI));
    assertEquals(List.of(), store.all());
  }

  @Test
  void missing_arguments_are_refused() {
    // rule: CON-03
    assertThrows(NullPointerException.class, () -> new HandoverRegister(null, clock));
    assertThrows(NullPointerException.class, () -> new HandoverRegister(store, null));
    assertThrows(NullPointerException.class, () -> register.open(null));
    assertThrows(NullPointerException.class, () -> register.recordDocument(PROJECT, null));
    assertThrows(NullPointerException.class,
        () -> register.recordDocument(null, item(HandoverDocument.INTERNAL_BOUNDARY)));
    assertThrows(NullPointerException.class, () -> register.complete(PROJECT, null));
    assertThrows(NullPointerException.class, () -> register.complete(null, LI));
  }

  /**
   * A store where another node saves a change just before each of the first {@code races}
   * saves of the register: the register's save then loses the race.
   */
  static class Racing implements ProjectHandovers {
    final InMemoryProjectHandovers inner;
    final AtomicInteger races;
    final HandoverDocument[] rivals;

    Racing(InMemoryProjectHandovers inner, int races) {
      this.inner = inner;
      this.races = new AtomicInteger(races);
      this.rivals = new HandoverDocument[] {HandoverDocument.OPEN_ISSUES_AND_SCHEDULE,
          HandoverDocument.EXTERNAL_BOUNDARY, HandoverDocument.INTERNAL_BOUNDARY};
    }

    @Override
    public Optional<ProjectHandover> find(ProjectId id) {
      return inner.find(id);
    }

    @Override
    public ProjectHandover save(ProjectHandover handover, List<OutboxEvent> events) {
      int left = races.getAndDecrement();
      if (left > 0) {
        ProjectHandover current = inner.find(handover.project()).orElseThrow();
        inner.save(current.record(item(rivals[left - 1])), List.of());
      }
      return inner.save(handover, events);
    }

    @Override
    public List<ProjectHandover> dueBetween(LocalDate from, LocalDate to, int max) {
      return inner.dueBetween(from, to, max);
    }

    @Override
    public List<ProjectHandover> dueBetweenAfter(LocalDate from, LocalDate to, ProjectId after,
        int max) {
      return inner.dueBetweenAfter(from, to, after, max);
    }
  }

  @Test
  void a_save_that_loses_a_race_reads_again_and_applies_again() {
    // rule: CON-03 — two races lost, the third attempt stores both rivals' documents and ours.
    register.open(accepted15March());
    HandoverRegister racing = new HandoverRegister(new Racing(store, 2), clock);
    ProjectHandover h = racing.recordDocument(PROJECT, item(HandoverDocument.TECHNICAL_DOCUMENTS));
    assertEquals(EnumSet.of(HandoverDocument.INTERNAL_BOUNDARY), h.checklist().missing());
    // Version 1 opened, 2 and 3 the rivals', 4 ours.
    assertEquals(Version.of(4), h.version());
  }

  @Test
  void a_save_that_keeps_losing_races_gives_up_after_three_attempts() {
    // rule: CON-03 — three races lost: the third conflict reaches the caller; the rivals' three
    // saves are stored, ours is not.
    register.open(accepted15March());
    HandoverRegister racing = new HandoverRegister(new Racing(store, 3), clock);
    assertThrows(ConcurrentUpdateException.class,
        () -> racing.recordDocument(PROJECT, item(HandoverDocument.TECHNICAL_DOCUMENTS)));
    ProjectHandover stored = store.find(PROJECT).orElseThrow();
    assertEquals(Version.of(4), stored.version());
    assertEquals(EnumSet.of(HandoverDocument.TECHNICAL_DOCUMENTS), stored.checklist().missing());
  }

  @Test
  void an_open_that_loses_the_race_to_an_equal_open_answers_the_stored_one() {
    // rule: CON-03 — another node opens the same handover between our read and our save.
    ProjectHandovers racingOpen = new Racing(store, 0) {
      private boolean raced;

      @Override
      public ProjectHandover save(ProjectHandover handover, List<OutboxEvent> events) {
        if (!raced) {
          raced = true;
          inner.save(accepted15March(), List.of());
        }
        return inner.save(handover, events);
      }
    };
    ProjectHandover h = new HandoverRegister(racingOpen, clock).open(accepted15March());
    assertEquals(Version.of(1), h.version());
    assertEquals(List.of(h), store.all());
  }
}
