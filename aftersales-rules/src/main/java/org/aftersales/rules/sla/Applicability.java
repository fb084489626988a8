package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceZone;

/**
 * The conditions under which a configured service level applies (适用条件): a service category,
 * a zone and a contract, each optional. An absent condition matches anything; a present one
 * matches only a key that has the same value.
 *
 * <pre>{@code
 * Applicability.any().inZone(ServiceZone.SUBURB).forCategory(ServiceCategory.B)
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Applicability {

  private static final Applicability ANY = new Applicability(null, null, null);

  private final ServiceCategory category;
  private final ServiceZone zone;
  private final ContractId contract;

  private Applicability(ServiceCategory category, ServiceZone zone, ContractId contract) {
    this.category = category;
    this.zone = zone;
    this.contract = contract;
  }

  /**
   * No condition: applies to every key of the target's milestone.
   *
   * @return the unconditional applicability
   */
  public static Applicability any() {
    return ANY;
  }

  /**
   * These conditions, restricted to a service category.
   *
   * @param serviceCategory the category
   * @return the new applicability
   */
  public Applicability forCategory(ServiceCategory serviceCategory) {
    return new Applicability(requireNonNull(serviceCategory, "serviceCategory"), zone, contract);
  }

  /**
   * These conditions, restricted to a zone.
   *
   * @param serviceZone the zone
   * @return the new applicability
   */
  public Applicability inZone(ServiceZone serviceZone) {
    return new Applicability(category, requireNonNull(serviceZone, "serviceZone"), contract);
  }

  /**
   * These conditions, restricted to a contract (a contract override).
   *
   * @param contractId the contract
   * @return the new applicability
   */
  public Applicability forContract(ContractId contractId) {
    return new Applicability(category, zone, requireNonNull(contractId, "contractId"));
  }

  /**
   * The category condition.
   *
   * @return the category, or empty for any
   */
  public Optional<ServiceCategory> category() {
    return Optional.ofNullable(category);
  }

  /**
   * The zone condition.
   *
   * @return the zone, or empty for any
   */
  public Optional<ServiceZone> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The contract condition.
   *
   * @return the contract, or empty for any
   */
  public Optional<ContractId> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * Whether every present condition has the key's value.
   *
   * @param key the key
   * @return true if the conditions are met
   */
  public boolean matches(ServiceLevelKey key) {
    return (category == null || key.category().filter(category::equals).isPresent())
        && (zone == null || key.zone().filter(zone::equals).isPresent())
        && (contract == null || key.contract().filter(contract::equals).isPresent());
  }

  /**
   * How many conditions are present (0 to 3).
   *
   * @return the number of conditions
   */
  public int specificity() {
    return (category == null ? 0 : 1) + (zone == null ? 0 : 1) + (contract == null ? 0 : 1);
  }

  /**
   * Equal if the same conditions are present with the same values.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Applicability that && Objects.equals(that.category, category)
        && Objects.equals(that.zone, zone) && Objects.equals(that.contract, contract);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, zone, contract);
  }

  /**
   * E.g. {@code "category B, zone SUBURB"} or {@code "any"}.
   *
   * @return the conditions
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (category != null) {
      s.append("category ").append(category);
    }
    if (zone != null) {
      s.append(s.length() == 0 ? "" : ", ").append("zone ").append(zone);
    }
    if (contract != null) {
      s.append(s.length() == 0 ? "" : ", ").append("contract ").append(contract);
    }
    return s.length() == 0 ? "any" : s.toString();
  }
}
