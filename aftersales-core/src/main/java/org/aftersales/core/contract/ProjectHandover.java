package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.Version;

/**
 * A project's handover to after-sales (项目移交, CON-03, P8 §1): the final-acceptance date (终验),
 * the date after-sales must have joined by, the due date of the handover, the
 * {@link HandoverChecklist} of required documents, and, once completed, who completed it and
 * when. Completion is refused while a document is missing. Dates are calendar days in the
 * handover's business zone. Immutable and thread-safe; every change returns a new value.
 */
public final class ProjectHandover {

  /** The rule this value enforces. */
  public static final RuleId RULE = RuleId.of("CON-03");

  private final ProjectId project;
  private final LocalDate finalAcceptance;
  private final ZoneId zone;
  private final HandoverTerms terms;
  private final HandoverChecklist checklist;
  /** Who completed the handover; {@code null} while open. */
  private final PersonId completedBy;
  /** When the handover was completed; {@code null} while open. */
  private final Instant completedAt;
  /** The stored version; {@link Version#initial()} for a handover never stored. */
  private final Version version;

  private ProjectHandover(ProjectId project, LocalDate finalAcceptance, ZoneId zone,
      HandoverTerms terms, HandoverChecklist checklist, PersonId completedBy,
      Instant completedAt, Version version) {
    this.project = project;
    this.finalAcceptance = finalAcceptance;
    this.zone = zone;
    this.terms = terms;
    this.checklist = checklist;
    this.completedBy = completedBy;
    this.completedAt = completedAt;
    this.version = version;
  }

  /**
   * An open handover with an empty checklist.
   *
   * @param project the project handed over
   * @param finalAcceptance the project's final-acceptance date (终验日期), in {@code zone}
   * @param zone the business zone in which instants are turned into calendar days
   * @param terms the offsets; {@link HandoverTerms#seed()} for the seed's one month and two weeks
   * @return the handover
   * @throws InvalidInputException if the acceptance date, or a date derived from it with the
   *     terms, is outside the supported range
   */
  public static ProjectHandover of(
      ProjectId project, LocalDate finalAcceptance, ZoneId zone, HandoverTerms terms) {
    requireNonNull(project, "project");
    requireNonNull(zone, "zone");
    requireNonNull(terms, "terms");
    terms.joinBy(finalAcceptance);
    terms.dueBy(finalAcceptance);
    return new ProjectHandover(project, finalAcceptance, zone, terms, HandoverChecklist.empty(),
        null, null, Version.initial());
  }

  /**
   * The project handed over.
   *
   * @return the project
   */
  public ProjectId project() {
    return project;
  }

  /**
   * The project's final-acceptance date.
   *
   * @return the date, in the business zone
   */
  public LocalDate finalAcceptance() {
    return finalAcceptance;
  }

  /**
   * The business zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The offsets.
   *
   * @return the terms
   */
  public HandoverTerms terms() {
    return terms;
  }

  /**
   * The date after-sales must have joined the project by (售后服务组开始介入): final acceptance
   * minus {@link HandoverTerms#joinBefore()}; the seed's 15 March acceptance gives 15 February.
   *
   * @return the date, in the business zone
   */
  public LocalDate joinBy() {
    return terms.joinBy(finalAcceptance);
  }

  /**
   * The due date of the handover: the last day it completes on time, final acceptance plus
   * {@link HandoverTerms#completeWithin()}.
   *
   * @return the date, in the business zone
   */
  public LocalDate dueBy() {
    return terms.dueBy(finalAcceptance);
  }

  /**
   * The checklist.
   *
   * @return the recorded and missing documents
   */
  public HandoverChecklist checklist() {
    return checklist;
  }

  /**
   * This handover with a document recorded on its checklist.
   *
   * @param item the document
   * @return the new handover
   * @throws RuleRefusalException (CON-03) if the handover is already completed: its documents are
   *     fixed then
   */
  public ProjectHandover record(HandoverItem item) {
    requireNonNull(item, "item");
    if (isCompleted()) {
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.handover.alreadyCompleted", "project", project, "completedAt", completedAt));
    }
    return new ProjectHandover(project, finalAcceptance, zone, terms, checklist.record(item),
        null, null, version);
  }

  /**
   * This handover completed.
   *
   * @param at when it was completed
   * @param by who completed it
   * @return the completed handover
   * @throws InvalidInputException if {@code at} is outside the supported range
   * @throws RuleRefusalException (CON-03) if a required document is missing (the message names
   *     the missing documents) or the handover is already completed
   */
  public ProjectHandover complete(Instant at, PersonId by) {
    SupportedTime.require(at, "at");
    requireNonNull(by, "by");
    if (isCompleted()) {
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.handover.alreadyCompleted", "project", project, "completedAt", completedAt));
    }
    if (!checklist.isComplete()) {
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.handover.incomplete", "project", project, "missing", checklist.missing()));
    }
    return new ProjectHandover(project, finalAcceptance, zone, terms, checklist, by, at,
        version);
  }

  /**
   * Whether the handover is completed.
   *
   * @return {@code true} after {@link #complete(Instant, PersonId)}
   */
  public boolean isCompleted() {
    return completedAt != null;
  }

  /**
   * When the handover was completed.
   *
   * @return the instant, or empty while open
   */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * Who completed the handover.
   *
   * @return the person, or empty while open
   */
  public Optional<PersonId> completedBy() {
    return Optional.ofNullable(completedBy);
  }

  /**
   * Whether the handover was completed after its due date: the completion's calendar day in the
   * business zone is after {@link #dueBy()}. An open handover is not "completed late" (ask
   * {@link #isOverdue(LocalDate)}).
   *
   * @return {@code true} if completed and late
   */
  public boolean completedLate() {
    return completedAt != null && completedAt.atZone(zone).toLocalDate().isAfter(dueBy());
  }

  /**
   * Whether the handover is still open after its due date.
   *
   * @param today the current day in the business zone
   * @return {@code true} if open and {@code today} is after {@link #dueBy()}
   */
  public boolean isOverdue(LocalDate today) {
    requireNonNull(today, "today");
    return completedAt == null && today.isAfter(dueBy());
  }

  /**
   * The stored version: {@link Version#initial()} for a handover never stored. Transitions keep
   * it; the {@link ProjectHandovers} repository stores the next.
   *
   * @return the version
   */
  public Version version() {
    return version;
  }

  /**
   * The same handover with the version the repository stored it as; for adapters.
   *
   * @param storedVersion the stored version
   * @return the handover with that version
   */
  public ProjectHandover withVersion(Version storedVersion) {
    return new ProjectHandover(project, finalAcceptance, zone, terms, checklist, completedBy,
        completedAt, requireNonNull(storedVersion, "storedVersion"));
  }

  /** Equal when every part is equal, the version included. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectHandover that && project.equals(that.project)
        && finalAcceptance.equals(that.finalAcceptance) && zone.equals(that.zone)
        && terms.equals(that.terms) && checklist.equals(that.checklist)
        && Objects.equals(completedBy, that.completedBy)
        && Objects.equals(completedAt, that.completedAt) && version.equals(that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, project, finalAcceptance, zone, terms, checklist, completedBy,
        completedAt);
  }

  /** The project, the dates and the state, for logs. */
  @Override
  public String toString() {
    return "ProjectHandover[" + project + ", accepted " + finalAcceptance + ", due " + dueBy()
        + ", missing " + checklist.missing()
        + (completedAt == null ? ", open]" : ", completed " + completedAt + " by " + completedBy
            + "]");
  }
}
