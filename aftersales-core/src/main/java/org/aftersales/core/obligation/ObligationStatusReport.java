package org.aftersales.core.obligation;

import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationSchedule;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.UseCase;

/**
 * The obligation report (义务执行情况表): every obligation of every contract whose effective due
 * day falls in a window of days, with where it stands today — and the missed ones
 * (漏办: overdue, fulfilled late or written off), which is what a service manager reviews at the
 * month's end. "Today" is the clock's instant as a calendar date of the business zone.
 *
 * <p>Read-only. Port calls: {@code Contracts.overlapping}, then {@code Contracts.overlappingAfter}
 * per further page. Thread-safe if its port is.
 */
@UseCase
public final class ObligationStatusReport {

  private static final Comparator<ObligationState> ORDER =
      Comparator.comparing(ObligationState::effectiveDue)
          .thenComparing(s -> s.obligation().contract())
          .thenComparing(s -> s.obligation().kind())
          .thenComparing(s -> s.obligation().occurrence());

  private final Contracts contracts;
  private final ObligationSchedule schedule;
  private final ZoneId zone;
  private final Clock clock;
  private final ObligationSettings settings;

  /**
   * Wires the report.
   *
   * @param contracts the stored contract files
   * @param schedule the obligation schedule
   * @param zone the business zone: it turns the clock's instant and fulfilment instants into days
   * @param settings the page size
   * @param clock the report's instant; its zone is not used
   */
  public ObligationStatusReport(Contracts contracts, ObligationSchedule schedule, ZoneId zone,
      ObligationSettings settings, Clock clock) {
    this.contracts = requireNonNull(contracts, "contracts");
    this.schedule = requireNonNull(schedule, "schedule");
    this.zone = requireNonNull(zone, "zone");
    this.clock = requireNonNull(clock, "clock");
    this.settings = requireNonNull(settings, "settings");
  }

  /**
   * Every obligation whose effective due day is in {@code [from, to)}, ordered by effective due
   * day, contract, kind and occurrence.
   *
   * @param from the first day (inclusive), a calendar date of the business zone
   * @param to the day after the last (exclusive), not before {@code from}
   * @return the obligations with their status; unmodifiable
   * @throws InvalidInputException if {@code to} is before {@code from} or a day is outside the
   *     supported range
   */
  public List<ObligationState> between(LocalDate from, LocalDate to) {
    SupportedTime.require(from, "from");
    SupportedTime.require(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    int pageSize = settings.pageSize();
    List<ObligationState> out = new ArrayList<>();
    List<ContractFile> page = contracts.overlapping(from, to, pageSize);
    while (true) {
      for (ContractFile file : page) {
        for (Obligation o : file.obligationsDue(schedule, from, to)) {
          LocalDate due = file.effectiveDue(o);
          out.add(new ObligationState(o, file.contract().customer(), due,
              file.status(o, today, zone), !due.equals(o.due())));
        }
      }
      if (page.size() < pageSize) {
        break;
      }
      page = contracts.overlappingAfter(from, to, page.get(page.size() - 1).id(), pageSize);
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * The missed obligations (漏办) among {@link #between}: overdue today, fulfilled late, or written
   * off.
   *
   * @param from the first day (inclusive)
   * @param to the day after the last (exclusive)
   * @return the missed obligations, in the same order; unmodifiable
   * @throws InvalidInputException as {@link #between}
   */
  public List<ObligationState> missed(LocalDate from, LocalDate to) {
    return between(from, to).stream().filter(ObligationState::missed).toList();
  }
}
