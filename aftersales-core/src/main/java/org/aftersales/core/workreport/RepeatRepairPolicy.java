package org.aftersales.core.workreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.shared.Policy;

/**
 * Detects repeat repairs (重复维修检测), SVC-17: the same fault on the same unit repaired again
 * within a window. The rules module has the seed's implementation
 * ({@code org.aftersales.rules.workreport.WindowRepeatRepairPolicy}).
 *
 * <p>Implementations must be order-independent: the answer depends on the set of records, not on
 * the order given.
 */
@Policy
public interface RepeatRepairPolicy {

  /**
   * The repeat repairs among {@code records}.
   *
   * @param records completed repairs, in any order
   * @return the repeats, ordered by the repeat's closing time, then its service request ID
   */
  List<RepeatRepair> repeats(Collection<RepairRecord> records);

  /**
   * The fine cases of the repeats whose first repair failed through the technician's fault
   * (SVC-17 feeding the fine schedule).
   *
   * @param records completed repairs, in any order
   * @return one case per such repeat, in the order of {@link #repeats}
   */
  default List<FineCase> fineCases(Collection<RepairRecord> records) {
    return repeats(records).stream().map(RepeatRepair::fineCase).flatMap(Optional::stream)
        .toList();
  }
}
