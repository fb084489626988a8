package org.aftersales.rules.penalty;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.aftersales.core.organization.OrganizationUnit;

/**
 * The {@link AllocationUnitWeights} of the units a policy saw most recently, so that a unit whose
 * base points do not change is not prepared again for every case. Direct-mapped by the unit's
 * identity hash, {@value #SLOTS} slots; an entry is used only for the very same unit instance
 * (units are immutable), so a hit returns exactly what {@link AllocationUnitWeights#of} would
 * compute and no result ever depends on the cache. It holds at most {@value #SLOTS} units.
 *
 * <p>Thread-safe: entries are immutable and published through an atomic array; racing writes only
 * replace one correct entry by another. Package-private.
 */
final class AllocationUnitCache {

  static final int SLOTS = 64;

  private final AtomicReferenceArray<AllocationUnitWeights> slots =
      new AtomicReferenceArray<>(SLOTS);

  /**
   * The weights of a unit, from the cache or computed.
   *
   * @param unit the unit
   * @return its weights
   */
  AllocationUnitWeights weightsOf(OrganizationUnit unit) {
    int slot = System.identityHashCode(unit) & (SLOTS - 1);
    AllocationUnitWeights cached = slots.get(slot);
    if (cached != null && cached.unit == unit) {
      return cached;
    }
    AllocationUnitWeights computed = AllocationUnitWeights.of(unit);
    slots.lazySet(slot, computed);
    return computed;
  }
}
