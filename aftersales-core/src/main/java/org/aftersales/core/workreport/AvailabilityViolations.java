package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;
import org.aftersales.core.shared.Version;

/**
 * The use case that records hotline and phone availability lapses and turns those inside the
 * service hours into fine cases (热线 / 手机违规), SVC-19: each lapse in the hours produces one
 * {@link FineCase} — {@code HOTLINE_UNANSWERED}, {@code PHONE_OFF} or {@code PHONE_CALL_REFUSED} —
 * for the fine schedule, carried by a {@link ServiceHoursViolated} event.
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry, fined once.</b> A lapse is recorded once per event ID: the same command
 *       again returns the stored lapse with no second event; the same ID with other content is
 *       refused ({@link DuplicateRequestException}).</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (constraints; {@code to}
 *       before {@code from}) before any port call.</li>
 *   <li><b>Events with their state.</b> {@link AvailabilityLapseRecorded} and, for a violation,
 *       {@link ServiceHoursViolated} are appended with the lapse into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code AvailabilityLog.find}, {@code AvailabilityLog.append}
 *       — {@code find} again only after a lost race.</li>
 * </ul>
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class AvailabilityViolations {

  private final AvailabilityLog log;
  private final ServiceHours hours;
  private final CommandValidator validator;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param log the lapse log (which also writes the outbox)
   * @param hours the service hours in force
   * @param validator validates commands
   * @param clock the time recorded; its zone is not used
   */
  public AvailabilityViolations(AvailabilityLog log, ServiceHours hours,
      CommandValidator validator, Clock clock) {
    this.log = requireNonNull(log, "log");
    this.hours = requireNonNull(hours, "hours");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Records a lapse; a lapse inside the hours gets its fine case (SVC-19).
   *
   * @param command the lapse
   * @return the lapse as stored, with its fine case if it is a violation
   * @throws InvalidInputException if the command breaks its constraints or ends before it starts
   * @throws DuplicateRequestException if a lapse with this ID and other content is recorded
   */
  public AvailabilityLapse record(RecordAvailabilityLapse command) {
    validator.validate(requireNonNull(command, "command"));
    if (command.to().isBefore(command.from())) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.service.periodReversed", "from", command.from()), command.to());
    }
    Optional<AvailabilityLapse> stored = log.find(command.eventId());
    if (stored.isPresent()) {
      return same(stored.get(), command);
    }
    Instant now = TimePrecision.stored(clock.instant());
    Optional<FineCase> fine = hours.violation(command.kind(), command.from(), command.to(),
        command.responsible(), command.group());
    AvailabilityLapse lapse = AvailabilityLapse.builder().eventId(command.eventId())
        .kind(command.kind()).responsible(command.responsible()).group(command.group())
        .from(command.from()).to(command.to()).recordedAt(now).fineCase(fine).build();
    List<DomainEvent> events = new ArrayList<>();
    events.add(new AvailabilityLapseRecorded(lapse.eventId(), lapse.kind(), lapse.responsible(),
        lapse.from(), lapse.to(), now));
    fine.ifPresent(f -> events.add(new ServiceHoursViolated(lapse.eventId(), f, now)));
    try {
      return log.append(lapse, OutboxEvent.of(AvailabilityLapse.KIND_CODE,
          lapse.eventId().value(), Version.initial().next(), events));
    } catch (DuplicateRequestException raced) {
      // An earlier attempt of this very command may have been stored meanwhile.
      return log.find(command.eventId()).filter(l -> l.isRecordedBy(command))
          .orElseThrow(() -> raced);
    }
  }

  private static AvailabilityLapse same(AvailabilityLapse stored,
      RecordAvailabilityLapse command) {
    if (stored.isRecordedBy(command)) {
      return stored;
    }
    throw new DuplicateRequestException(AvailabilityLapse.KIND, command.eventId());
  }
}
