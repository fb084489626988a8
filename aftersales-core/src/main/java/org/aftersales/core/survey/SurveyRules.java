package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The survey configuration (调查规则), SUR-01: the business zone the days and months are cut in,
 * and the per-customer minimum intervals.
 *
 * <p><b>No sampling by default.</b> The seed surveys every call (不采抽查方式, P2 §24):
 * {@link #seed(ZoneId)} has no intervals. A customer with many calls can be given a minimum
 * interval: a call of that customer closed less than the interval after the customer's last
 * surveyed call gets no card. The seed is silent on such customers; the interval is the adopter's
 * choice, off unless configured.
 *
 * @param businessZone the zone days and months are cut in (never the system's)
 * @param customerIntervals the minimum interval between two surveyed calls, by customer name
 *     (compared exactly); each positive; copied, unmodifiable
 */
public record SurveyRules(ZoneId businessZone, Map<String, Duration> customerIntervals) {

  /**
   * Checks and copies the fields.
   *
   * @param businessZone the business zone
   * @param customerIntervals the intervals by customer
   * @throws InvalidInputException if an interval is zero or negative (path
   *     {@code customerIntervals})
   */
  public SurveyRules {
    requireNonNull(businessZone, "businessZone");
    customerIntervals = Map.copyOf(requireNonNull(customerIntervals, "customerIntervals"));
    for (Map.Entry<String, Duration> e : customerIntervals.entrySet()) {
      if (e.getValue().isZero() || e.getValue().isNegative()) {
        throw InvalidInputException.of("customerIntervals", MessageBundle.CORE.message(
            "core.survey.intervalNotPositive", "customer", e.getKey()), e.getValue());
      }
    }
  }

  /**
   * The seed's configuration: every closed call surveyed, no intervals (SUR-01).
   *
   * @param businessZone the business zone, e.g. {@code Asia/Shanghai}
   * @return the rules
   */
  public static SurveyRules seed(ZoneId businessZone) {
    return new SurveyRules(businessZone, Map.of());
  }

  /**
   * These rules with a minimum interval for one customer (replacing any it had).
   *
   * @param customerName the customer, as registered on its calls
   * @param interval the minimum time between the closings of two surveyed calls, positive
   * @return the new rules
   * @throws InvalidInputException if the interval is zero or negative
   */
  public SurveyRules withCustomerInterval(String customerName, Duration interval) {
    Map<String, Duration> next = new HashMap<>(customerIntervals);
    next.put(requireNonNull(customerName, "customerName"), requireNonNull(interval, "interval"));
    return new SurveyRules(businessZone, next);
  }

  /**
   * The minimum interval configured for a customer.
   *
   * @param customerName the customer
   * @return the interval, or {@link Duration#ZERO} when every call of the customer is surveyed
   */
  public Duration intervalFor(String customerName) {
    return customerIntervals.getOrDefault(customerName, Duration.ZERO);
  }
}
