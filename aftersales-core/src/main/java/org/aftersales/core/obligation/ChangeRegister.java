package org.aftersales.core.obligation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.UseCase;

/**
 * The change register (修改记录登记), CON-07: record every change to a handed-over system with its
 * code and database script references, and the prior notice to the customer when it is given.
 * A change recorded after its window without a notice is stored all the same (it happened) and
 * {@link ChangeRecord#withoutPriorNotice()} flags it; the {@link SafeguardReminders} remind a
 * planned change still unannounced.
 *
 * <p><b>Failure semantics.</b> Idempotent by content: an equal record again, or the same notice
 * again, answers the stored record. Nothing is written on a refusal. A lost race is retried up to
 * {@value ContractObligations#ATTEMPTS} attempts, then {@link ConcurrentUpdateException}. Port
 * calls: {@code ChangeRecords.find}, {@code ChangeRecords.save}, both again per further attempt.
 * Thread-safe if its port is.
 */
@UseCase
public final class ChangeRegister {

  private final ChangeRecords changes;

  /**
   * Wires the register.
   *
   * @param changes the stored change records
   */
  public ChangeRegister(ChangeRecords changes) {
    this.changes = requireNonNull(changes, "changes");
  }

  /**
   * Stores a new change record; an equal one again answers the stored one.
   *
   * @param change the record, never stored
   * @return the stored record
   * @throws InvalidInputException if another record is stored under its ID
   */
  public ChangeRecord record(ChangeRecord change) {
    requireNonNull(change, "change");
    return StoredSteps.create(() -> changes.find(change.id()),
        stored -> stored.withVersion(change.version()).equals(change),
        () -> InvalidInputException.of("change.id", MessageBundle.CORE.message(
            "core.contract.otherStored", "kind", MessageBundle.CORE.message("core.change.kind")),
            change.id()),
        () -> changes.save(change, List.of()));
  }

  /**
   * Records the notice given to the customer (a later notice replaces an earlier one).
   *
   * @param id the change
   * @param notice when and how the customer was told
   * @return the stored record
   * @throws NotFoundException if no record is stored under the ID
   */
  public ChangeRecord noticed(ChangeId id, ChangeNotice notice) {
    requireNonNull(id, "id");
    requireNonNull(notice, "notice");
    return StoredSteps.update(() -> changes.find(id).orElseThrow(() -> new NotFoundException(
            MessageBundle.CORE.message("core.change.kind"), id.value())),
        stored -> stored.priorNotice().equals(Optional.of(notice)) ? stored
            : stored.noticed(notice),
        next -> changes.save(next, List.of()));
  }
}
