package org.aftersales.core.workreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.immutables.value.Value;

/**
 * A branch's signed supervisor daily report (分公司服务主任日报表), SVC-09, P2 §17: the team report
 * as the branch manager reviewed and signed it (经理核阅签章), forwarded to the service department
 * (转送服务部) — an immutable, versioned aggregate, one per branch and business day.
 *
 * <p>Invariants: the report's supervisor is not the signing manager; the report's day is
 * {@link #day()}.
 */
@Value.Immutable
@DomainValueStyle
public abstract class BranchReport {

  /** The code of this aggregate kind in event IDs: {@code branch-report}. */
  public static final String KIND_CODE = "branch-report";

  /** "branch report / 分公司日报表", for messages. */
  public static final LocalizableMessage KIND =
      MessageBundle.CORE.message("core.workreport.branchReportKind");

  /** The rule a refused signature breaks. */
  static final RuleId RULE = RuleId.of("SVC-09");

  BranchReport() {}

  /**
   * The branch.
   *
   * @return the unit
   */
  public abstract UnitId branch();

  /**
   * The business day of the report.
   *
   * @return the day
   */
  public abstract LocalDate day();

  /**
   * The supervisor's team report as signed.
   *
   * @return the report
   */
  public abstract TeamDailyReport report();

  /**
   * The branch manager who signed.
   *
   * @return the manager
   */
  public abstract PersonId manager();

  /**
   * When the manager signed (business timestamp).
   *
   * @return the instant
   */
  public abstract Instant signedAt();

  /**
   * The service department the report was forwarded to.
   *
   * @return the unit
   */
  public abstract UnitId serviceDepartment();

  /**
   * The request ID of the signature, by which a repeated command is recognised.
   *
   * @return the request ID
   */
  public abstract RequestId requestId();

  /**
   * The stored version; {@link Version#initial()} before the first save.
   *
   * @return the version
   */
  public abstract Version version();

  /**
   * The identity's text: {@code <branch>/<day>}, e.g. {@code suzhou/2026-11-02}.
   *
   * @return the key
   */
  public String key() {
    return branch().value() + "/" + day();
  }

  @Value.Check
  void check() {
    if (!report().day().equals(day())) {
      throw InvalidInputException.of("report", MessageBundle.CORE.message(
          "core.workreport.otherDay", "day", day()), report().day());
    }
  }

  /**
   * Signs and forwards a branch report (SVC-09).
   *
   * @param command the signature
   * @param businessZone the zone the report's day is cut in
   * @param at when it is recorded (the use case's clock)
   * @return the new report at version 0, and the {@link BranchReportSigned} and
   *     {@link BranchReportForwarded} events, in that order
   * @throws RuleRefusalException (SVC-09) if the manager is the report's own supervisor (a report
   *     is reviewed by someone else) or signs before the report's day has begun
   */
  public static Changed<BranchReport> sign(SignBranchReport command, ZoneId businessZone,
      Instant at) {
    TeamDailyReport report = command.report();
    if (report.supervisor().equals(command.manager())) {
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.workreport.selfSigned", "manager", command.manager()));
    }
    if (command.signedAt().isBefore(report.day().atStartOfDay(businessZone).toInstant())) {
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.workreport.signedBeforeDay", "day", report.day()));
    }
    BranchReport signed = builder().branch(command.branch()).day(report.day()).report(report)
        .manager(command.manager()).signedAt(command.signedAt())
        .serviceDepartment(command.serviceDepartment()).requestId(command.requestId())
        .version(Version.initial()).build();
    List<DomainEvent> events = List.of(
        new BranchReportSigned(signed.branch(), signed.day(), report.supervisor(),
            signed.manager(), signed.signedAt(), at),
        new BranchReportForwarded(signed.branch(), signed.day(), signed.serviceDepartment(), at));
    return new Changed<>(signed, events);
  }

  /**
   * Whether {@code command} is the command that signed this report, sent again.
   *
   * @param command a signature of this branch's report
   * @return true if every field equals the stored signature's
   */
  public boolean isSignedBy(SignBranchReport command) {
    return requestId().equals(command.requestId()) && branch().equals(command.branch())
        && report().equals(command.report()) && manager().equals(command.manager())
        && serviceDepartment().equals(command.serviceDepartment())
        && signedAt().equals(command.signedAt());
  }

  /**
   * The outbox events of saving this state: IDs {@code branch-report/<key>/<version>/<index>}.
   *
   * @param events the events of the change, in order
   * @return the outbox events; unmodifiable
   */
  public List<OutboxEvent> outboxEventsOfSave(List<? extends DomainEvent> events) {
    return OutboxEvent.of(KIND_CODE, key(), version().next(), events);
  }

  /**
   * The same report as stored with {@code storedVersion}; for repository adapters.
   *
   * @param storedVersion the version the repository stored it as
   * @return the report with that version
   */
  public abstract BranchReport withVersion(Version storedVersion);

  /**
   * A builder, for repository adapters; use cases create reports with {@link #sign}. Every
   * attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BranchReport}. */
  public static final class Builder extends ImmutableBranchReport.Builder {
    Builder() {}
  }
}
