package org.aftersales.core.notification;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.organization.PersonId;

/**
 * Whom a notice is addressed to (接收人): a {@link Role role} the host resolves to people, or a
 * {@link Person person}. {@link #supervisor()} tells whether it is a supervisor, whose notices are
 * collected into one digest per sweep run rather than sent one by one.
 */
public sealed interface Recipient extends Comparable<Recipient> {

  /**
   * A stable text for keys and ordering: {@code role:SUPERVISOR}, {@code person:<id>} or, for a person addressed as a supervisor, {@code supervisor:<id>}.
   *
   * @return the text
   */
  String text();

  /**
   * Whether this recipient is a supervisor: the role {@link RecipientRole#SUPERVISOR} or a person
   * addressed as a request's supervisor.
   *
   * @return true for a supervisor
   */
  boolean supervisor();

  /**
   * Orders recipients by {@link #text()}.
   *
   * @param other another recipient
   * @return the comparison of the texts
   */
  @Override
  default int compareTo(Recipient other) {
    return text().compareTo(other.text());
  }

  /**
   * A role.
   *
   * @param role the role
   * @return the recipient
   */
  static Recipient role(RecipientRole role) {
    return new Role(role);
  }

  /**
   * A person who is not addressed as a supervisor (a technician, a manager by name).
   *
   * @param person the person
   * @return the recipient
   */
  static Recipient person(PersonId person) {
    return new Person(person, false);
  }

  /**
   * A person addressed as the supervisor of a request: their notices go into their digest.
   *
   * @param person the supervisor
   * @return the recipient
   */
  static Recipient supervisorPerson(PersonId person) {
    return new Person(person, true);
  }

  /**
   * A role as recipient.
   *
   * @param role the role
   */
  record Role(RecipientRole role) implements Recipient {
    /**
     * Checks the field.
     *
     * @param role the role
     */
    public Role {
      requireNonNull(role, "role");
    }

    @Override
    public String text() {
      return "role:" + role.name();
    }

    @Override
    public boolean supervisor() {
      return role == RecipientRole.SUPERVISOR;
    }
  }

  /**
   * A person as recipient.
   *
   * @param person the person
   * @param supervisor whether the person is addressed as a request's supervisor
   */
  record Person(PersonId person, boolean supervisor) implements Recipient {
    /**
     * Checks the field.
     *
     * @param person the person
     * @param supervisor whether addressed as a supervisor
     */
    public Person {
      requireNonNull(person, "person");
    }

    @Override
    public String text() {
      return (supervisor ? "supervisor:" : "person:") + person.value();
    }
  }
}
