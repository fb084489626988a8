package org.aftersales.testkit.service;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.Billing;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Entitlements} port (保修与合同权益查询契约测试), as tests any ERP
 * adapter can run: extend this class, say in which zone your ERP decides ({@link #businessZone()})
 * and give an adapter over an ERP that knows the records the test names
 * ({@link #erpKnowing(List)}).
 *
 * <pre>{@code
 * class ErpEntitlementsTest extends EntitlementsContract {
 *   @Override protected ZoneId businessZone() { return ZoneId.of("Asia/Shanghai"); }
 *   @Override protected Entitlements erpKnowing(List<ErpRecord> records) {
 *     records.forEach(testErp::insert);   // rows in your ERP's test schema
 *     return new ErpEntitlements(testErp.dataSource());
 *   }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 * <ul>
 *   <li>a unit the ERP does not know — an unknown serial, or a known serial under another model —
 *       is entitled to {@link Entitlement#none()} (category A, a quote first);</li>
 *   <li>a warranty covers a request received up to the end of its last day (保修截止日), that day
 *       taken in the business zone, and no later: the answer carries the last day and makes the
 *       job category C, free; the next day's first instant answers none;</li>
 *   <li>a maintenance contract covers from the first instant of its first day to the last instant
 *       of its last day, in the business zone; a renewal answers from its own first day;</li>
 *   <li>a contract and a warranty covering one moment are both answered (category B, SVC-01); an
 *       internal unit is an internal job (category D) whenever the request is received;</li>
 *   <li>a lookup is read-only: the same arguments answer the same, also from 16 threads at
 *       once.</li>
 * </ul>
 *
 * <p><b>Days and zones.</b> Every edge is a midnight of the business zone, so an adapter that
 * takes a request's day in UTC or in the JVM's default zone fails whenever that zone's offset
 * differs from the business zone's; run the contract with a JVM default zone other than your
 * business zone (for example {@code -Duser.timezone=UTC}) to be sure. The last instant of a day
 * is taken to the microsecond (the library's {@code SupportedInstant} precision). The port's
 * Javadoc says a warranty's date is its last day; it says nothing of a contract's days, and this
 * contract reads them the same way, both inclusive.
 *
 * <p><b>No reset needed.</b> Serial numbers are built from a random key per test run, so the
 * ERP may know other units. Each test fails after two minutes. // rule: SVC-01, SVC-15
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class EntitlementsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String MODEL = "CNC-450";

  /** For subclasses. */
  protected EntitlementsContract() {}

  /**
   * The zone in whose calendar the ERP decides whether a warranty or a contract covered a moment.
   *
   * @return the zone
   */
  protected abstract ZoneId businessZone();

  /**
   * An adapter over an ERP that knows at least {@code records} (and may know other units).
   *
   * @param records what the ERP must know, each one a unit's warranty, contract or internal use
   * @return the adapter
   */
  protected abstract Entitlements erpKnowing(List<ErpRecord> records);

  /**
   * One record the ERP must know for a test: a {@link WarrantyRecord}, a {@link ContractRecord}
   * or an {@link InternalUnitRecord}. A unit is named by its product model (产品型号) and serial
   * number (机号).
   */
  public sealed interface ErpRecord permits WarrantyRecord, ContractRecord, InternalUnitRecord {

    /**
     * The unit's product model.
     *
     * @return the model
     */
    String productModel();

    /**
     * The unit's serial number.
     *
     * @return the serial
     */
    String productSerial();
  }

  /**
   * The unit's warranty (保修), until its last day (保修截止日), inclusive, in the business zone.
   *
   * @param productModel the product model
   * @param productSerial the serial number
   * @param lastDay the warranty's last day
   */
  public record WarrantyRecord(String productModel, String productSerial, LocalDate lastDay)
      implements ErpRecord {

    /**
     * Checks the fields.
     *
     * @param productModel the product model
     * @param productSerial the serial number
     * @param lastDay the warranty's last day
     */
    public WarrantyRecord {
      requireNonNull(productModel, "productModel");
      requireNonNull(productSerial, "productSerial");
      requireNonNull(lastDay, "lastDay");
    }
  }

  /**
   * A maintenance contract (维护合同) covering the unit from its first through its last day, both
   * inclusive, in the business zone.
   *
   * @param productModel the product model
   * @param productSerial the serial number
   * @param contract the contract
   * @param firstDay its first day
   * @param lastDay its last day
   */
  public record ContractRecord(String productModel, String productSerial, ContractId contract,
      LocalDate firstDay, LocalDate lastDay) implements ErpRecord {

    /**
     * Checks the fields.
     *
     * @param productModel the product model
     * @param productSerial the serial number
     * @param contract the contract
     * @param firstDay its first day
     * @param lastDay its last day
     */
    public ContractRecord {
      requireNonNull(productModel, "productModel");
      requireNonNull(productSerial, "productSerial");
      requireNonNull(contract, "contract");
      requireNonNull(firstDay, "firstDay");
      requireNonNull(lastDay, "lastDay");
    }
  }

  /**
   * A unit the company uses itself, whose jobs are internal administrative work (一般行政工作).
   *
   * @param productModel the product model
   * @param productSerial the serial number
   */
  public record InternalUnitRecord(String productModel, String productSerial)
      implements ErpRecord {

    /**
     * Checks the fields.
     *
     * @param productModel the product model
     * @param productSerial the serial number
     */
    public InternalUnitRecord {
      requireNonNull(productModel, "productModel");
      requireNonNull(productSerial, "productSerial");
    }
  }

  private static String newSerial() {
    return "SN-" + RUN + "-" + COUNTER.incrementAndGet();
  }

  private Instant firstInstantOf(LocalDate day) {
    return day.atStartOfDay(businessZone()).toInstant();
  }

  private Instant lastInstantOf(LocalDate day) {
    // The last microsecond of the day: the library keeps instants to the microsecond.
    return firstInstantOf(day.plusDays(1)).minusNanos(1_000);
  }

  @Test
  void a_unit_the_erp_does_not_know_is_entitled_to_nothing_and_pays_after_a_quote() {
    // rule: SVC-01, SVC-15
    String known = newSerial();
    LocalDate lastDay = LocalDate.of(2030, 12, 31);
    Entitlements erp = erpKnowing(List.of(new WarrantyRecord(MODEL, known, lastDay)));
    Instant at = firstInstantOf(LocalDate.of(2026, 11, 2)).plusSeconds(9 * 3_600);

    Entitlement unknownSerial = erp.lookUp(MODEL, newSerial(), at);
    assertEquals(Entitlement.none(), unknownSerial);
    assertEquals(ServiceCategory.A, unknownSerial.category());
    assertEquals(Billing.PAID_AFTER_QUOTE, unknownSerial.billing());
    assertEquals(Entitlement.none(), erp.lookUp("CNC-451", known, at),
        "a known serial under another model is another unit");
    assertEquals(Entitlement.underWarrantyUntil(lastDay), erp.lookUp(MODEL, known, at),
        "while the unit itself is known");
  }

  @Test
  void a_warranty_covers_a_request_received_up_to_the_last_instant_of_its_last_day() {
    // rule: SVC-15
    String serial = newSerial();
    LocalDate lastDay = LocalDate.of(2026, 3, 31);
    Entitlements erp = erpKnowing(List.of(new WarrantyRecord(MODEL, serial, lastDay)));
    Entitlement underWarranty = Entitlement.underWarrantyUntil(lastDay);

    assertEquals(underWarranty, erp.lookUp(MODEL, serial, firstInstantOf(LocalDate.of(2025, 4,
        1))), "a year before its end");
    assertEquals(underWarranty, erp.lookUp(MODEL, serial, firstInstantOf(lastDay)));
    Entitlement onTheLastInstant = erp.lookUp(MODEL, serial, lastInstantOf(lastDay));
    assertEquals(underWarranty, onTheLastInstant);
    assertEquals(ServiceCategory.C, onTheLastInstant.category());
    assertEquals(Billing.FREE_UNDER_WARRANTY, onTheLastInstant.billing());
  }

  @Test
  void a_warranty_no_longer_covers_a_request_received_on_the_day_after_its_last_day() {
    // rule: SVC-15
    String serial = newSerial();
    LocalDate lastDay = LocalDate.of(2026, 3, 31);
    Entitlements erp = erpKnowing(List.of(new WarrantyRecord(MODEL, serial, lastDay)));

    Entitlement nextDay = erp.lookUp(MODEL, serial, firstInstantOf(LocalDate.of(2026, 4, 1)));
    assertEquals(Entitlement.none(), nextDay);
    assertEquals(Billing.PAID_AFTER_QUOTE, nextDay.billing(), "out of warranty, a quote first");
    assertEquals(Entitlement.none(), erp.lookUp(MODEL, serial,
        firstInstantOf(LocalDate.of(2027, 4, 1))), "nor a year later");
  }

  @Test
  void a_contract_covers_from_the_first_instant_of_its_first_day_to_the_last_of_its_last_day() {
    // rule: SVC-01
    String serial = newSerial();
    ContractId contract = ContractId.of("MC-" + RUN + "-" + COUNTER.incrementAndGet());
    LocalDate firstDay = LocalDate.of(2026, 3, 8);
    LocalDate lastDay = LocalDate.of(2027, 3, 7);
    Entitlements erp = erpKnowing(List.of(
        new ContractRecord(MODEL, serial, contract, firstDay, lastDay)));
    Entitlement underContract = Entitlement.underContract(contract);

    assertEquals(Entitlement.none(), erp.lookUp(MODEL, serial, lastInstantOf(firstDay
        .minusDays(1))), "the eve of its first day");
    Entitlement onFirstDay = erp.lookUp(MODEL, serial, firstInstantOf(firstDay));
    assertEquals(underContract, onFirstDay);
    assertEquals(ServiceCategory.B, onFirstDay.category());
    assertEquals(Billing.CONTRACT, onFirstDay.billing());
    assertEquals(underContract, erp.lookUp(MODEL, serial, lastInstantOf(lastDay)));
    assertEquals(Entitlement.none(), erp.lookUp(MODEL, serial, firstInstantOf(lastDay
        .plusDays(1))), "the day after its last day");
  }

  @Test
  void a_renewal_answers_from_its_own_first_day_and_the_renewed_contract_up_to_its_last() {
    // rule: SVC-01
    String serial = newSerial();
    ContractId renewed = ContractId.of("MC-" + RUN + "-" + COUNTER.incrementAndGet());
    ContractId renewal = ContractId.of("MC-" + RUN + "-" + COUNTER.incrementAndGet());
    LocalDate lastOfRenewed = LocalDate.of(2026, 12, 31);
    LocalDate firstOfRenewal = LocalDate.of(2027, 1, 1);
    Entitlements erp = erpKnowing(List.of(
        new ContractRecord(MODEL, serial, renewed, LocalDate.of(2026, 1, 1), lastOfRenewed),
        new ContractRecord(MODEL, serial, renewal, firstOfRenewal, LocalDate.of(2027, 12, 31))));

    assertEquals(Entitlement.underContract(renewed),
        erp.lookUp(MODEL, serial, lastInstantOf(lastOfRenewed)));
    assertEquals(Entitlement.underContract(renewal),
        erp.lookUp(MODEL, serial, firstInstantOf(firstOfRenewal)));
  }

  @Test
  void a_contract_and_a_warranty_covering_one_moment_are_both_answered_and_the_contract_wins() {
    // rule: SVC-01
    String serial = newSerial();
    ContractId contract = ContractId.of("MC-" + RUN + "-" + COUNTER.incrementAndGet());
    LocalDate warrantyLastDay = LocalDate.of(2026, 6, 30);
    Entitlements erp = erpKnowing(List.of(
        new WarrantyRecord(MODEL, serial, warrantyLastDay),
        new ContractRecord(MODEL, serial, contract, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31))));

    Entitlement both = erp.lookUp(MODEL, serial, lastInstantOf(warrantyLastDay));
    assertEquals(Entitlement.builder().warrantyUntil(warrantyLastDay).contract(contract).build(),
        both);
    assertEquals(ServiceCategory.B, both.category());
    assertEquals(Entitlement.underContract(contract),
        erp.lookUp(MODEL, serial, firstInstantOf(warrantyLastDay.plusDays(1))),
        "the contract alone once the warranty has ended");
  }

  @Test
  void a_unit_in_internal_use_is_an_internal_job_whenever_the_request_is_received() {
    // rule: SVC-01
    String serial = newSerial();
    Entitlements erp = erpKnowing(List.of(new InternalUnitRecord(MODEL, serial)));
    for (LocalDate day : List.of(LocalDate.of(2020, 2, 29), LocalDate.of(2026, 11, 2),
        LocalDate.of(2035, 12, 31))) {
      Entitlement answer = erp.lookUp(MODEL, serial, lastInstantOf(day));
      assertEquals(Entitlement.internal(), answer, day::toString);
      assertEquals(ServiceCategory.D, answer.category());
      assertEquals(Billing.INTERNAL, answer.billing());
    }
  }

  @Test
  void the_same_lookup_answers_the_same_however_often_and_from_however_many_threads()
      throws Exception {
    // rule: SVC-01
    String warranted = newSerial();
    String contracted = newSerial();
    ContractId contract = ContractId.of("MC-" + RUN + "-" + COUNTER.incrementAndGet());
    LocalDate lastDay = LocalDate.of(2026, 3, 31);
    Entitlements erp = erpKnowing(List.of(new WarrantyRecord(MODEL, warranted, lastDay),
        new ContractRecord(MODEL, contracted, contract, LocalDate.of(2025, 4, 1), lastDay)));
    // Each lookup with the answer worked out from the records above, at both edges of the day.
    List<Lookup> lookups = List.of(
        new Lookup(warranted, lastInstantOf(lastDay), Entitlement.underWarrantyUntil(lastDay)),
        new Lookup(warranted, lastInstantOf(lastDay).plusNanos(1_000), Entitlement.none()),
        new Lookup(contracted, lastInstantOf(lastDay), Entitlement.underContract(contract)),
        new Lookup(contracted, lastInstantOf(lastDay).plusNanos(1_000), Entitlement.none()),
        new Lookup(newSerial(), lastInstantOf(lastDay), Entitlement.none()));
    for (Lookup l : lookups) {
      assertEquals(l.expected(), erp.lookUp(MODEL, l.serial(), l.at()), l::toString);
      assertEquals(l.expected(), erp.lookUp(MODEL, l.serial(), l.at()), "again: " + l);
    }

    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Entitlement>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<Entitlement> answers = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            for (Lookup l : lookups) {
              answers.add(erp.lookUp(MODEL, l.serial(), l.at()));
            }
          }
          return answers;
        }));
      }
      start.countDown();
      for (Future<List<Entitlement>> r : results) {
        List<Entitlement> answers = r.get(1, TimeUnit.MINUTES);
        for (int i = 0; i < answers.size(); i++) {
          Lookup l = lookups.get(i % lookups.size());
          assertEquals(l.expected(), answers.get(i), l::toString);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One lookup of a unit of {@link #MODEL} and its expected answer. */
  private record Lookup(String serial, Instant at, Entitlement expected) {}
}
