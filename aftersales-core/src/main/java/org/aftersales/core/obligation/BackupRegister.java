package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.UseCase;

/**
 * The backup register (备份登记), CON-08: open a project's backup obligation (the two-month window
 * by default) and record each backup taken. The obligation answers whether a day is recoverable
 * and where the gaps are ({@link BackupObligation#recoverable}, {@link BackupObligation#gaps}); the
 * {@link SafeguardReminders} remind an overdue backup.
 *
 * <p><b>Failure semantics.</b> Idempotent by content: an equal obligation again, or a backup
 * already recorded, answers the stored obligation. Nothing is written on a refusal. A lost race is
 * retried up to {@value ContractObligations#ATTEMPTS} attempts, then
 * {@link ConcurrentUpdateException}. Port calls: {@code Backups.find}, {@code Backups.save}, both
 * again per further attempt. Thread-safe if its port is.
 */
@UseCase
public final class BackupRegister {

  private final Backups backups;

  /**
   * Wires the register.
   *
   * @param backups the stored backup obligations
   */
  public BackupRegister(Backups backups) {
    this.backups = requireNonNull(backups, "backups");
  }

  /**
   * Stores a new backup obligation ({@link BackupObligation#of}); an equal one again answers the
   * stored one.
   *
   * @param obligation the obligation, never stored
   * @return the stored obligation
   * @throws InvalidInputException if another obligation is stored for the project
   */
  public BackupObligation open(BackupObligation obligation) {
    requireNonNull(obligation, "obligation");
    return StoredSteps.create(() -> backups.find(obligation.project()),
        stored -> stored.withVersion(obligation.version()).equals(obligation),
        () -> InvalidInputException.of("obligation.project", MessageBundle.CORE.message(
            "core.contract.otherStored", "kind", MessageBundle.CORE.message("core.backup.kind")),
            obligation.project()),
        () -> backups.save(obligation, List.of()));
  }

  /**
   * Records a backup taken.
   *
   * @param project the project
   * @param backup when it was taken, what, where it is kept
   * @return the stored obligation
   * @throws NotFoundException if no obligation is stored for the project
   */
  public BackupObligation record(ProjectId project, BackupRecord backup) {
    requireNonNull(project, "project");
    requireNonNull(backup, "backup");
    return StoredSteps.update(() -> backups.find(project).orElseThrow(
        () -> new NotFoundException(MessageBundle.CORE.message("core.backup.kind"),
            project.value())), stored -> stored.record(backup),
        next -> backups.save(next, List.of()));
  }
}
