package org.aftersales.core.complaint;

import java.util.List;
import org.aftersales.core.shared.Policy;

/**
 * Where the monthly complaint statistics (客户投诉案件统计表, CMP-11) read a closed case's
 * responsibility per department (责任归属及比率, CMP-08) from: the host (or the library's decision,
 * once it is on the case) answers it for each case closed in the month.
 *
 * <p>There is deliberately no default: a report that silently counted no responsibility would
 * look complete and be wrong, so {@link ComplaintStatisticsReport} requires an implementation.
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
}
