package org.aftersales.rules.configuration;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.obligation.ProjectReminderSettings;
import org.aftersales.core.shared.RuleId;

/**
 * The property configuration (房产售后配置): the seed's policies 1 and 9 — a property developer's
 * after-sales service — configured with the seed's numbers.
 *
 * <table>
 *   <caption>Rules set, the part that sets each, the seed's numbers and the source</caption>
 *   <tr><th>Rule</th><th>Part</th><th>Seed's numbers</th><th>Source</th></tr>
 *   <tr><td>CON-09</td><td>{@link #propertyTerms()}, {@link #projectReminders()}</td><td>the
 *       move-in notice on the day of completion acceptance; the title documents within three
 *       months of delivery; payments reminded 7 days ahead, the title documents 30 days before
 *       their limit (reminder leads: the seed gives none)</td><td>P1, P9</td></tr>
 * </table>
 *
 * <p><b>Set by the domain model</b>: the payment schedule of CON-09 (mortgage, instalments, lump
 * sum) is the contract's own, {@code PropertySale} and {@code PropertyPaymentMethod}.
 *
 * <p><b>Changing a number.</b> Every number is a default; replace the part that holds it. The
 * title documents within six months:
 *
 * <pre>{@code
 * PropertyConfiguration ours = PropertyConfiguration.seed()
 *     .withPropertyTerms(new PropertyAfterSalesTerms(Period.ZERO, Period.ofMonths(6)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class PropertyConfiguration {

  private static final List<RuleId> RULE_IDS = Parts.ruleIds("CON-09");

  private final PropertyAfterSalesTerms propertyTerms;
  private final ProjectReminderSettings projectReminders;

  private PropertyConfiguration(PropertyAfterSalesTerms propertyTerms,
      ProjectReminderSettings projectReminders) {
    this.propertyTerms = requireNonNull(propertyTerms, "propertyTerms");
    this.projectReminders = requireNonNull(projectReminders, "projectReminders");
  }

  /**
   * The seed's property configuration (see the class comment for every number). It needs no
   * zone, currency or calendar: its offsets are calendar periods from the sale's own dates.
   *
   * @return the configuration
   */
  public static PropertyConfiguration seed() {
    return new PropertyConfiguration(PropertyAfterSalesTerms.seed(),
        ProjectReminderSettings.seed());
  }

  /**
   * The rule IDs this configuration sets (the class comment's table), sorted.
   *
   * @return an unmodifiable list
   */
  public List<RuleId> ruleIds() {
    return RULE_IDS;
  }

  /**
   * The property after-sales offsets, CON-09.
   *
   * @return the move-in notice at completion acceptance, the title documents within three months of
   *     delivery
   */
  public PropertyAfterSalesTerms propertyTerms() {
    return propertyTerms;
  }

  /**
   * Who the property reminders go to and when, CON-09.
   *
   * @return to the marketing department, payments 7 days ahead, the title documents 30 days before
   *     their limit
   */
  public ProjectReminderSettings projectReminders() {
    return projectReminders;
  }

  /**
   * A copy with other property terms, every other part unchanged.
   *
   * @param propertyTerms the replacement
   * @return the copy
   */
  public PropertyConfiguration withPropertyTerms(PropertyAfterSalesTerms propertyTerms) {
    return new PropertyConfiguration(propertyTerms, projectReminders);
  }

  /**
   * A copy with other project reminder settings, every other part unchanged.
   *
   * @param projectReminders the replacement
   * @return the copy
   */
  public PropertyConfiguration withProjectReminders(ProjectReminderSettings projectReminders) {
    return new PropertyConfiguration(propertyTerms, projectReminders);
  }
}
