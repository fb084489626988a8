package org.aftersales.core.organization;

import static java.util.Objects.requireNonNull;

/**
 * A person as a member of a unit, with the base points that weigh their share (成员).
 *
 * @param person the person
 * @param basePoints their base points
 */
public record Member(PersonId person, BasePoints basePoints) {
  /**
   * Checks the fields.
   *
   * @param person the person
   * @param basePoints their base points
   */
  public Member {
    requireNonNull(person, "person");
    requireNonNull(basePoints, "basePoints");
  }
}
