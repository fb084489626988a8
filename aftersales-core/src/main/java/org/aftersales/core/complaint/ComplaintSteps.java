package org.aftersales.core.complaint;

import java.util.Optional;
import java.util.function.Function;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.NotFoundException;

/**
 * How the complaint use cases apply one command to a stored case, idempotently: the accepted
 * command is kept on the case, so a repeat is answered from the stored case, a request ID used on
 * the case for other content is refused, and a lost race is answered with the stored case if the
 * winner was this very command. Port calls: {@code Complaints.find}, {@code Complaints.save}, and
 * {@code find} again only after a {@link ConcurrentUpdateException}.
 */
final class ComplaintSteps {

  private ComplaintSteps() {}

  static ComplaintCase apply(Complaints complaints, ComplaintCommand command,
      Function<ComplaintCase, Changed<ComplaintCase>> step) {
    ComplaintCase current = complaints.find(command.number()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.number().text()));
    Optional<ComplaintCommand> earlier = current.handledUnder(command.requestId());
    if (earlier.isPresent()) {
      if (earlier.get().equals(command)) {
        return current;
      }
      throw new DuplicateRequestException(ComplaintCase.KIND, command.requestId());
    }
    Changed<ComplaintCase> changed = step.apply(current);
    try {
      return complaints.save(changed.state(), changed.state().outboxEventsOfSave(changed.events()));
    } catch (ConcurrentUpdateException conflict) {
      // An earlier attempt of this very command may have been stored meanwhile (its reply lost,
      // and the retry raced it): that is the outcome to return, not a conflict.
      return complaints.find(command.number())
          .filter(stored -> stored.handledUnder(command.requestId()).equals(Optional.of(command)))
          .orElseThrow(() -> conflict);
    }
  }
}
