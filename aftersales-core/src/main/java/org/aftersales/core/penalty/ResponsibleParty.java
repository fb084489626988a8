package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;

/**
 * Who carries (a share of) a penalty (责任方): one person, or a unit whose members share it by
 * base points (PEN-09).
 */
public sealed interface ResponsibleParty permits ResponsibleParty.Person, ResponsibleParty.Unit {

  /**
   * A stable key that orders parties and breaks rounding ties, independent of input order:
   * {@code "P:"} and the person's ID, or {@code "U:"} and the unit's ID.
   *
   * @return the key
   */
  String key();

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

    @Override
    public String key() {
      return "P:" + person.value();
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

    @Override
    public String key() {
      return "U:" + unit.id().value();
    }
  }
}
