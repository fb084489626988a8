package org.aftersales.core.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.Violation;

/**
 * The service report (服务报告) a technician files after each job, SVC-16 (P11 §三.7, §四.6): the
 * fault's cause, the solution, the parts replaced, the labour time, the travel cost and the
 * customer's opinion. Every field is required (the list of parts may be empty: nothing replaced);
 * lengths are in UTF-16 units. Validated at the use case's boundary.
 *
 * @param faultCause the cause of the fault (故障原因), 1 to 2 000 characters of
 *     {@link PlainText plain text}
 * @param solution what was done (处理办法), 1 to 2 000 characters of plain text
 * @param parts the parts replaced (配换零件), at most 200 lines; copied
 * @param labourMinutes the labour time (工时) in whole minutes, 0 to 100 000
 * @param travelCost the travel cost (差旅费用), exact, not negative
 * @param customerOpinion the customer's opinion (客户意见), 1 to 2 000 characters of plain text
 */
public record ServiceReport(
    @NotBlank @Size(max = 2000) @PlainText String faultCause,
    @NotBlank @Size(max = 2000) @PlainText String solution,
    @NotNull @Size(max = 200) List<@NotNull @Valid ReplacedPart> parts,
    @Min(0) @Max(100_000) int labourMinutes,
    @NotNull Money travelCost,
    @NotBlank @Size(max = 2000) @PlainText String customerOpinion) {

  /**
   * Copies the list of parts (a null list or null elements are left for the validator to
   * report).
   *
   * @param faultCause the cause
   * @param solution the solution
   * @param parts the parts replaced
   * @param labourMinutes the labour time in minutes
   * @param travelCost the travel cost
   * @param customerOpinion the customer's opinion
   */
  public ServiceReport {
    parts = parts == null ? null : Collections.unmodifiableList(new ArrayList<>(parts));
  }

  /**
   * What the parts cost together: the sum of each line's {@link ReplacedPart#amount()}, exact.
   *
   * @param currency the currency of the amounts (the sum of no parts is zero in it)
   * @return the sum
   */
  public Money partsAmount(Currency currency) {
    return Money.sum(parts.stream().map(ReplacedPart::amount).toList(), currency);
  }

  /**
   * The report's amounts that are not in {@code currency} or are negative, each as a violation
   * naming its field under {@code path} ({@code path.travelCost},
   * {@code path.parts[i].unitPrice}); the use case reports them after the constraints pass.
   *
   * @param path the report's path in its command
   * @param currency the currency the use case is configured with
   * @return the violations, empty if every amount is fine
   */
  public List<Violation> amountViolations(String path, Currency currency) {
    List<Violation> found = new ArrayList<>();
    ReplacedPart.checkAmount(found, path + ".travelCost", travelCost, currency);
    found.addAll(ReplacedPart.priceViolations(path + ".parts", parts, currency));
    return found;
  }
}
