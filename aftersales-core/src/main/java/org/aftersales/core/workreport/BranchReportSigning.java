package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The use case in which a branch manager signs the branch's supervisor daily report, which is
 * then forwarded to the service department (经理核阅签章后转送服务部), SVC-09, P2 §17.
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry.</b> The same command again returns the stored report, with no second
 *       change or event; the same request ID with other content is refused
 *       ({@link DuplicateRequestException}).</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (constraints, before any
 *       port call), {@link RuleRefusalException} (SVC-09: the branch's report of that day is
 *       already signed by another command; the manager is the report's own supervisor; signed
 *       before the day began).</li>
 *   <li><b>Events with their state.</b> {@link BranchReportSigned} and
 *       {@link BranchReportForwarded} are saved with the report into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code BranchReports.find}, {@code BranchReports.save} —
 *       {@code find} again only after a lost race.</li>
 * </ul>
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class BranchReportSigning {

  private final BranchReports reports;
  private final CommandValidator validator;
  private final ZoneId businessZone;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param reports the signed reports (which also write the outbox)
   * @param validator validates commands
   * @param businessZone the zone the reports' days are cut in
   * @param clock the time recorded; its zone is not used
   */
  public BranchReportSigning(BranchReports reports, CommandValidator validator,
      ZoneId businessZone, Clock clock) {
    this.reports = requireNonNull(reports, "reports");
    this.validator = requireNonNull(validator, "validator");
    this.businessZone = requireNonNull(businessZone, "businessZone");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Signs and forwards the report (SVC-09).
   *
   * @param command the signature
   * @return the signed report as stored (or as an earlier attempt stored it)
   * @throws InvalidInputException if the command breaks its constraints
   * @throws RuleRefusalException (SVC-09) if refused
   * @throws DuplicateRequestException if the request ID signed it with other content
   * @throws ConcurrentUpdateException if another signature raced this one
   */
  public BranchReport sign(SignBranchReport command) {
    validator.validate(requireNonNull(command, "command"));
    var stored = reports.find(command.branch(), command.report().day());
    if (stored.isPresent()) {
      BranchReport current = stored.get();
      if (current.isSignedBy(command)) {
        return current;
      }
      if (current.requestId().equals(command.requestId())) {
        throw new DuplicateRequestException(BranchReport.KIND, command.requestId());
      }
      throw new RuleRefusalException(BranchReport.RULE, MessageBundle.CORE.message(
          "core.workreport.alreadySigned", "key", current.key()));
    }
    Changed<BranchReport> signed = BranchReport.sign(command, businessZone,
        TimePrecision.stored(clock.instant()));
    try {
      return reports.save(signed.state(), signed.state().outboxEventsOfSave(signed.events()));
    } catch (ConcurrentUpdateException conflict) {
      return reports.find(command.branch(), command.report().day())
          .filter(r -> r.isSignedBy(command)).orElseThrow(() -> conflict);
    }
  }
}
