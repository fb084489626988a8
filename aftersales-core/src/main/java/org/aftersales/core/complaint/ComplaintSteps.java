package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.TimePrecision;

/**
 * How the complaint use cases apply one command to a stored case, idempotently: the accepted
 * command is kept on the case, so a repeat is answered from the stored case, a request ID used on
 * the case for other content is refused, and a lost race is answered with the stored case if the
 * winner was this very command. Port calls: {@code Complaints.find}, {@code Complaints.save}, and
 * {@code find} again only after a {@link ConcurrentUpdateException}.
 */
final class ComplaintSteps {

  private final Complaints complaints;
  private final CommandValidator validator;
  private final Clock clock;

  ComplaintSteps(Complaints complaints, CommandValidator validator, Clock clock) {
    this.complaints = requireNonNull(complaints, "complaints");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Applies a progress command: {@link ComplaintCase#progressed}. */
  ComplaintCase progress(ComplaintCommand command) {
    return apply(command, (current, at) -> current.progressed(command, at));
  }

  /**
   * Validates {@code command}, then applies {@code step} — given the stored case and the recorded
   * instant (the clock's, whole microseconds) — unless the case holds the command already.
   */
  ComplaintCase apply(ComplaintCommand command,
      BiFunction<ComplaintCase, Instant, Changed<ComplaintCase>> step) {
    validator.validate(requireNonNull(command, "command"));
    ComplaintCase current = complaints.find(command.number()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.number().text()));
    Optional<ComplaintCommand> earlier = current.handledUnder(command.requestId());
    if (earlier.isPresent()) {
      if (earlier.get().equals(command)) {
        return current;
      }
      throw new DuplicateRequestException(ComplaintCase.KIND, command.requestId());
    }
    Changed<ComplaintCase> changed = step.apply(current, TimePrecision.stored(clock.instant()));
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
