package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;

/**
 * Who carries (a share of) a penalty (责任方): one person, or a unit whose members share it by
 * base points (PEN-09).
 *
 * <p>Parties are ordered by {@link #compareTo}: every person before every unit, persons by their
 * ID, units by theirs. The order does not depend on the input, so an allocation may use it to
 * break rounding ties. It is consistent with what a case treats as "the same party" (one person,
 * or units with the same ID) and so, for units, coarser than {@code equals}, which also compares
 * the members.
 */
public sealed interface ResponsibleParty extends Comparable<ResponsibleParty>
    permits ResponsibleParty.Person, ResponsibleParty.Unit {

  /**
   * Orders parties: a person before a unit, then by the person's or the unit's ID
   * ({@link String#compareTo(String)} order).
   *
   * @param other another party
   * @return negative, zero or positive as this party sorts before, with or after {@code other}
   */
  @Override
  default int compareTo(ResponsibleParty other) {
    if (this instanceof Person p && other instanceof Person q) {
      return p.person().compareTo(q.person());
    }
    if (this instanceof Unit u && other instanceof Unit v) {
      return u.unit().id().compareTo(v.unit().id());
    }
    return this instanceof Person ? -1 : 1;
  }

  /**
   * One person carries the share in full (个人过失, PEN-02).
   *
   * @param person the person
   */
  record Person(PersonId person) implements ResponsibleParty {
    /**
     * Checks the field.
     *
     * @param person the person
     */
    public Person {
      requireNonNull(person, "person");
    }

    /**
     * For messages.
     *
     * @return e.g. {@code person P-1001}
     */
    @Override
    public String toString() {
      return "person " + person;
    }
  }

  /**
   * A unit's members share it by base points (PEN-06, PEN-09).
   *
   * @param unit the unit with its members
   */
  record Unit(OrganizationUnit unit) implements ResponsibleParty {
    /**
     * Checks the field.
     *
     * @param unit the unit
     */
    public Unit {
      requireNonNull(unit, "unit");
    }

    /**
     * For messages.
     *
     * @return e.g. {@code unit G-PRESS}
     */
    @Override
    public String toString() {
      return "unit " + unit.id();
    }
  }
}
