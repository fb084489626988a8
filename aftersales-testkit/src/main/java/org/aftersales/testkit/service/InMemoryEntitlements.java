package org.aftersales.testkit.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.Entitlements;

/**
 * A map-backed {@link Entitlements} (保修与合同权益) standing in for the ERP in tests: each unit,
 * by product model and serial, has the entitlement {@link #grant granted} to it, whatever the
 * received-at; a unit never granted anything has {@link Entitlement#none()}. Thread-safe.
 */
public final class InMemoryEntitlements implements Entitlements {

  private final Map<List<String>, Entitlement> byUnit = new ConcurrentHashMap<>();

  private InMemoryEntitlements() {}

  /**
   * An ERP that knows no unit yet: every lookup answers {@link Entitlement#none()}.
   *
   * @return the adapter
   */
  public static InMemoryEntitlements create() {
    return new InMemoryEntitlements();
  }

  /**
   * Records what a unit is entitled to, replacing what it had.
   *
   * @param productModel the product model
   * @param productSerial the unit's serial number
   * @param entitlement its entitlement
   * @return this adapter, for chaining
   */
  public InMemoryEntitlements grant(String productModel, String productSerial,
      Entitlement entitlement) {
    byUnit.put(List.of(requireNonNull(productModel, "productModel"),
        requireNonNull(productSerial, "productSerial")),
        requireNonNull(entitlement, "entitlement"));
    return this;
  }

  @Override
  public Entitlement lookUp(String productModel, String productSerial, Instant receivedAt) {
    requireNonNull(receivedAt, "receivedAt");
    return byUnit.getOrDefault(List.of(requireNonNull(productModel, "productModel"),
        requireNonNull(productSerial, "productSerial")), Entitlement.none());
  }
}
