package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link ChangeRecords} port (修改记录库契约测试), as tests any adapter can
 * run: extend this class in your test sources and implement {@link #freshAdapter()} and
 * {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcChangeRecordsTest extends ChangeRecordsContract {
 *   @Override protected ChangeRecords freshAdapter() { return new JdbcChangeRecords(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved record — Chinese text, code and script references, a prior notice, instants with
 *       microseconds — reads back equal through a fresh adapter instance, at the next version;</li>
 *   <li>optimistic versions: a stale save, a second new record for one change ID and an update of
 *       a record never stored are refused and write nothing, neither record nor events;</li>
 *   <li>the save's events reach the outbox with the record;</li>
 *   <li>{@link ChangeRecords#startingBetween} and {@link ChangeRecords#startingBetweenAfter}: a
 *       window starting at {@code from} is answered, one starting at {@code to} is not; pages by
 *       change ID, at most {@code max}, meeting every record once; the latest version; a
 *       {@code max} of 0 answers nothing; a negative {@code max} and a reversed window are
 *       refused;</li>
 *   <li>several threads saving the same version at once: exactly one wins, the others are
 *       refused.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses change IDs of its own, built from a random key per
 * test run ({@link #runKey()}), and its own change windows; the query tests check their own
 * records among whatever else is stored. Each test fails after two minutes. // rule: CON-07
 *
 * <p>Its tests of optimistic versions, of the outbox, of paging and of concurrent saves are those
 * of every versioned repository contract in this package, written once; this class adds its own.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ChangeRecordsContract
    extends VersionedRepositoryContract<ChangeRecords, ChangeId, ChangeRecord> {

  /** Microseconds on purpose: an adapter must keep them. Friday 10 April 2026, 22:00 Shanghai. */
  private static final Instant START = Instant.parse("2026-04-10T14:00:00.123456Z");
  private static final Instant END = Instant.parse("2026-04-10T16:00:00.654321Z");
  private static final Instant TOLD = Instant.parse("2026-04-08T02:30:15.000001Z");

  /** For subclasses. */
  protected ChangeRecordsContract() {
    super(new Access<>(ChangeRecord::id, ChangeRecord::version,
        ChangeRecord::withVersion, ChangeRecords::save, ChangeRecords::find,
        (port, max) -> port.startingBetween(START, START.plusNanos(1000), max),
        (port, after, max) -> port.startingBetweenAfter(START, START.plusNanos(1000), after, max)));
  }

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  @Override
  protected abstract ChangeRecords freshAdapter();

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
   * A change ID no earlier test used; IDs made later sort after earlier ones within a test.
   *
   * @return e.g. {@code BG-3fa09c1e77-000017}
   */
  protected ChangeId newChange() {
    return ChangeId.of(String.format("BG-%s-%06d", runKey(), nextNumber()));
  }

  /** A change of {@code id} whose window starts at {@code start} and lasts two hours. */
  private static ChangeRecord change(ChangeId id, Instant start) {
    return change(id, start, start.plusSeconds(7200));
  }

  private static ChangeRecord change(ChangeId id) {
    return change(id, START, END);
  }

  private static ChangeRecord change(ChangeId id, Instant start, Instant end) {
    ChangeRecord.Builder builder = ChangeRecord.builder();
    builder.id(id).project(ProjectId.of("XM-2026-07"))
        .what("订单表加索引（orders.created_at）").impact("构建索引期间订单查询变慢")
        .scope("仅订单查询，不影响下单").windowStart(start).windowEnd(end)
        .addCodeReference("git:3f2a9c1").addScriptReference("文档管理系统/脚本/0042-索引.sql");
    return builder.build();
  }

  /** One event about {@code id}, under the event ID of version {@code version}'s save. */
  private static List<OutboxEvent> events(ChangeId id, Version version, String step) {
    Notice notice = Notice.of(new NoticeKey("change", id.value(), RuleId.of("CON-07"), step,
        "contract-test"), NoticeKind.CHANGE_NOTICE_MISSING,
        Recipient.role(RecipientRole.AFTER_SALES_LEAD), START, Map.of("change", id.value()));
    return OutboxEvent.of("change", id.value() + "." + step, version, List.of(notice));
  }

  /**
   * Windows of their own for a query test: a day in 2031 picked from the run's counter, so
   * concurrent runs over one storage rarely share it (and a shared one only adds records the test
   * does not count).
   */
  private static Instant ownDay() {
    return Instant.parse("2031-01-01T00:00:00Z").plusSeconds(86_400 * (currentNumber() % 3000));
  }

  @Test
  void a_record_with_chinese_text_references_a_notice_and_microseconds_reads_back_equal() {
    ChangeId id = newChange();
    ChangeRecord v1 = freshAdapter().save(change(id), List.of());
    assertEquals(Version.of(1), v1.version());
    assertEquals(Optional.of(v1), freshAdapter().find(id));
    ChangeRecord v2 = freshAdapter().save(
        v1.noticed(ChangeNotice.of(TOLD, ChangeNoticeChannel.IN_WRITING)), List.of());
    assertEquals(Version.of(2), v2.version());
    ChangeRecord read = freshAdapter().find(id).orElseThrow();
    assertEquals(v2, read);
    assertEquals("订单表加索引（orders.created_at）", read.what());
    assertEquals(List.of("文档管理系统/脚本/0042-索引.sql"), read.scriptReferences());
    assertEquals(Instant.parse("2026-04-10T14:00:00.123456Z"), read.windowStart());
    assertEquals(Instant.parse("2026-04-10T16:00:00.654321Z"), read.windowEnd());
    assertEquals(Optional.of(ChangeNotice.of(Instant.parse("2026-04-08T02:30:15.000001Z"),
        ChangeNoticeChannel.IN_WRITING)), read.priorNotice());
  }

  @Override
  final ChangeId newKey() {
    return newChange();
  }

  /** Variant 0 is the change of 10 April 2026; others start {@code variant} days later. */
  @Override
  final Saving<ChangeRecord> created(ChangeId id, int variant) {
    ChangeRecord made = variant == 0 ? change(id)
        : change(id, START.plusSeconds(86_400L * variant));
    return new Saving<>(made, events(id, Version.of(1), "new-" + variant));
  }

  /** Records the prior notice, told {@code variant} seconds after 8 April, by another channel. */
  @Override
  final Saving<ChangeRecord> changed(ChangeRecord stored, int variant) {
    ChangeNoticeChannel[] channels = ChangeNoticeChannel.values();
    return new Saving<>(stored.noticed(ChangeNotice.of(TOLD.plusSeconds(variant),
        channels[variant % channels.length])),
        events(stored.id(), stored.version().next(), "change-" + variant));
  }

  @Test
  void a_window_starting_at_from_is_answered_and_one_starting_at_to_is_not() {
    Instant from = ownDay();
    Instant to = from.plusSeconds(3600);
    // Made in ID order: before (1 µs before from), atFrom, lastIn (1 µs before to), atTo.
    ChangeId before = newChange();
    ChangeId atFrom = newChange();
    ChangeId lastIn = newChange();
    ChangeId atTo = newChange();
    freshAdapter().save(change(before, from.minusNanos(1000)), List.of());
    freshAdapter().save(change(atFrom, from), List.of());
    freshAdapter().save(change(lastIn, to.minusNanos(1000)), List.of());
    freshAdapter().save(change(atTo, to), List.of());
    List<ChangeId> ours = List.of(before, atFrom, lastIn, atTo);
    assertEquals(List.of(atFrom, lastIn), ids(freshAdapter()
        .startingBetween(from, to, Integer.MAX_VALUE), ours));
    assertEquals(List.of(lastIn), ids(freshAdapter()
        .startingBetweenAfter(from, to, atFrom, Integer.MAX_VALUE), ours));
    assertEquals(List.of(atTo), ids(freshAdapter()
        .startingBetween(to, to.plusNanos(1000), Integer.MAX_VALUE), ours));
    assertEquals(List.of(), ids(freshAdapter().startingBetween(from, from, Integer.MAX_VALUE),
        ours), "an empty window answers nothing");
  }

  @Test
  void a_reversed_window_is_refused() {
    Instant from = ownDay();
    Instant to = from.plusSeconds(1);
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().startingBetween(to, from, 10));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().startingBetweenAfter(to, from, newChange(), 10));
  }

  private static List<ChangeId> ids(List<ChangeRecord> records, List<ChangeId> ours) {
    return records.stream().map(ChangeRecord::id).filter(ours::contains).toList();
  }
}
