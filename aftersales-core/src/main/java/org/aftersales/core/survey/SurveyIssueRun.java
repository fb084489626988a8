package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.core.service.ServiceRequestId;

/**
 * What one run of {@link SurveyIssuing} did for a business day (调查卡寄送结果), SUR-01: every call
 * closed that day is in exactly one of the three lists.
 *
 * @param day the business day
 * @param issued the calls whose cards this run issued, in order of closing; unmodifiable
 * @param alreadyIssued the calls whose cards an earlier run (or a concurrent one) had issued;
 *     unmodifiable
 * @param skippedByInterval the calls left without a card because their customer's minimum
 *     interval had not passed; unmodifiable
 */
public record SurveyIssueRun(LocalDate day, List<ServiceRequestId> issued,
    List<ServiceRequestId> alreadyIssued, List<ServiceRequestId> skippedByInterval) {

  /**
   * Checks and copies the fields.
   *
   * @param day the day
   * @param issued issued now
   * @param alreadyIssued issued before
   * @param skippedByInterval skipped
   */
  public SurveyIssueRun {
    requireNonNull(day, "day");
    issued = List.copyOf(issued);
    alreadyIssued = List.copyOf(alreadyIssued);
    skippedByInterval = List.copyOf(skippedByInterval);
  }

  /**
   * The calls of the day that have a card, whichever run issued it: what a retried run answers
   * the same as the first.
   *
   * @return the IDs, sorted; unmodifiable
   */
  public List<ServiceRequestId> surveyed() {
    return Stream.concat(issued.stream(), alreadyIssued.stream()).sorted().toList();
  }
}
