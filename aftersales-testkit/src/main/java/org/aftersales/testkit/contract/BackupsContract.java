package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Its tests of optimistic versions, of the outbox, of paging and of concurrent saves are those
 * of every versioned repository contract in this package, written once; this class adds its own.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class BackupsContract
    extends VersionedRepositoryContract<Backups, ProjectId, BackupObligation> {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Microseconds on purpose: an adapter must keep them. 01:00 Shanghai on 8 and 9 April 2026. */
  private static final BackupRecord FIRST = BackupRecord.of(
      Instant.parse("2026-04-07T17:00:00.123456Z"), "订单数据库", "NAS-1/备份/0408.dump");
  private static final BackupRecord SECOND = BackupRecord.of(
      Instant.parse("2026-04-08T17:00:00.000001Z"), "应用服务器", "NAS-1/备份/0409-app.tar");

  /** For subclasses. */
  protected BackupsContract() {
    super(new Access<>(BackupObligation::project, BackupObligation::version,
        BackupObligation::withVersion, Backups::save, Backups::find, Backups::all,
        Backups::allAfter));
  }

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  @Override
  protected abstract Backups freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  @Override
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return defaultRunKey();
  }

  /**
   * A project ID no earlier test used; IDs made later sort after earlier ones within a test.
   *
   * @return e.g. {@code XM-3fa09c1e77-000017}
   */
  protected ProjectId newProject() {
    return ProjectId.of(String.format("XM-%s-%06d", runKey(), nextNumber()));
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

  @Override
  final ProjectId newKey() {
    return newProject();
  }

  /** Variant 0 is the seed's obligation in Shanghai; others have a backup of their own. */
  @Override
  final Saving<BackupObligation> created(ProjectId id, int variant) {
    BackupObligation made = variant == 0 ? opened(id) : opened(id).record(BackupRecord.of(
        FIRST.takenAt().minusSeconds(variant), "订单数据库", "NAS-1/new-" + variant));
    return new Saving<>(made, events(id, Version.of(1), "new-" + variant));
  }

  /** Records another backup per variant, taken {@code variant} seconds after the first one. */
  @Override
  final Saving<BackupObligation> changed(BackupObligation stored, int variant) {
    return new Saving<>(stored.record(BackupRecord.of(FIRST.takenAt().plusSeconds(variant),
        "订单数据库", "NAS-1/change-" + variant)),
        events(stored.project(), stored.version().next(), "change-" + variant));
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
}
