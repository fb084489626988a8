package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.FollowUpAssigned;
import org.aftersales.core.contract.FollowUpAssignment;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link PropertySales} port (商品房销售档案契约测试), CON-09, as tests any
 * adapter can run: extend this class in your test sources and implement {@link #freshAdapter()}
 * and {@link #outbox()}.
 *
 * <pre>{@code
 * class JdbcPropertySalesTest extends PropertySalesContract {
 *   @Override protected PropertySales freshAdapter() { return new JdbcPropertySales(ds); }
 *   @Override protected Outbox outbox() { return new JdbcOutbox(ds); }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a saved sale — its schedule, completion acceptance and delivery — reads back equal through
 *       a fresh adapter instance, at the next version each time;</li>
 *   <li>optimistic versions: a stale save, a new sale for a contract already stored and an update
 *       of a sale never stored are refused and write nothing, neither sale nor events;</li>
 *   <li>the save's events reach the outbox with the sale;</li>
 *   <li>{@link PropertySales#dueBetween} and {@link PropertySales#dueBetweenAfter}: a payment,
 *       move-in notice or title-documents reminder due on {@code from} and on {@code to - 1} is
 *       answered, one due on {@code to} or before {@code from} is not, nor a schedule spanning
 *       the window without a date in it; the latest stored version is answered (a corrected
 *       delivery moves the sale in or out); by contract ID, at most {@code max}, pages meeting
 *       every sale once; {@code max} 0 answers nothing; a negative {@code max} and {@code to}
 *       before {@code from} are refused;</li>
 *   <li>concurrent saves of one version: exactly one wins, the others are refused.</li>
 * </ul>
 *
 * <p><b>No reset needed.</b> Every test uses contract IDs of its own, built from a random key per
 * test run ({@link #runKey()}); the query tests check their own sales among whatever else is
 * stored. Each test fails after two minutes. // rule: CON-09
 *
 * <p>Its tests of optimistic versions, of the outbox, of paging and of concurrent saves are those
 * of every versioned repository contract in this package, written once; this class adds its own.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class PropertySalesContract
    extends VersionedRepositoryContract<PropertySales, ContractId, PropertySale> {

  private static final Instant AT = Instant.parse("2031-05-20T02:15:30.123456Z");
  private static final PersonId WANG = PersonId.of("wang");
  private static final PersonId LI = PersonId.of("li");
  /** The query window of the edge tests: 1 May 2031 (inclusive) to 11 May 2031 (exclusive). */
  private static final LocalDate FROM = LocalDate.of(2031, 5, 1);
  private static final LocalDate TO = LocalDate.of(2031, 5, 11);
  /** A lump sum long before the window, for the sales whose other reminders are tested. */
  private static final LocalDate JANUARY = LocalDate.of(2031, 1, 15);

  /** For subclasses. */
  protected PropertySalesContract() {
    super(new Access<>(PropertySale::contract, PropertySale::version,
        PropertySale::withVersion, PropertySales::save, PropertySales::find,
        (port, max) -> port.dueBetween(JANUARY, JANUARY.plusDays(1), max),
        (port, after, max) -> port.dueBetweenAfter(JANUARY, JANUARY.plusDays(1), after, max)));
  }

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  @Override
  protected abstract PropertySales freshAdapter();

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
   * A contract ID no earlier test used; IDs made later sort after earlier ones within a test.
   *
   * @return e.g. {@code GF-3fa09c1e77-000017}
   */
  protected ContractId newContract() {
    return ContractId.of(String.format("GF-%s-%06d", runKey(), nextNumber()));
  }

  private static PropertySale sale(ContractId contract, PropertyPaymentMethod method,
      LocalDate... dueDates) {
    return PropertySale.of(contract, method, List.of(dueDates), PropertyAfterSalesTerms.seed());
  }

  private static PropertySale lumpSum(ContractId contract, LocalDate due) {
    return sale(contract, PropertyPaymentMethod.LUMP_SUM, due);
  }

  /**
   * The outbox events of one save: one event under the sale's ID and the version the save
   * stores. A core event type is used so that an adapter whose outbox serialises known event
   * types can store it.
   */
  private static List<OutboxEvent> events(PropertySale s, String note) {
    return OutboxEvent.of("property-sale", s.contract().value(), s.version().next(),
        List.of(new FollowUpAssigned(s.contract(), note, ObligationKind.EXPIRY_NOTICE,
            new FollowUpAssignment(LI, WANG, AT), AT)));
  }

  private PropertySale save(PropertySale s) {
    return freshAdapter().save(s, List.of());
  }

  @Test
  void a_sale_with_its_acceptance_and_delivery_reads_back_equal_through_a_fresh_adapter() {
    PropertySale v1 = save(sale(newContract(), PropertyPaymentMethod.MORTGAGE,
        LocalDate.of(2031, 3, 1), LocalDate.of(2031, 4, 1)));
    assertEquals(Version.of(1), v1.version());
    assertEquals(Optional.of(v1), freshAdapter().find(v1.contract()));
    PropertySale v2 = save(v1.completionAccepted(LocalDate.of(2031, 6, 30)));
    PropertySale v3 = save(v2.delivered(LocalDate.of(2031, 8, 31)));
    assertEquals(Version.of(3), v3.version());
    PropertySale read = freshAdapter().find(v1.contract()).orElseThrow();
    assertEquals(v3, read);
    assertEquals(PropertyPaymentMethod.MORTGAGE, read.method());
    assertEquals(List.of(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 4, 1)), read.dueDates());
    // Two follow-ups, the move-in notice on 30 June, the title documents 31 August + 3 months
    // = 30 November (clamped).
    assertEquals(List.of(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 4, 1),
        LocalDate.of(2031, 6, 30), LocalDate.of(2031, 11, 30)),
        read.reminders().stream().map(r -> r.due()).toList());
  }

  @Override
  final ContractId newKey() {
    return newContract();
  }

  /**
   * Variant 0 is a lump sum due 15 January 2031 (the window of {@link #firstPage}); others
   * {@code variant} days later.
   */
  @Override
  final Saving<PropertySale> created(ContractId id, int variant) {
    PropertySale made = lumpSum(id, JANUARY.plusDays(variant));
    return new Saving<>(made, events(made, "new-" + variant));
  }

  /** Delivers on 1 August 2031 + {@code variant} days: the title documents fall in November. */
  @Override
  final Saving<PropertySale> changed(PropertySale stored, int variant) {
    PropertySale next = stored.delivered(LocalDate.of(2031, 8, 1).plusDays(variant));
    return new Saving<>(next, events(next, "change-" + variant));
  }

  /** The contract IDs among {@code ours} that the whole paged query answers, in order. */
  private List<ContractId> pagedAmong(List<ContractId> ours, LocalDate from, LocalDate to,
      int pageSize) {
    return pagedIdsAmong(ours, pageSize, max -> freshAdapter().dueBetween(from, to, max),
        (after, max) -> freshAdapter().dueBetweenAfter(from, to, after, max));
  }

  @Test
  void the_run_query_answers_sales_with_a_reminder_from_the_first_day_up_to_the_day_before_to() {
    // rule: CON-09 — window [1 May, 11 May 2031); the move-in notice is due on the day of the
    // completion acceptance, the title documents on the delivery + 3 months.
    ContractId payOnFrom = newContract(); // instalments 1 May and 1 August
    ContractId payOnLast = newContract(); // lump sum 10 May
    ContractId payOnTo = newContract(); // lump sum 11 May
    ContractId followUpsBefore = newContract(); // mortgage follow-ups 1 March and 30 April
    ContractId spanning = newContract(); // instalments 1 April and 1 June: none in the window
    ContractId moveInOnFrom = newContract(); // accepted 1 May
    ContractId moveInOnTo = newContract(); // accepted 11 May
    ContractId titleOnLast = newContract(); // delivered 10 February: 10 May
    ContractId titleOnTo = newContract(); // delivered 11 February: 11 May
    // Saved out of ID order, so that the order answered is the adapter's.
    save(lumpSum(titleOnTo, JANUARY).delivered(LocalDate.of(2031, 2, 11)));
    save(lumpSum(titleOnLast, JANUARY).delivered(LocalDate.of(2031, 2, 10)));
    save(lumpSum(moveInOnTo, JANUARY).completionAccepted(LocalDate.of(2031, 5, 11)));
    save(lumpSum(moveInOnFrom, JANUARY).completionAccepted(LocalDate.of(2031, 5, 1)));
    save(sale(spanning, PropertyPaymentMethod.INSTALMENTS, LocalDate.of(2031, 4, 1),
        LocalDate.of(2031, 6, 1)));
    save(sale(followUpsBefore, PropertyPaymentMethod.MORTGAGE, LocalDate.of(2031, 3, 1),
        LocalDate.of(2031, 4, 30)));
    save(lumpSum(payOnTo, LocalDate.of(2031, 5, 11)));
    save(lumpSum(payOnLast, LocalDate.of(2031, 5, 10)));
    save(sale(payOnFrom, PropertyPaymentMethod.INSTALMENTS, LocalDate.of(2031, 5, 1),
        LocalDate.of(2031, 8, 1)));
    List<ContractId> ours = List.of(payOnFrom, payOnLast, payOnTo, followUpsBefore, spanning,
        moveInOnFrom, moveInOnTo, titleOnLast, titleOnTo);
    List<ContractId> expected = List.of(payOnFrom, payOnLast, moveInOnFrom, titleOnLast);
    assertEquals(expected, freshAdapter().dueBetween(FROM, TO, Integer.MAX_VALUE).stream()
        .map(PropertySale::contract).filter(ours::contains).toList());
    assertEquals(expected, pagedAmong(ours, FROM, TO, 1));
    assertEquals(expected, pagedAmong(ours, FROM, TO, 3));
    // One day later the window [2 May, 12 May) loses 1 May and gains 11 May.
    assertEquals(List.of(payOnLast, payOnTo, moveInOnTo, titleOnLast, titleOnTo),
        pagedAmong(ours, FROM.plusDays(1), TO.plusDays(1), 2));
  }

  @Test
  void a_corrected_delivery_moves_a_sale_into_or_out_of_the_run_query() {
    // rule: CON-09 — a delivery corrected from 11 to 10 February 2031 moves the title documents
    // from 11 May (outside [1 May, 11 May)) to 10 May (inside); one corrected from 10 February
    // to 10 March moves them out, to 10 June.
    PropertySale movedIn = save(lumpSum(newContract(), JANUARY)
        .delivered(LocalDate.of(2031, 2, 11)));
    PropertySale movedInV2 = save(movedIn.delivered(LocalDate.of(2031, 2, 10)));
    PropertySale movedOut = save(lumpSum(newContract(), JANUARY)
        .delivered(LocalDate.of(2031, 2, 10)));
    save(movedOut.delivered(LocalDate.of(2031, 3, 10)));
    List<PropertySale> answered = freshAdapter().dueBetween(FROM, TO, Integer.MAX_VALUE)
        .stream().filter(s -> s.contract().equals(movedIn.contract())
            || s.contract().equals(movedOut.contract())).toList();
    assertEquals(List.of(movedInV2), answered);
  }

  @Test
  void an_empty_window_answers_nothing() {
    PropertySale s = save(lumpSum(newContract(), FROM));
    assertTrue(freshAdapter().dueBetween(FROM, FROM, Integer.MAX_VALUE).stream()
        .noneMatch(x -> x.contract().equals(s.contract())), "[from, from) is empty");
  }

  @Test
  void a_reversed_window_is_refused() {
    assertThrows(InvalidInputException.class, () -> freshAdapter().dueBetween(TO, FROM, 10));
    assertThrows(InvalidInputException.class,
        () -> freshAdapter().dueBetweenAfter(TO, FROM, newContract(), 10));
  }
}
