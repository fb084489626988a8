package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SHANGHAI;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.intake;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.sh;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.FileInvestigationReport;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Complaint cases routed through the public use cases for the reminder tests, on the seed's
 * procedure: every case is accepted on Monday 2 November 2026 at 09:00 in Shanghai (domestic,
 * general), then moved step by step at the business instants the test gives. The use cases'
 * recording clock stands on 1 December, after every business instant used.
 */
final class ReminderCases {

  private static final AtomicLong IDS = new AtomicLong();

  private final ComplaintRegistration registration;
  private final ComplaintHandling handling;

  ReminderCases(Complaints complaints) {
    TestClock recording = TestClock.at(sh("2026-12-01T09:00"), SHANGHAI);
    this.registration = new ComplaintRegistration(complaints,
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), InMemoryNumberSequences.create()),
        ComplaintProcedure.seed().withRoute(SeedServiceLevels.COMPLAINT_STEPS),
        TestValidators.commandValidator(), recording);
    this.handling = new ComplaintHandling(complaints, TestValidators.commandValidator(),
        recording);
  }

  private static RequestId id() {
    return RequestId.of("reminder-" + IDS.incrementAndGet());
  }

  /** Accepted Monday 2 November 09:00; the registration step (½ day) is open, due 14:15. */
  ComplaintCase accepted() {
    return registration.register(new RegisterComplaint(id(), sh("2026-11-02T09:00"),
        intake(ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true)));
  }

  ComplaintCase complete(ComplaintCase c, Milestone step, String local) {
    return handling.completeStep(new CompleteComplaintStep(id(), c.number(), step, sh(local)));
  }

  ComplaintCase handOver(ComplaintCase c, Milestone step, String local) {
    return handling.handOver(new HandOverComplaint(id(), c.number(), step, sh(local)));
  }

  /** Completes the open step and hands the case to the next at the same instant. */
  ComplaintCase pass(ComplaintCase c, Milestone done, Milestone next, String local) {
    complete(c, done, local);
    return handOver(c, next, local);
  }

  ComplaintCase fileReport(ComplaintCase c, String local) {
    return handling.fileInvestigationReport(new FileInvestigationReport(id(), c.number(),
        sh(local), PersonId.of("QA-01"), "Cause: curing oven at 140 °C"));
  }

  /**
   * Registration completed and QA handed over Monday 14:00 (registration due 14:15): the QA
   * step (1 working day = 7 h 30) is due Tuesday 14:00 (Mon 14–18 4 h, Tue 09–12 3 h,
   * 13:30–14:00).
   */
  ComplaintCase atQaFromMonday1400() {
    ComplaintCase c = accepted();
    return pass(c, Milestone.COMPLAINT_REGISTRATION, Milestone.QA_ANALYSIS, "2026-11-02T14:00");
  }

  static Instant at(String local) {
    return sh(local);
  }
}
