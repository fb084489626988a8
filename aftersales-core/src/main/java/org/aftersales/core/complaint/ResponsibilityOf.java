package org.aftersales.core.complaint;

import java.util.List;
import org.aftersales.core.shared.Policy;

/**
 * Where the monthly complaint statistics (客户投诉案件统计表, CMP-11) read a closed case's
 * responsibility per department (责任归属及比率, CMP-08) from: {@link #fromDecision()} reads the
 * case's own decision; a host whose responsibility is confirmed or corrected elsewhere (CMP-11:
 * "responsibility and its ratios confirmed") supplies its own.
 *
 * <p>{@link ComplaintStatisticsReport} requires one explicitly: a report that silently counted
 * no responsibility would look complete and be wrong.
 *
 * <p>Implementations must be pure and thread-safe: the report may call them for many cases, and
 * again on a retry, expecting the same answer.
 */
@Policy
public interface ResponsibilityOf {

  /**
   * The departments responsible for {@code closed} and their exact ratios.
   *
   * @param closed a closed case
   * @return one line per department (several lines of one department are added up by
   *     {@link ClosedCaseFacts#of}), ratios adding up to at most 1; empty for a case found not
   *     valid or not the company's responsibility
   */
  List<DepartmentRatio> ratios(ComplaintCase closed);

  /**
   * The responsibility the case's own decision gives (CMP-08): one line per department of
   * {@link DecideComplaint#responsibility()}, a department's person lines added up
   * ({@link Responsibility#ratiosByDepartment()}); empty when the fault is not ours or the
   * complaint was not valid, and for a case without a decision.
   *
   * @return the mapping
   */
  static ResponsibilityOf fromDecision() {
    return closed -> closed.decision()
        .map(d -> d.responsibility().ratiosByDepartment().entrySet().stream()
            .map(e -> new DepartmentRatio(e.getKey(), e.getValue())).toList())
        .orElse(List.of());
  }
}
