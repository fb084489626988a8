package org.aftersales.core.servicelevel;

import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.internal.DomainValueStyle;
import org.immutables.value.Value;

/**
 * What a service level is looked up by (时限查询条件): the milestone and, where known, the job's
 * service category, its zone and its contract. A {@link ServiceLevelPolicy} picks the most
 * specific target that matches. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceLevelKey key = ServiceLevelKey.builder()
 *     .milestone(Milestone.ARRIVAL_ON_SITE)
 *     .category(ServiceCategory.B)
 *     .zone(ServiceZone.SUBURB)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainValueStyle
public abstract class ServiceLevelKey {

  ServiceLevelKey() {}

  /**
   * What is measured.
   *
   * @return the milestone
   */
  public abstract Milestone milestone();

  /**
   * The job's service category, if known.
   *
   * @return the category
   */
  public abstract Optional<ServiceCategory> category();

  /**
   * The zone where the service is given, if known.
   *
   * @return the zone
   */
  public abstract Optional<ServiceZone> zone();

  /**
   * The contract the job falls under, if any; targets configured for that contract win.
   *
   * @return the contract
   */
  public abstract Optional<ContractId> contract();

  /**
   * A key with only a milestone.
   *
   * @param milestone what is measured
   * @return the key
   */
  public static ServiceLevelKey of(Milestone milestone) {
    return builder().milestone(milestone).build();
  }

  /**
   * A key with a milestone and a zone.
   *
   * @param milestone what is measured
   * @param zone where the service is given
   * @return the key
   */
  public static ServiceLevelKey of(Milestone milestone, ServiceZone zone) {
    return builder().milestone(milestone).zone(zone).build();
  }

  /**
   * A builder; {@code milestone} is required, the rest optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceLevelKey}. */
  public static final class Builder extends ImmutableServiceLevelKey.Builder {
    Builder() {}
  }
}
