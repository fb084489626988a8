package org.aftersales.core.penalty;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.immutables.value.Value;

/**
 * Where a fault arose, as far as it could be traced (异常发生单位), PEN-05.
 *
 * <pre>{@code
 * FaultReport report = FaultReport.builder()
 *     .kind(DepartmentKind.MANUFACTURING)
 *     .group(pressGroup)          // the group is known, the person is not
 *     .wholeUnit(pressSection)
 *     .build();
 * }</pre>
 *
 * <p>Invariants: the person, if identified, is a member of the whole unit; every member of the
 * group, if identified, is a member of the whole unit (the group lies inside the section or
 * department). Immutable and thread-safe.
 */
@Value.Immutable
@DomainValueStyle
public abstract class FaultReport {

  FaultReport() {}

  /**
   * The kind of department in which the fault arose.
   *
   * @return the kind
   */
  public abstract DepartmentKind kind();

  /**
   * The person at fault, if identified.
   *
   * @return the person, a member of {@link #wholeUnit()}
   */
  public abstract Optional<PersonId> person();

  /**
   * The smallest unit (group) in which the fault arose, if identified.
   *
   * @return the group, inside {@link #wholeUnit()}
   */
  public abstract Optional<OrganizationUnit> group();

  /**
   * The fallback: the section (manufacturing) or the department (sales, service).
   *
   * @return the whole unit
   */
  public abstract OrganizationUnit wholeUnit();

  @Value.Check
  void check() {
    Set<PersonId> whole = new HashSet<>();
    for (Member m : wholeUnit().members()) {
      whole.add(m.person());
    }
    if (person().isPresent() && !whole.contains(person().get())) {
      throw InvalidInputException.of("person", PenaltyChecks.message(
          "core.penalty.notInUnit", "unit", wholeUnit().id()), person().get());
    }
    if (group().isPresent()) {
      for (Member m : group().get().members()) {
        if (!whole.contains(m.person())) {
          throw InvalidInputException.of("group", PenaltyChecks.message(
              "core.penalty.groupOutsideUnit", "unit", wholeUnit().id(), "person", m.person()),
              group().get().id());
        }
      }
    }
  }

  /**
   * A builder; {@code kind} and {@code wholeUnit} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FaultReport}. */
  public static final class Builder extends ImmutableFaultReport.Builder {
    Builder() {}
  }
}
