/**
 * The seed's policies as ready configurations (种子制度的现成配置): one final class per company of
 * the seed — {@link org.aftersales.rules.configuration.ServiceOperationsConfiguration service
 * operations} (P2, P14, the complaint procedure and the penalty regulations),
 * {@link org.aftersales.rules.configuration.SoftwareSupportConfiguration software support} (P4,
 * P8), {@link org.aftersales.rules.configuration.MachineryServiceConfiguration machinery service}
 * (P11), {@link org.aftersales.rules.configuration.SecuritySystemsConfiguration security systems}
 * (P15) and {@link org.aftersales.rules.configuration.PropertyConfiguration property} (P1, P9).
 *
 * <p>Each bundles every policy and settings object of its rules, already configured with the
 * seed's numbers by their own {@code seed(...)} factories, and says which rule IDs it sets
 * ({@code ruleIds()}). Its {@code seed(...)} takes only what the seed cannot know: the business
 * zone, the currency and the office calendar (holidays and make-up days are the adopter's). Every
 * number is a default: {@code withXxx(part)} returns a copy with one part replaced.
 * {@code docs/configurations.md} lists every rule, part, number and source clause.
 *
 * <p>No method accepts or returns {@code null} ({@link java.lang.NullPointerException}); bad
 * input is refused with {@link org.aftersales.core.shared.InvalidInputException}. Every
 * configuration is immutable and thread-safe.
 */
package org.aftersales.rules.configuration;
