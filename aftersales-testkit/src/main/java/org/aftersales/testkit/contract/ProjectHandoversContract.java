package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.FollowUpAssigned;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.HandoverDocument;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link ProjectHandovers} port (项目移交库契约测试), CON-03, as tests any
 * adapter can run: extend this class in your test sources and implement {@link #freshAdapter()}
 * and {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcProjectHandoversTest extends ProjectHandoversContract {
 *   @Override protected ProjectHandovers freshAdapter() { return new JdbcProjectHandovers(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved handover — its documents, its completion — reads back equal through a fresh
 *       adapter instance, at the next version each time;</li>
 *   <li>optimistic versions: a stale save, a new handover for a project already stored and an
 *       update of a handover never stored are refused and write nothing, neither handover nor
 *       events;</li>
 *   <li>the save's events reach the outbox with the handover;</li>
 *   <li>{@link ProjectHandovers#dueBetween} and {@link ProjectHandovers#dueBetweenAfter}: a
 *       join-by or due day on {@code from} and on {@code to - 1} is answered, one on {@code to}
 *       or on {@code from - 1} is not; the latest stored version is answered; by project ID, at
 *       most {@code max}, pages meeting every handover once; {@code max} 0 answers nothing; a
 *       negative {@code max} and {@code to} before {@code from} are refused;</li>
 *   <li>concurrent saves of one version: exactly one wins, the others are refused.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses project IDs of its own, built from a random key per
 * test run ({@link #runKey()}); the query tests check their own handovers among whatever else is
 * stored. Each test fails after two minutes. // rule: CON-03
 *
 * <p>Its tests of optimistic versions, of the outbox, of paging and of concurrent saves are those
 * of every versioned repository contract in this package, written once; this class adds its own.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ProjectHandoversContract
    extends VersionedRepositoryContract<ProjectHandovers, ProjectId, ProjectHandover> {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant AT = Instant.parse("2031-05-20T02:15:30.123456Z");
  private static final PersonId WANG = PersonId.of("wang");
  private static final PersonId LI = PersonId.of("li");
  /** The query window of the edge tests: 1 May 2031 (inclusive) to 11 May 2031 (exclusive). */
  private static final LocalDate FROM = LocalDate.of(2031, 5, 1);
  private static final LocalDate TO = LocalDate.of(2031, 5, 11);

  /** For subclasses. */
  protected ProjectHandoversContract() {
    super(new Access<>(ProjectHandover::project, ProjectHandover::version,
        ProjectHandover::withVersion, ProjectHandovers::save, ProjectHandovers::find,
        (port, max) -> port.dueBetween(FROM, TO, max),
        (port, after, max) -> port.dueBetweenAfter(FROM, TO, after, max)));
  }

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  @Override
  protected abstract ProjectHandovers freshAdapter();

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

  private static ProjectHandover accepted(ProjectId project, LocalDate finalAcceptance) {
    return ProjectHandover.of(project, finalAcceptance, SHANGHAI, HandoverTerms.seed());
  }

  private static HandoverItem item(HandoverDocument document, String reference) {
    return HandoverItem.of(document, WANG, AT, reference);
  }

  /**
   * The outbox events of one save: one event under the handover's ID and the version the save
   * stores. A core event type is used so that an adapter whose outbox serialises known event
   * types can store it.
   */
  private static List<OutboxEvent> events(ProjectHandover h, String note) {
    return OutboxEvent.of("project-handover", h.project().value(), h.version().next(),
        List.of(new FollowUpAssigned(ContractId.of(h.project().value()), note,
            ObligationKind.EXPIRY_NOTICE, new FollowUpAssignment(LI, WANG, AT), AT)));
  }

  private ProjectHandover stored(LocalDate finalAcceptance) {
    return freshAdapter().save(accepted(newProject(), finalAcceptance), List.of());
  }

  @Test
  void a_handover_with_its_documents_and_its_completion_reads_back_equal_through_a_fresh_adapter() {
    ProjectHandover v1 = stored(LocalDate.of(2031, 6, 1));
    assertEquals(Version.of(1), v1.version());
    assertEquals(Optional.of(v1), freshAdapter().find(v1.project()));
    ProjectHandover recorded = v1;
    for (HandoverDocument document : HandoverDocument.values()) {
      recorded = recorded.record(item(document, "DMS/" + document.name()));
    }
    ProjectHandover v2 = freshAdapter().save(recorded, List.of());
    ProjectHandover v3 = freshAdapter().save(v2.complete(AT, LI), List.of());
    assertEquals(Version.of(3), v3.version());
    ProjectHandover read = freshAdapter().find(v1.project()).orElseThrow();
    assertEquals(v3, read);
    assertEquals(Optional.of(LI), read.completedBy());
    assertEquals(Optional.of(AT), read.completedAt());
    assertEquals(4, read.checklist().items().size());
    assertEquals(SHANGHAI, read.zone());
    assertEquals(LocalDate.of(2031, 6, 1), read.finalAcceptance());
  }

  @Override
  final ProjectId newKey() {
    return newProject();
  }

  /**
   * Variant 0 is accepted on 1 June 2031 (joins by 1 May, in the window of {@link #firstPage});
   * others {@code variant} months later.
   */
  @Override
  final Saving<ProjectHandover> created(ProjectId id, int variant) {
    ProjectHandover made = accepted(id, LocalDate.of(2031, 6, 1).plusMonths(variant));
    return new Saving<>(made, events(made, "new-" + variant));
  }

  /** Records the technical documents under a reference of the variant's own. */
  @Override
  final Saving<ProjectHandover> changed(ProjectHandover stored, int variant) {
    ProjectHandover next = stored.record(
        item(HandoverDocument.TECHNICAL_DOCUMENTS, "DMS/T-" + variant));
    return new Saving<>(next, events(next, "change-" + variant));
  }

  /** The project IDs among {@code ours} that the whole paged query answers, in order. */
  private List<ProjectId> pagedAmong(List<ProjectId> ours, LocalDate from, LocalDate to,
      int pageSize) {
    return pagedIdsAmong(ours, pageSize, max -> freshAdapter().dueBetween(from, to, max),
        (after, max) -> freshAdapter().dueBetweenAfter(from, to, after, max));
  }

  @Test
  void the_run_query_answers_join_by_and_due_days_from_the_first_day_up_to_the_day_before_to() {
    // rule: CON-03 — window [1 May, 11 May 2031); join-by = acceptance − 1 month, due =
    // acceptance + 14 days; the other day of each handover lies outside the window.
    ProjectId joinOnFrom = newProject(); // accepted 1 June: joins by 1 May, due 15 June
    ProjectId joinOnLast = newProject(); // accepted 10 June: joins by 10 May, due 24 June
    ProjectId joinOnTo = newProject(); // accepted 11 June: joins by 11 May, due 25 June
    ProjectId joinBefore = newProject(); // accepted 30 May: joins by 30 April, due 13 June
    ProjectId dueOnFrom = newProject(); // accepted 17 April: 17 + 14 = 1 May; joins by 17 March
    ProjectId dueOnLast = newProject(); // accepted 26 April: due 10 May; joins by 26 March
    ProjectId dueOnTo = newProject(); // accepted 27 April: due 11 May; joins by 27 March
    ProjectId dueBefore = newProject(); // accepted 16 April: due 30 April; joins by 16 March
    // Saved out of ID order, so that the order answered is the adapter's.
    freshAdapter().save(accepted(dueBefore, LocalDate.of(2031, 4, 16)), List.of());
    freshAdapter().save(accepted(dueOnTo, LocalDate.of(2031, 4, 27)), List.of());
    freshAdapter().save(accepted(dueOnLast, LocalDate.of(2031, 4, 26)), List.of());
    freshAdapter().save(accepted(dueOnFrom, LocalDate.of(2031, 4, 17)), List.of());
    freshAdapter().save(accepted(joinBefore, LocalDate.of(2031, 5, 30)), List.of());
    freshAdapter().save(accepted(joinOnTo, LocalDate.of(2031, 6, 11)), List.of());
    freshAdapter().save(accepted(joinOnLast, LocalDate.of(2031, 6, 10)), List.of());
    freshAdapter().save(accepted(joinOnFrom, LocalDate.of(2031, 6, 1)), List.of());
    List<ProjectId> ours = List.of(joinOnFrom, joinOnLast, joinOnTo, joinBefore, dueOnFrom,
        dueOnLast, dueOnTo, dueBefore);
    List<ProjectId> expected = List.of(joinOnFrom, joinOnLast, dueOnFrom, dueOnLast);
    assertEquals(expected, freshAdapter().dueBetween(FROM, TO, Integer.MAX_VALUE).stream()
        .map(ProjectHandover::project).filter(ours::contains).toList());
    assertEquals(expected, pagedAmong(ours, FROM, TO, 1));
    assertEquals(expected, pagedAmong(ours, FROM, TO, 3));
    // One day later the window [2 May, 12 May) loses the first days and gains those on 11 May.
    assertEquals(List.of(joinOnLast, joinOnTo, dueOnLast, dueOnTo),
        pagedAmong(ours, FROM.plusDays(1), TO.plusDays(1), 2));
  }

  @Test
  void an_empty_window_answers_nothing() {
    ProjectHandover h = stored(LocalDate.of(2031, 6, 1)); // joins by 1 May 2031
    assertTrue(freshAdapter().dueBetween(FROM, FROM, Integer.MAX_VALUE).stream()
        .noneMatch(x -> x.project().equals(h.project())), "[from, from) is empty");
  }

  @Test
  void a_reversed_window_is_refused() {
    assertThrows(InvalidInputException.class, () -> freshAdapter().dueBetween(TO, FROM, 10));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().dueBetweenAfter(TO, FROM, newProject(), 10));
  }
}
