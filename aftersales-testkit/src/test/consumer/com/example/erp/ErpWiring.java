package com.example.erp;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneId;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.DomainEventPublisher;
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

  /**
   * Wires the use cases over the ERP's own adapters.
   *
   * @param complaints the repository adapter for complaint cases
   * @param sequences the adapter for number sequences (e.g. a sequence table)
   * @param events where the use cases publish the events of stored changes
   * @param clock the clock, e.g. {@code Clock.system(BUSINESS_ZONE)}
   */
  public ErpWiring(Complaints complaints, NumberSequences sequences, DomainEventPublisher events,
      Clock clock) {
    // Hibernate Validator with its parameter-only interpolator evaluates no expression language,
    // so no jakarta.el implementation is needed; the library renders its own messages anyway.
    validation = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    CommandValidator commands = new CommandValidator(validation.getValidator());
    SequenceNumbering numbering =
        SequenceNumbering.of(NumberingScheme.seed(BUSINESS_ZONE), sequences);
    complaintRegistration =
        new ComplaintRegistration(complaints, numbering, events, commands, clock);
  }

  /**
   * Registering, reopening and voiding complaint cases.
   *
   * @return the use cases
   */
  public ComplaintRegistration complaintRegistration() {
    return complaintRegistration;
  }

  /** Releases the validator factory's caches. */
  @Override
  public void close() {
    validation.close();
  }
}
