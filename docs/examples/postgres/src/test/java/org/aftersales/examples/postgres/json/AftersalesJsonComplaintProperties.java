package org.aftersales.examples.postgres.json;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.complaint.ComplaintArbitraries;
import org.aftersales.testkit.complaint.ComplaintFixtures;

/**
 * A complaint case (投诉单) in every state the testkit's use-case fixtures reach, the penalty
 * ledgers its decision posts to, and every event stored on the way are read back equal to what
 * was written; so is a case registered from any generated registration (Chinese text, month and
 * year boundaries, microsecond instants) and carried through its route.
 *
 * <p>// rule: CMP-01 … CMP-12 (the states stored), PEN-01 (the ledgers posted)
 */
class AftersalesJsonComplaintProperties {

  @Example
  public void every_state_the_use_case_fixtures_reach_round_trips_with_its_events() {
    ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
    List<ComplaintCase> states = List.of(desk.registered(), desk.inProgress(), desk.routed(),
        desk.decided(), desk.executed(), desk.closed(), desk.voided(), desk.reopened());
    for (ComplaintCase c : states) {
      RoundTrip.check(ComplaintCase.class, c);
    }
    for (PersonPenaltyLedger ledger : desk.penaltyPosted()) {
      RoundTrip.check(PersonPenaltyLedger.class, ledger);
    }
    for (PersonPenaltyLedger ledger : desk.accounts().all()) {
      RoundTrip.check(PersonPenaltyLedger.class, ledger);
    }
    List<OutboxEvent> events = desk.complaints().outbox().all();
    for (OutboxEvent e : events) {
      RoundTrip.checkEvent(e);
      RoundTrip.check(OutboxEvent.class, e);
    }
    for (OutboxEvent e : desk.accounts().outbox().all()) {
      RoundTrip.checkEvent(e);
    }
  }

  @Provide
  Arbitrary<RegisterComplaint> registrations() {
    return ComplaintArbitraries.registrations();
  }

  @Property(seed = "20261130", tries = 40)
  void a_case_registered_from_any_generated_registration_round_trips_registered_and_routed(
      @ForAll("registrations") RegisterComplaint registration) {
    ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
    ComplaintCase registered = desk.registration().register(registration);
    RoundTrip.check(ComplaintCase.class, registered);
    ComplaintCase routed = desk.routed(registered);
    RoundTrip.check(ComplaintCase.class, routed);
    for (OutboxEvent e : desk.complaints().outbox().all()) {
      RoundTrip.checkEvent(e);
    }
  }
}
