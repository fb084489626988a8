/**
 * Test support for adopters of the after-sales library: strict in-memory adapters for the ports,
 * abstract port contract tests to run against one's own adapters, fixtures, jqwik arbitraries, a
 * controllable clock and a validator set up without an expression language.
 *
 * <p>Meant for test scope. It requires JUnit Jupiter's API, jqwik's API and Hibernate Validator,
 * which an adopter's test run provides.
 */
module org.aftersales.testkit {
  requires transitive org.aftersales.core;
  requires transitive org.aftersales.rules;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports org.aftersales.testkit.arbitraries;
  exports org.aftersales.testkit.complaint;
  exports org.aftersales.testkit.contract;
  exports org.aftersales.testkit.events;
  exports org.aftersales.testkit.faults;
  exports org.aftersales.testkit.notification;
  exports org.aftersales.testkit.numbering;
  exports org.aftersales.testkit.penalty;
  exports org.aftersales.testkit.service;
  exports org.aftersales.testkit.store;
  exports org.aftersales.testkit.survey;
  exports org.aftersales.testkit.time;
  exports org.aftersales.testkit.validation;
  exports org.aftersales.testkit.walkthrough;
  exports org.aftersales.testkit.workreport;

  // JUnit and jqwik instantiate the abstract contract and property classes an adopter extends,
  // and call their annotated methods reflectively, whichever engine versions the adopter runs.
  opens org.aftersales.testkit.complaint;
  opens org.aftersales.testkit.contract;
  opens org.aftersales.testkit.events;
  opens org.aftersales.testkit.faults;
  opens org.aftersales.testkit.notification;
  opens org.aftersales.testkit.numbering;
  opens org.aftersales.testkit.penalty;
  opens org.aftersales.testkit.service;
  opens org.aftersales.testkit.survey;
  opens org.aftersales.testkit.workreport;
}
