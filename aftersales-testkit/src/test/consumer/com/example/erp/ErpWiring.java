package com.example.erp;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneId;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.Outbox;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The after-sales use cases of an ERP, wired once at start-up and closed at shutdown. */
public final class ErpWiring implements AutoCloseable {

  /** Where the business happens: complaint numbers (年月流水) are read in this zone. */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  private final ValidatorFactory validation;
  private final ComplaintRegistration complaintRegistration;
  private final EventRelay eventRelay;

  /**
   * Wires the use cases over the ERP's own adapters.
   *
   * @param complaints the repository adapter for complaint cases (it also writes the outbox)
   * @param sequences the adapter for number sequences (e.g. a sequence table)
   * @param outbox the outbox table the repositories write events to
   * @param events where the relay delivers stored events (a broker, a notification service)
   * @param clock the clock, e.g. {@code Clock.system(BUSINESS_ZONE)}
   */
  public ErpWiring(Complaints complaints, NumberSequences sequences, Outbox outbox,
      DomainEventPublisher events, Clock clock) {
    // Hibernate Validator with its parameter-only interpolator evaluates no expression language,
    // so no jakarta.el implementation is needed; the library renders its own messages anyway.
    validation = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    CommandValidator commands = new CommandValidator(validation.getValidator());
    SequenceNumbering numbering =
        SequenceNumbering.of(NumberingScheme.seed(BUSINESS_ZONE), sequences);
    complaintRegistration = new ComplaintRegistration(complaints, numbering,
        ComplaintProcedure.seed(), commands, clock);
    // Use cases store events with their state; the relay delivers them (run it after each
    // transaction commits and on a schedule).
    eventRelay = new EventRelay(outbox, events);
  }

  /**
   * Registering, reopening and voiding complaint cases.
   *
   * @return the use cases
   */
  public ComplaintRegistration complaintRegistration() {
    return complaintRegistration;
  }

  /**
   * Delivers stored events at least once, with stable IDs for de-duplication.
   *
   * @return the relay
   */
  public EventRelay eventRelay() {
    return eventRelay;
  }

  /** Releases the validator factory's caches. */
  @Override
  public void close() {
    validation.close();
  }
}
