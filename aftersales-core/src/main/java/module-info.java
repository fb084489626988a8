/**
 * The after-sales domain (售后服务管理): the model, its ports (persistence, notification), the policy
 * interfaces the rules implement, and the shared kernel ({@code Money}, identifiers, the exception
 * hierarchy, bilingual messages).
 *
 * <p>Exports only the API adopters call; {@code org.aftersales.core.internal} stays inside the
 * module. Run-time dependencies: Guava and the Jakarta Validation API. Immutables is used at compile
 * time only.
 */
// Immutables has no module descriptor of its own (an automatic module) and is needed at compile
// time only ("static"). It is deliberately not "transitive": a consumer must be able to compile
// without it (ConsumerBuildTest in the testkit; decision 0015), although its class-retention @Value.Immutable sits on
// exported value types — which is why this module's pom turns off javac's "exports" lint.
@SuppressWarnings("requires-automatic")
module org.aftersales.core {
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires static org.immutables.value;

  exports org.aftersales.core.complaint;
  exports org.aftersales.core.contract;
  exports org.aftersales.core.obligation;
  exports org.aftersales.core.notification;
  exports org.aftersales.core.numbering;
  exports org.aftersales.core.organization;
  exports org.aftersales.core.penalty;
  exports org.aftersales.core.service;
  exports org.aftersales.core.servicelevel;
  exports org.aftersales.core.shared;
  exports org.aftersales.core.survey;
  exports org.aftersales.core.workreport;

  // Commands carry Jakarta constraints; whichever Jakarta Validation provider the adopter chooses
  // reads their fields reflectively, so the packages that declare commands are open.
  opens org.aftersales.core.complaint;
  opens org.aftersales.core.service;
  opens org.aftersales.core.survey;
  opens org.aftersales.core.workreport;
}
