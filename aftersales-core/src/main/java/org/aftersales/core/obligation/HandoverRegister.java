package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The project handover register (项目移交登记), CON-03: open a handover for a project's final
 * acceptance, record each handover document on its checklist, and complete it — refused while a
 * document is missing. The {@link HandoverReminders} remind the joining and an overdue handover.
 *
 * <p><b>Failure semantics.</b> Idempotent by content: opening an equal handover again, recording
 * an equal item again, or completing a handover already completed by the same person answers the
 * stored handover. Nothing is written on a refusal. A save that loses a race reads again and
 * applies again, up to {@value ContractObligations#ATTEMPTS} attempts, then
 * {@link ConcurrentUpdateException}. Port calls: {@code ProjectHandovers.find},
 * {@code ProjectHandovers.save}, both again per further attempt. The completion instant comes from
 * the injected clock, whole microseconds. Thread-safe if its port is.
 */
@UseCase
public final class HandoverRegister {

  private final ProjectHandovers handovers;
  private final Clock clock;

  /**
   * Wires the register.
   *
   * @param handovers the stored handovers
   * @param clock the completion instant; its zone is not used
   */
  public HandoverRegister(ProjectHandovers handovers, Clock clock) {
    this.handovers = requireNonNull(handovers, "handovers");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Stores a new handover ({@link ProjectHandover#of}); an equal one again answers the stored
   * one.
   *
   * @param handover the open handover, never stored
   * @return the stored handover
   * @throws InvalidInputException if another handover is stored for the project
   */
  public ProjectHandover open(ProjectHandover handover) {
    requireNonNull(handover, "handover");
    return StoredSteps.create(() -> handovers.find(handover.project()),
        stored -> stored.withVersion(handover.version()).equals(handover),
        () -> InvalidInputException.of("handover.project", MessageBundle.CORE.message(
            "core.contract.otherStored", "kind", MessageBundle.CORE.message("core.handover.kind")),
            handover.project()),
        () -> handovers.save(handover, List.of()));
  }

  /**
   * Records a handover document on the checklist (a later item for the same document replaces the
   * earlier one).
   *
   * @param project the project
   * @param item the document, who, when, where it is filed
   * @return the stored handover
   * @throws NotFoundException if no handover is stored for the project
   * @throws RuleRefusalException (CON-03) if the handover is completed
   */
  public ProjectHandover recordDocument(ProjectId project, HandoverItem item) {
    requireNonNull(item, "item");
    return apply(project, h -> h.checklist().items().contains(item) ? h : h.record(item));
  }

  /**
   * Completes the handover at the clock's instant.
   *
   * @param project the project
   * @param by who completes it
   * @return the stored handover
   * @throws NotFoundException if no handover is stored for the project
   * @throws RuleRefusalException (CON-03) naming the missing documents while the checklist is
   *     incomplete, or if another person completed it
   */
  public ProjectHandover complete(ProjectId project, PersonId by) {
    requireNonNull(by, "by");
    return apply(project, h -> h.isCompleted() && h.completedBy().orElseThrow().equals(by)
        ? h : h.complete(TimePrecision.stored(clock.instant()), by));
  }

  private ProjectHandover apply(ProjectId project, UnaryOperator<ProjectHandover> step) {
    requireNonNull(project, "project");
    return StoredSteps.update(() -> handovers.find(project).orElseThrow(
        () -> new NotFoundException(MessageBundle.CORE.message("core.handover.kind"),
            project.value())), step, next -> handovers.save(next, List.of()));
  }
}
