package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ContractKind;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.DispositionKind;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationDisposition;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Contracts} port (合同档案库契约测试), as tests any adapter can run:
 * extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcContractsTest extends ContractsContract {
 *   @Override protected Contracts freshAdapter() { return new JdbcContracts(dataSource); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(dataSource); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved file — the contract with its systems in order, fulfilments with their instants to
 *       the microsecond, a carried-over and a written-off obligation, a follow-up assignment —
 *       reads back equal through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a new file for a contract ID already stored and an
 *       update of a file never stored are refused and write nothing, neither file nor
 *       events;</li>
 *   <li>the change's events reach the outbox with the file;</li>
 *   <li>{@link Contracts#overlapping} and {@link Contracts#overlappingAfter} at the edges of the
 *       window {@code [from, to)}: a contract ending the day before {@code from} or starting on
 *       {@code to} is not answered, one ending on {@code from} or starting the day before
 *       {@code to} is, one-day contracts likewise; by contract ID; keyset pages answer no file
 *       twice; the latest version of each file; {@code max} 0 answers nothing; a negative
 *       {@code max} and a reversed window are refused;</li>
 *   <li>of many concurrent saves of one version of a file, exactly one succeeds, and only its
 *       events reach the outbox.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses contract IDs of its own, built from a random key per
 * test run ({@link #runKey()}), and checks its own files among whatever else is stored. Each test
 * fails after two minutes, in a thread of its own. // rule: CON-01, CON-04
 *
 * <p>Its tests of optimistic versions, of the outbox, of paging and of concurrent saves are those
 * of every versioned repository contract in this package, written once; this class adds its own.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ContractsContract
    extends VersionedRepositoryContract<Contracts, ContractId, ContractFile> {

  /** An instant with microseconds, as the library stores them (never finer). */
  private static final Instant AT = Instant.parse("2026-11-30T02:15:30.123456Z");
  private static final PersonId ENGINEER = PersonId.of("ENG-01");
  private static final PersonId MANAGER = PersonId.of("MGR-02");
  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final LocalDate END = LocalDate.of(2027, 3, 31);

  /** For subclasses. */
  protected ContractsContract() {
    super(new Access<>(ContractFile::id, ContractFile::version,
        ContractFile::withVersion, Contracts::save, Contracts::find,
        (port, max) -> port.overlapping(START, START.plusDays(1), max),
        (port, after, max) -> port.overlappingAfter(START, START.plusDays(1), after, max)));
  }

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called: the contract
   * stores through one instance and reads back through another.
   *
   * @return an adapter
   */
  @Override
  protected abstract Contracts freshAdapter();

  /**
   * The outbox the adapters write to, over the same storage.
   *
   * @return the outbox
   */
  @Override
  protected abstract Outbox outbox();

  /**
   * A key unique to this test run, so that data of earlier runs on the same storage never
   * collides: by default ten random hexadecimal digits.
   *
   * @return the key
   */
  protected String runKey() {
    return defaultRunKey();
  }

  /**
   * A contract ID no earlier test used; IDs made later sort after earlier ones.
   *
   * @return e.g. {@code K-3fa09c1e77-000017}
   */
  protected ContractId newContractId() {
    return ContractId.of(String.format(Locale.ROOT, "K-%s-%06d", runKey(),
        nextNumber()));
  }

  private static ServiceContract contract(ContractId id, LocalDate first, LocalDate last) {
    return ServiceContract.of(id, CustomerId.of("CUST-1"), ContractKind.MAINTENANCE,
        SystemCategory.SECURITY, List.of(SystemId.of("CAM-9"), SystemId.of("ALARM-2")), first,
        last);
  }

  private static Obligation inspection(ContractId id, String month, LocalDate due) {
    return Obligation.of(id, ObligationKind.MONTHLY_INSPECTION, month + " CAM-9", due,
        List.of(SystemId.of("CAM-9")));
  }

  private static Obligation expiryNotice(ContractId id) {
    // CON-01: one month before the last day 2027-03-31 → 2027-02-28 (31 → 28, clamped).
    return Obligation.of(id, ObligationKind.EXPIRY_NOTICE, END.toString(),
        LocalDate.of(2027, 2, 28), List.of(SystemId.of("CAM-9"), SystemId.of("ALARM-2")));
  }

  private static ContractFile save(Contracts adapter, ContractFile before,
      Changed<ContractFile> change) {
    return adapter.save(change.state(), before.outboxEventsOfSave(change.events()));
  }

  private ContractFile stored(ContractId id, LocalDate first, LocalDate last) {
    return freshAdapter().save(ContractFile.open(contract(id, first, last)), List.of());
  }

  private ContractFile stored(ContractId id) {
    return stored(id, START, END);
  }

  @Test
  void a_file_with_fulfilments_dispositions_and_a_follow_up_reads_back_equal_through_a_fresh_adapter() {
    ContractId id = newContractId();
    ContractFile v1 = stored(id);
    assertEquals(Version.of(1), v1.version());
    ContractFile v2 = save(freshAdapter(), v1, v1.fulfil(
        inspection(id, "2026-11", LocalDate.of(2026, 11, 30)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-INS-2026-11"), AT));
    ContractFile v3 = save(freshAdapter(), v2, v2.dispose(
        inspection(id, "2026-12", LocalDate.of(2026, 12, 31)),
        new ObligationDisposition(DispositionKind.CARRIED_OVER, LocalDate.of(2027, 1, 8),
            "site closed over the year end — 年底停工", MANAGER, AT.plusNanos(1_000)),
        AT.plusNanos(1_000)));
    ContractFile v4 = save(freshAdapter(), v3, v3.dispose(
        inspection(id, "2027-01", LocalDate.of(2027, 1, 31)),
        new ObligationDisposition(DispositionKind.WRITTEN_OFF, LocalDate.of(2027, 1, 31),
            "system dismantled for renovation", MANAGER, AT.plusNanos(2_000)),
        AT.plusNanos(2_000)));
    ContractFile v5 = save(freshAdapter(), v4, v4.fulfil(expiryNotice(id),
        ObligationFulfilment.of(ENGINEER, AT.plusNanos(3_000), "DMS-EXP-1"), AT));
    ContractFile v6 = save(freshAdapter(), v5, v5.assignFollowUp(expiryNotice(id),
        FollowUpAssignment.of(PersonId.of("SALES-07"), MANAGER, AT.plusNanos(4_000)), AT));
    assertEquals(Version.of(6), v6.version());
    ContractFile read = freshAdapter().find(id).orElseThrow();
    assertEquals(v6, read);
    assertEquals(List.of(SystemId.of("CAM-9"), SystemId.of("ALARM-2")), read.contract().systems(),
        "the systems in the order given");
    assertEquals(2, read.fulfilments().size());
    assertEquals(Instant.parse("2026-11-30T02:15:30.123459Z"),
        read.fulfilment(expiryNotice(id)).orElseThrow().at(), "to the microsecond");
    assertEquals(2, read.dispositions().size());
    assertEquals(1, read.followUps().size());
  }

  @Override
  final ContractId newKey() {
    return newContractId();
  }

  /** Variant 0 opens a file over the default term; others a longer term, with a fulfilment. */
  @Override
  final Saving<ContractFile> created(ContractId id, int variant) {
    ContractFile open = ContractFile.open(contract(id, START, END.plusYears(variant)));
    if (variant == 0) {
      return new Saving<>(open, List.of());
    }
    Changed<ContractFile> fulfilled = open.fulfil(
        inspection(id, "2026-11", LocalDate.of(2026, 11, 30)),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-NEW-" + variant), AT);
    return new Saving<>(fulfilled.state(), open.outboxEventsOfSave(fulfilled.events()));
  }

  /** Fulfils another month's inspection per variant: April 2026 + variant. */
  @Override
  final Saving<ContractFile> changed(ContractFile stored, int variant) {
    LocalDate monthEnd = LocalDate.of(2026, 4, 1).plusMonths(variant + 1L).minusDays(1);
    Changed<ContractFile> c = stored.fulfil(inspection(stored.id(),
        monthEnd.toString().substring(0, 7), monthEnd),
        ObligationFulfilment.of(ENGINEER, AT, "DMS-" + variant), AT);
    return new Saving<>(c.state(), stored.outboxEventsOfSave(c.events()));
  }

  /** The window of the query tests: [10 March 2031, 20 March 2031). */
  private static final LocalDate FROM = LocalDate.of(2031, 3, 10);
  private static final LocalDate TO = LocalDate.of(2031, 3, 20);

  @Test
  void the_run_query_answers_the_contracts_covering_a_day_of_the_window_at_its_edges() {
    // Made in ID order; stored in reverse, so that the answer's order is the adapter's.
    ContractId before = newContractId(); // not stored: the page before ours
    ContractId endsOnFrom = newContractId();
    ContractId endsTheDayBeforeFrom = newContractId();
    ContractId startsOnTo = newContractId();
    ContractId startsTheDayBeforeTo = newContractId();
    ContractId oneDayOnFrom = newContractId();
    ContractId oneDayBeforeFrom = newContractId();
    ContractId oneDayOnTheLastDay = newContractId();
    ContractId oneDayOnTo = newContractId();
    ContractId spanning = newContractId();
    LocalDate lastDay = TO.minusDays(1);
    stored(spanning, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
    stored(oneDayOnTo, TO, TO);
    stored(oneDayOnTheLastDay, lastDay, lastDay);
    stored(oneDayBeforeFrom, FROM.minusDays(1), FROM.minusDays(1));
    stored(oneDayOnFrom, FROM, FROM);
    stored(startsTheDayBeforeTo, lastDay, LocalDate.of(2032, 3, 19));
    stored(startsOnTo, TO, LocalDate.of(2032, 3, 19));
    stored(endsTheDayBeforeFrom, LocalDate.of(2030, 3, 10), FROM.minusDays(1));
    stored(endsOnFrom, LocalDate.of(2030, 3, 10), FROM);
    List<ContractId> expected = List.of(endsOnFrom, startsTheDayBeforeTo, oneDayOnFrom,
        oneDayOnTheLastDay, spanning);
    Set<ContractId> ours = Set.of(endsOnFrom, endsTheDayBeforeFrom, startsOnTo,
        startsTheDayBeforeTo, oneDayOnFrom, oneDayBeforeFrom, oneDayOnTheLastDay, oneDayOnTo,
        spanning);
    assertEquals(expected, idsAmong(ours,
        freshAdapter().overlapping(FROM, TO, Integer.MAX_VALUE)));
    assertEquals(expected, idsAmong(ours,
        freshAdapter().overlappingAfter(FROM, TO, before, Integer.MAX_VALUE)));
    assertEquals(List.of(oneDayOnFrom, oneDayOnTheLastDay, spanning), idsAmong(ours,
        freshAdapter().overlappingAfter(FROM, TO, startsTheDayBeforeTo, Integer.MAX_VALUE)),
        "only the IDs after the one given");
    // A one-day window [from, from + 1): the contracts covering that day only.
    assertEquals(List.of(endsOnFrom, oneDayOnFrom, spanning), idsAmong(ours,
        freshAdapter().overlapping(FROM, FROM.plusDays(1), Integer.MAX_VALUE)));
  }

  @Test
  void a_reversed_window_is_refused() {
    ContractId id = newContractId();
    Contracts adapter = freshAdapter();
    assertThrows(InvalidInputException.class, () -> adapter.overlapping(TO, FROM, 10));
    assertThrows(InvalidInputException.class,
        () -> adapter.overlappingAfter(TO, FROM, id, 10));
  }

  private static List<ContractId> idsAmong(Set<ContractId> ours, List<ContractFile> files) {
    return files.stream().map(ContractFile::id).filter(ours::contains).toList();
  }
}
