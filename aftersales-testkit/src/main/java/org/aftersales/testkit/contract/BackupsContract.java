package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Backups} port (备份记录库契约测试), as tests any adapter can run:
 * extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcBackupsTest extends BackupsContract {
 *   @Override protected Backups freshAdapter() { return new JdbcBackups(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved obligation — its zone and terms, backups with Chinese text and instants with
 *       microseconds — reads back equal through a fresh adapter instance, at the next
 *       version;</li>
 *   <li>optimistic versions: a stale save, a second new obligation for one project and an update
 *       of an obligation never stored are refused and write nothing, neither obligation nor
 *       events;</li>
 *   <li>the save's events reach the outbox with the obligation;</li>
 *   <li>{@link Backups#all} and {@link Backups#allAfter}: pages by project ID, at most
 *       {@code max}, meeting every obligation once, at its latest version; a {@code max} of 0
 *       answers nothing; a negative {@code max} is refused;</li>
 *   <li>several threads saving the same version at once: exactly one wins, the others are
 *       refused.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses project IDs of its own, built from a random key per
 * test run ({@link #runKey()}); the paging test checks its own obligations among whatever else is
 * stored. Each test fails after two minutes. // rule: CON-08
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class BackupsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Microseconds on purpose: an adapter must keep them. 01:00 Shanghai on 8 and 9 April 2026. */
  private static final BackupRecord FIRST = BackupRecord.of(
      Instant.parse("2026-04-07T17:00:00.123456Z"), "订单数据库", "NAS-1/备份/0408.dump");
  private static final BackupRecord SECOND = BackupRecord.of(
      Instant.parse("2026-04-08T17:00:00.000001Z"), "应用服务器", "NAS-1/备份/0409-app.tar");

  /** For subclasses. */
  protected BackupsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract Backups freshAdapter();

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
   * A project ID no earlier test used; IDs made later sort after earlier ones within a test.
   *
   * @return e.g. {@code XM-3fa09c1e77-000017}
   */
  protected ProjectId newProject() {
    return ProjectId.of(String.format("XM-%s-%06d", runKey(), COUNTER.incrementAndGet()));
  }

  private static BackupObligation opened(ProjectId project) {
    return BackupObligation.of(project, SHANGHAI, BackupTerms.seed());
  }

  /** One event about {@code project}, under the event ID of version {@code version}'s save. */
  private static List<OutboxEvent> events(ProjectId project, Version version, String step) {
    Notice notice = Notice.of(new NoticeKey("backup", project.value(), RuleId.of("CON-08"), step,
        "contract-test"), NoticeKind.BACKUP_OVERDUE,
        Recipient.role(RecipientRole.AFTER_SALES_LEAD), FIRST.takenAt(),
        Map.of("project", project.value()));
    return OutboxEvent.of("backup", project.value() + "." + step, version, List.of(notice));
  }

  @Test
  void an_obligation_with_its_terms_and_backups_reads_back_equal_through_a_fresh_adapter() {
    ProjectId project = newProject();
    // Terms other than the seed's, so an adapter that forgets them fails.
    BackupTerms terms = new BackupTerms(Period.ofMonths(3), Period.ofDays(75), Duration.ofHours(12));
    BackupObligation v1 = freshAdapter().save(
        BackupObligation.of(project, ZoneId.of("Asia/Urumqi"), terms), List.of());
    assertEquals(Version.of(1), v1.version());
    assertEquals(Optional.of(v1), freshAdapter().find(project));
    BackupObligation v2 = freshAdapter().save(v1.record(SECOND).record(FIRST), List.of());
    assertEquals(Version.of(2), v2.version());
    BackupObligation read = freshAdapter().find(project).orElseThrow();
    assertEquals(v2, read);
    assertEquals(terms, read.terms());
    assertEquals(List.of(FIRST, SECOND), read.backups());
    assertEquals(Instant.parse("2026-04-07T17:00:00.123456Z"), read.backups().get(0).takenAt());
    assertEquals("NAS-1/备份/0409-app.tar", read.backups().get(1).reference());
    // The zone decides a day's first instant: 8 April in Urumqi (UTC+6) begins 7 April 18:00
    // UTC, after the first backup and before the second.
    assertFalse(read.recoverable(LocalDate.of(2026, 4, 8),
        Instant.parse("2026-04-08T16:00:00Z")));
    assertTrue(read.recoverable(LocalDate.of(2026, 4, 8),
        Instant.parse("2026-04-08T18:00:00Z")));
  }

  @Test
  void an_unknown_project_has_no_obligation() {
    assertEquals(Optional.empty(), freshAdapter().find(newProject()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    ProjectId project = newProject();
    BackupObligation v1 = freshAdapter().save(opened(project), List.of());
    BackupObligation v2 = freshAdapter().save(v1.record(FIRST), List.of());
    List<OutboxEvent> events = events(project, Version.of(2), "stale");
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(v1.record(SECOND), events));
    assertEquals(Version.of(1), e.expected());
    assertEquals(Optional.of(Version.of(2)), e.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(project));
    assertNoneInOutbox(events);
  }

  @Test
  void a_second_new_obligation_for_a_stored_project_is_refused_and_writes_nothing() {
    ProjectId project = newProject();
    BackupObligation stored = freshAdapter().save(opened(project), List.of());
    List<OutboxEvent> events = events(project, Version.of(1), "second");
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(opened(project).record(FIRST), events));
    assertEquals(Version.initial(), e.expected());
    assertEquals(Optional.of(Version.of(1)), e.actual());
    assertEquals(Optional.of(stored), freshAdapter().find(project));
    assertNoneInOutbox(events);
  }

  @Test
  void an_obligation_never_stored_cannot_be_updated() {
    BackupObligation phantom = opened(newProject()).withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(phantom, List.of()));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.project()));
  }

  @Test
  void the_events_of_a_save_reach_the_outbox() {
    ProjectId project = newProject();
    List<OutboxEvent> events = events(project, Version.of(1), "saved");
    freshAdapter().save(opened(project), events);
    assertTrue(outbox().undelivered(Integer.MAX_VALUE).containsAll(events));
  }

  private void assertNoneInOutbox(List<OutboxEvent> events) {
    List<OutboxEvent> stored = outbox().undelivered(Integer.MAX_VALUE);
    assertTrue(events.stream().noneMatch(stored::contains), "a refused save appends no event");
  }

  @Test
  void pages_of_one_meet_every_obligation_once_by_project_id_at_its_latest_version() {
    // Made in ID order, stored in another order; c is updated after it was stored.
    ProjectId a = newProject();
    ProjectId b = newProject();
    ProjectId c = newProject();
    BackupObligation cv1 = freshAdapter().save(opened(c), List.of());
    freshAdapter().save(opened(a), List.of());
    freshAdapter().save(opened(b).record(FIRST), List.of());
    BackupObligation cv2 = freshAdapter().save(cv1.record(SECOND), List.of());
    List<ProjectId> ours = List.of(a, b, c);
    List<BackupObligation> seen = new ArrayList<>();
    Set<ProjectId> every = new HashSet<>();
    List<BackupObligation> page = freshAdapter().all(1);
    assertEquals(1, page.size());
    while (!page.isEmpty()) {
      BackupObligation only = page.get(0);
      assertTrue(every.add(only.project()), "no obligation answered twice: " + only.project());
      if (ours.contains(only.project())) {
        seen.add(only);
      }
      page = freshAdapter().allAfter(only.project(), 1);
      assertTrue(page.size() <= 1, "at most max");
      assertTrue(page.isEmpty() || page.get(0).project().compareTo(only.project()) > 0,
          "by project ID");
    }
    assertEquals(ours, seen.stream().map(BackupObligation::project).toList());
    assertEquals(cv2, seen.get(2), "the latest version");
    assertEquals(List.of(b, c), freshAdapter().allAfter(a, Integer.MAX_VALUE).stream()
        .map(BackupObligation::project).filter(ours::contains).toList());
  }

  @Test
  void a_max_of_zero_answers_nothing_and_a_negative_max_is_refused() {
    ProjectId project = newProject();
    freshAdapter().save(opened(project), List.of());
    assertEquals(List.of(), freshAdapter().all(0));
    assertEquals(List.of(), freshAdapter().allAfter(ProjectId.of("A"), 0));
    assertThrows(InvalidInputException.class, () -> freshAdapter().all(-1));
    assertThrows(InvalidInputException.class, () -> freshAdapter().allAfter(project, -1));
  }

  @Test
  void several_threads_saving_one_version_at_once_one_wins_and_the_others_are_refused()
      throws Exception {
    ProjectId project = newProject();
    BackupObligation v1 = freshAdapter().save(opened(project), List.of());
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "backups-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    List<BackupObligation> won = new ArrayList<>();
    int refused = 0;
    try {
      List<Future<BackupObligation>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        BackupObligation next = v1.record(BackupRecord.of(FIRST.takenAt().plusSeconds(i),
            "订单数据库", "NAS-1/thread-" + i));
        Backups adapter = freshAdapter();
        results.add(pool.submit(() -> {
          start.await();
          return adapter.save(next, List.of());
        }));
      }
      start.countDown();
      for (Future<BackupObligation> r : results) {
        try {
          won.add(r.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof ConcurrentUpdateException, e.toString());
          refused++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, won.size());
    assertEquals(threads - 1, refused);
    assertEquals(Version.of(2), won.get(0).version());
    assertEquals(1, won.get(0).backups().size());
    assertEquals(Optional.of(won.get(0)), freshAdapter().find(project));
  }
}
