package org.aftersales.core.contract;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.shared.Policy;

/**
 * The obligation schedule (义务日程), CON-01, CON-02, CON-04, CON-05, CON-06, SUR-06: which
 * obligations of a contract fall due in a window of days. Implemented in the rules module
 * ({@code org.aftersales.rules.contract.SeedObligationSchedule}).
 *
 * <p>Contract: the result depends only on the contract and the window; for any split of a period
 * into consecutive windows the union of the results equals the result for the whole period, with
 * no key twice ({@link Obligation#key()}); every due date lies inside the contract and inside the
 * window. Implementations are immutable and thread-safe.
 */
@Policy
public interface ObligationSchedule {

  /**
   * Every obligation of the contract whose due date falls in {@code [from, to)}, ordered by due
   * date, then kind (in {@link ObligationKind}'s declaration order), then occurrence.
   *
   * @param contract the contract
   * @param from the window's first day (inclusive)
   * @param to the day after the window's last day (exclusive); equal to {@code from} for an empty
   *     window
   * @return the obligations due in the window, possibly none; unmodifiable
   * @throws org.aftersales.core.shared.InvalidInputException if {@code to} is before
   *     {@code from}
   */
  List<Obligation> due(ServiceContract contract, LocalDate from, LocalDate to);
}
