package org.aftersales.testkit.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;

/**
 * A map-backed {@link Entitlements} (保修与合同权益) standing in for the ERP in tests: each unit,
 * by product model and serial, has the entitlement {@link #grant granted} to it and the
 * maintenance contracts {@link #grantContract granted} for a period; a unit never granted anything
 * has {@link Entitlement#none()}.
 *
 * <p>Strict where {@link Entitlement#warrantyUntil()} promises it: a warranty is answered only for
 * a request received on or before its last day, that day's end taken in the adapter's business
 * zone ({@link #create(ZoneId)}; {@link #create()} takes Asia/Shanghai), never in the JVM's
 * default zone. A contract granted with {@link #grant} covers whenever; one granted with
 * {@link #grantContract} covers from its first through its last day, both inclusive, in the
 * business zone. Thread-safe.
 */
public final class InMemoryEntitlements implements Entitlements {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final ZoneId businessZone;
  private final Map<List<String>, Entitlement> byUnit = new ConcurrentHashMap<>();
  private final Map<List<String>, List<DatedContract>> contractsByUnit =
      new ConcurrentHashMap<>();

  private InMemoryEntitlements(ZoneId businessZone) {
    this.businessZone = requireNonNull(businessZone, "businessZone");
  }

  /**
   * An ERP that knows no unit yet and decides coverage in Asia/Shanghai (the seed's business
   * zone): every lookup answers {@link Entitlement#none()}.
   *
   * @return the adapter
   */
  public static InMemoryEntitlements create() {
    return new InMemoryEntitlements(SHANGHAI);
  }

  /**
   * An ERP that knows no unit yet and decides coverage in {@code businessZone}.
   *
   * @param businessZone the zone whose calendar days a warranty's and a contract's days are
   * @return the adapter
   */
  public static InMemoryEntitlements create(ZoneId businessZone) {
    return new InMemoryEntitlements(businessZone);
  }

  /**
   * Records what a unit is entitled to, replacing what it had been granted this way; its warranty,
   * if any, is answered only for requests received on or before its last day.
   *
   * @param productModel the product model
   * @param productSerial the unit's serial number
   * @param entitlement its entitlement
   * @return this adapter, for chaining
   */
  public InMemoryEntitlements grant(String productModel, String productSerial,
      Entitlement entitlement) {
    byUnit.put(unit(productModel, productSerial), requireNonNull(entitlement, "entitlement"));
    return this;
  }

  /**
   * Records a maintenance contract covering a unit from {@code firstDay} through {@code lastDay}
   * (both inclusive, days of the business zone), beside its other contracts (a renewal follows
   * the contract it renews). Periods of one unit's contracts should not overlap; if they do, the
   * one granted first answers.
   *
   * @param productModel the product model
   * @param productSerial the unit's serial number
   * @param contract the contract
   * @param firstDay its first day
   * @param lastDay its last day, not before {@code firstDay}
   * @return this adapter, for chaining
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
   */
  public InMemoryEntitlements grantContract(String productModel, String productSerial,
      ContractId contract, LocalDate firstDay, LocalDate lastDay) {
    DatedContract dated = new DatedContract(requireNonNull(contract, "contract"),
        requireNonNull(firstDay, "firstDay"), requireNonNull(lastDay, "lastDay"));
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("the contract " + contract + " ends on " + lastDay
          + ", before its first day " + firstDay);
    }
    contractsByUnit.computeIfAbsent(unit(productModel, productSerial),
        u -> new CopyOnWriteArrayList<>()).add(dated);
    return this;
  }

  @Override
  public Entitlement lookUp(String productModel, String productSerial, Instant receivedAt) {
    List<String> unit = unit(productModel, productSerial);
    LocalDate day = requireNonNull(receivedAt, "receivedAt").atZone(businessZone).toLocalDate();
    Entitlement granted = byUnit.getOrDefault(unit, Entitlement.none());
    Entitlement.Builder answer = Entitlement.builder().internalJob(granted.internalJob());
    granted.warrantyUntil().filter(lastDay -> !day.isAfter(lastDay))
        .ifPresent(answer::warrantyUntil);
    if (granted.contract().isPresent()) {
      answer.contract(granted.contract().get());
    } else {
      contractsByUnit.getOrDefault(unit, List.of()).stream().filter(c -> c.covers(day))
          .findFirst().ifPresent(c -> answer.contract(c.contract()));
    }
    return answer.build();
  }

  private static List<String> unit(String productModel, String productSerial) {
    return List.of(requireNonNull(productModel, "productModel"),
        requireNonNull(productSerial, "productSerial"));
  }

  /** A contract's period, both days inclusive. */
  private record DatedContract(ContractId contract, LocalDate firstDay, LocalDate lastDay) {
    boolean covers(LocalDate day) {
      return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
  }
}
