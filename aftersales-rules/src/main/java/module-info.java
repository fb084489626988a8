/**
 * Policy implementations of the after-sales domain: business-calendar SLA deadlines
 * ({@code org.aftersales.rules.sla}), complaint numbering 年月流水 ({@code org.aftersales.rules.numbering})
 * and penalty allocation ({@code org.aftersales.rules.penalty}), each configurable, with the seed's
 * defaults. Usable on its own, without persistence.
 *
 * <p>{@code org.aftersales.rules.support} is internal; it is opened to the core module only so that
 * core's {@code MessageBundle} can read the module's message files.
 */
module org.aftersales.rules {
  requires transitive org.aftersales.core;

  exports org.aftersales.rules.complaint;
  exports org.aftersales.rules.configuration;
  exports org.aftersales.rules.contract;
  exports org.aftersales.rules.numbering;
  exports org.aftersales.rules.penalty;
  exports org.aftersales.rules.sla;
  exports org.aftersales.rules.workreport;

  opens org.aftersales.rules.support to org.aftersales.core;
}
