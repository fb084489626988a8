package org.aftersales.core.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A small explicit {@link ObligationSchedule} for core's tests, so they need not the rules
 * module's seed schedule: a maintenance contract's expiry notice one month before its last day
 * (occurrence: the last day), a free maintenance period's report three months before its last
 * day (occurrence: the last day), both clamped to the first day; and one inspection per system
 * for every month whose last day the contract covers, due that last day (occurrence
 * {@code 2027-01 SYS-1}). {@link LocalDate#minusMonths} clamps a month end (31 March − 1 month
 * = 28 February), as the seed does. It counts its calls.
 */
public final class MonthEndSchedule implements ObligationSchedule {

  private static final Comparator<Obligation> ORDER = Comparator.comparing(Obligation::due)
      .thenComparing(Obligation::kind).thenComparing(Obligation::occurrence);

  /** How many times {@link #due} was called. */
  public int calls;

  @Override
  public List<Obligation> due(ServiceContract contract, LocalDate from, LocalDate to) {
    calls++;
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
    List<Obligation> all = new ArrayList<>();
    if (contract.kind() == ContractKind.MAINTENANCE) {
      all.add(Obligation.of(contract.id(), ObligationKind.EXPIRY_NOTICE,
          contract.end().toString(), atLeast(contract.end().minusMonths(1), contract.start()),
          contract.systems()));
    } else {
      all.add(Obligation.of(contract.id(), ObligationKind.FREE_PERIOD_END_REPORT,
          contract.end().toString(), atLeast(contract.end().minusMonths(3), contract.start()),
          contract.systems()));
    }
    for (YearMonth m = YearMonth.from(contract.start()); !m.isAfter(YearMonth.from(contract.end()));
        m = m.plusMonths(1)) {
      if (contract.covers(m.atEndOfMonth())) {
        for (SystemId s : contract.systems()) {
          all.add(Obligation.of(contract.id(), ObligationKind.MONTHLY_INSPECTION,
              m + " " + s.value(), m.atEndOfMonth(), List.of(s)));
        }
      }
    }
    return all.stream().filter(o -> !o.due().isBefore(from) && o.due().isBefore(to))
        .sorted(ORDER).toList();
  }

  private static LocalDate atLeast(LocalDate day, LocalDate first) {
    return day.isBefore(first) ? first : day;
  }
}
