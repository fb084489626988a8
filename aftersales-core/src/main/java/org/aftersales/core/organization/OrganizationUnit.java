package org.aftersales.core.organization;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.immutables.value.Value;

/**
 * An organizational unit with its members (组织单位): a group, a section or a department. A fault
 * attributed to the unit is shared by these members by base points (PEN-09); a section lists every
 * member of the section.
 *
 * <p>Invariants: at least one member, no person twice; the lead, if any, is a member.
 */
@Value.Immutable
@DomainValueStyle
public abstract class OrganizationUnit {

  OrganizationUnit() {}

  /**
   * The unit's identifier.
   *
   * @return the identifier
   */
  public abstract UnitId id();

  /**
   * Group, section or department.
   *
   * @return the level
   */
  public abstract UnitLevel level();

  /**
   * The kind of department the unit belongs to.
   *
   * @return the kind
   */
  public abstract DepartmentKind kind();

  /**
   * The members with their base points, in the order given.
   *
   * @return the members, at least one
   */
  public abstract List<Member> members();

  /**
   * The unit's lead (组长), who pays a service fine when no person can be identified (CMP-20).
   *
   * @return the lead, a member, if the unit has one
   */
  public abstract Optional<PersonId> lead();

  /**
   * The sum of the members' base points.
   *
   * @return the total, greater than 0
   */
  public BigDecimal totalBasePoints() {
    BigDecimal total = BigDecimal.ZERO;
    for (Member m : members()) {
      total = total.add(m.basePoints().value());
    }
    return total;
  }

  /**
   * The index in {@link #members()} of the member at {@code position} in person-ID order
   * ({@link PersonId#compareTo}): position 0 is the member with the smallest person ID. The
   * members keep the order they were given in; this is a second, derived order over them, for
   * consumers that list or rank members by person ID (penalty allocation breaks ties and lists
   * persons that way) without sorting them again for every use. Computed once per unit, on first
   * use; not part of {@code equals}, {@code hashCode} or {@code toString}.
   *
   * @param position a position in person-ID order, from 0 to {@code members().size() - 1}
   * @return the index in {@link #members()} of the member at that position
   * @throws IndexOutOfBoundsException if {@code position} is outside the members
   */
  public int memberInIdOrder(int position) {
    return idOrder()[position];
  }

  /**
   * The member indices sorted by person ID; never handed out, so never changed after it is built.
   * Lazy: most units are built, compared and stored without ever being allocated over.
   *
   * @return the indices, a new array per unit (shared by every call on that unit)
   */
  @Value.Lazy
  int[] idOrder() {
    List<Member> list = members();
    Integer[] order = new Integer[list.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> list.get(a).person().compareTo(list.get(b).person()));
    int[] indices = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      indices[i] = order[i];
    }
    return indices;
  }

  @Value.Check
  void check() {
    if (members().isEmpty()) {
      throw InvalidInputException.of("members", MessageBundle.CORE.message(
          "core.organization.noMembers", "unit", id()));
    }
    Set<PersonId> seen = new HashSet<>();
    for (Member m : members()) {
      if (!seen.add(m.person())) {
        throw InvalidInputException.of("members", MessageBundle.CORE.message(
            "core.organization.memberTwice", "unit", id()), m.person());
      }
    }
    if (lead().isPresent() && !seen.contains(lead().get())) {
      throw InvalidInputException.of("lead", MessageBundle.CORE.message(
          "core.organization.leadNotMember", "unit", id()), lead().get());
    }
  }

  /**
   * A builder; {@code id}, {@code level}, {@code kind} and at least one member are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganizationUnit}. */
  public static final class Builder extends ImmutableOrganizationUnit.Builder {
    Builder() {}
  }
}
