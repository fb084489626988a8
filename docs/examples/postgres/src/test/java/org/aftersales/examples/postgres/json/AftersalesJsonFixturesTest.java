package org.aftersales.examples.postgres.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.survey.SurveyCard;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.ServiceJob;
import org.aftersales.testkit.contract.ContractFixtures;
import org.aftersales.testkit.contract.InMemoryContracts;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.penalty.PenaltyFixtures;
import org.aftersales.testkit.survey.InMemorySurveyCards;
import org.aftersales.testkit.survey.SurveyFixtures;
import org.aftersales.testkit.workreport.InMemoryAvailabilityLog;
import org.aftersales.testkit.workreport.InMemoryBranchReports;
import org.aftersales.testkit.workreport.WorkReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate in every state the testkit's fixtures reach — contract files, survey cards,
 * penalty cases and ledgers, branch reports, availability lapses, service jobs, repair records —
 * and every event they store are read back equal.
 *
 * <p>// rule: CON-01 … CON-06 (contract files), SUR-01 (survey cards), PEN-01 … PEN-04 (ledgers),
 * RPT-01 (branch reports) — the states stored
 */
class AftersalesJsonFixturesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T02:00:00.000001Z"),
      ContractFixtures.SHANGHAI);

  @Test
  public void contract_files_in_every_state_the_fixtures_reach_round_trip_with_their_events() {
    List<ServiceContract> contracts = List.of(ContractFixtures.aMaintenanceContract(),
        ContractFixtures.freePeriod().build(), ContractFixtures.securitySystemContract().build());
    int states = 0;
    for (ServiceContract contract : contracts) {
      RoundTrip.check(ServiceContract.class, contract);
      RoundTrip.check(ContractFile.class, ContractFile.open(contract));
      states++;
      List<Supplier<ContractFile>> paths = new ArrayList<>();
      InMemoryContracts store = InMemoryContracts.create();
      List<ContractObligations> all = new ArrayList<>();
      for (ObligationKind kind : ObligationKind.values()) {
        if (!hasObligation(contract, kind)) {
          continue;
        }
        if (kind != ObligationKind.MONTHLY_INSPECTION) {
          // an inspection is fulfilled by its report (CON-04), below
          paths.add(() -> ContractFixtures.withFirstFulfilled(commands(all), contract, kind));
        }
        paths.add(() -> ContractFixtures.withFirstCarriedOver(commands(all), contract, kind));
        paths.add(() -> ContractFixtures.withFirstWrittenOff(commands(all), contract, kind));
      }
      if (hasObligation(contract, ObligationKind.MONTHLY_INSPECTION)) {
        paths.add(() -> ContractFixtures.withFirstInspectionFulfilled(commands(all), contract));
        paths.add(() -> ContractFixtures.withFirstInspectionFulfilledLate(commands(all),
            contract));
      }
      paths.add(() -> ContractFixtures.withEndNoticeFollowedUp(commands(all), contract));
      for (Supplier<ContractFile> path : paths) {
        RoundTrip.check(ContractFile.class, path.get());
        states++;
      }
      for (InMemoryContracts used : this.used) {
        used.outbox().all().forEach(this::event);
      }
      this.used.clear();
      InMemoryNoticeLog log = InMemoryNoticeLog.create();
      store.save(ContractFile.open(contract), List.of());
      ContractFixtures.seedReminders(store, log, Clock.fixed(contract.end().atStartOfDay(
          ContractFixtures.SHANGHAI).toInstant(), ContractFixtures.SHANGHAI))
          .issue(contract.start().atStartOfDay(ContractFixtures.SHANGHAI).toInstant(),
              contract.end().atStartOfDay(ContractFixtures.SHANGHAI).toInstant());
      log.outbox().all().forEach(this::event);
    }
    assertTrue(states >= 20, "only " + states + " contract file states");
    RoundTrip.check(ChangeRecord.class, ContractFixtures.aChangeRecord());
  }

  private final List<InMemoryContracts> used = new ArrayList<>();

  private ContractObligations commands(List<ContractObligations> all) {
    InMemoryContracts contracts = InMemoryContracts.create();
    used.add(contracts);
    ContractObligations c = ContractFixtures.seedCommands(contracts, clock);
    all.add(c);
    return c;
  }

  private static boolean hasObligation(ServiceContract contract, ObligationKind kind) {
    return ContractFixtures.seedSchedule().due(contract, contract.start(),
        contract.end().plusDays(1)).stream().anyMatch(o -> o.kind() == kind);
  }

  @Test
  public void survey_cards_issued_and_answered_round_trip_with_their_events() {
    SurveyCard issued = SurveyFixtures.aSurveyCard();
    RoundTrip.check(SurveyCard.class, issued);
    RoundTrip.check(SurveyCard.class, SurveyFixtures.anAnsweredSurveyCard());
    InMemorySurveyCards cards = InMemorySurveyCards.create();
    cards.save(issued, OutboxEvent.of("survey", issued.serviceRequestId().value(),
        issued.version().next(), List.of()));
    SurveyCard answered = SurveyFixtures.seedAnswering(cards, clock)
        .record(SurveyFixtures.recordSurveyAnswers(issued.serviceRequestId()).build());
    RoundTrip.check(SurveyCard.class, answered);
    cards.outbox().all().forEach(this::event);
  }

  @Test
  public void penalty_cases_and_ledgers_posted_reversed_and_settled_round_trip_with_their_events() {
    RoundTrip.check(PenaltyCase.class, PenaltyFixtures.workedExample());
    RoundTrip.check(PenaltyCase.class, PenaltyFixtures.remainderExample());
    RoundTrip.check(PersonPenaltyLedger.class, PenaltyFixtures.aLedger());
    PenaltyFixtures.Ledgers ledgers = PenaltyFixtures.ledgers();
    RoundTrip.check(PersonPenaltyLedger.class, ledgers.posted());
    RoundTrip.check(PersonPenaltyLedger.class, ledgers.reversed());
    RoundTrip.check(PersonPenaltyLedger.class, ledgers.settled());
    ledgers.accounts().all().forEach(l -> RoundTrip.check(PersonPenaltyLedger.class, l));
    ledgers.accounts().outbox().all().forEach(this::event);
  }

  @Test
  public void work_reports_and_availability_lapses_round_trip_with_their_events() {
    RoundTrip.check(BranchReport.class, WorkReportFixtures.aBranchReport());
    RoundTrip.check(AvailabilityLapse.class, WorkReportFixtures.anAvailabilityLapse());
    RoundTrip.check(ServiceJob.class, WorkReportFixtures.aServiceJob());
    RoundTrip.check(RepairRecord.class, WorkReportFixtures.aRepairRecord());
    InMemoryBranchReports reports = InMemoryBranchReports.create();
    RoundTrip.check(BranchReport.class, WorkReportFixtures.seedBranchReportSigning(reports,
        clock).sign(WorkReportFixtures.signBranchReport().build()));
    reports.outbox().all().forEach(this::event);
    InMemoryAvailabilityLog log = InMemoryAvailabilityLog.create();
    RoundTrip.check(AvailabilityLapse.class, WorkReportFixtures.seedAvailabilityViolations(log,
        clock).record(WorkReportFixtures.recordAvailabilityLapse().build()));
    log.outbox().all().forEach(this::event);
  }

  private void event(OutboxEvent e) {
    RoundTrip.checkEvent(e);
    RoundTrip.check(OutboxEvent.class, e);
    RoundTrip.SEEN.add(e.event().getClass().getName());
  }
}
