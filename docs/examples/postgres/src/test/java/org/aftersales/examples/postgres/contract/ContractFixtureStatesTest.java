package org.aftersales.examples.postgres.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.obligation.BackupRegister;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.HandoverRegister;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.examples.postgres.Transactions;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every state the testkit's contract fixtures reach, reached through the library's use cases over
 * these repositories, reads back equal through a fresh adapter instance: what the document holds
 * is the whole aggregate, Chinese text and microseconds included. The clock has microseconds on
 * purpose (09:00:00.123456 in Shanghai on the fixtures' reference day).
 */
class ContractFixtureStatesTest {

  private static final Transactions TX = TestDatabase.shared().transactions();
  private static final AftersalesJson JSON = new AftersalesJson();
  private static final Clock CLOCK = Clock.fixed(
      ContractFixtures.RECORDED_AT.plusNanos(123_456_000), ContractFixtures.SHANGHAI);

  private static JdbcContracts contracts() {
    return new JdbcContracts(TX, JSON);
  }

  @Test
  void contract_files_with_fulfilments_inspections_dispositions_and_follow_ups_read_back_equal() {
    // rule: CON-01, CON-02, CON-04, CON-05
    ContractObligations commands = ContractFixtures.seedCommands(contracts(), CLOCK);
    ServiceContract security = ContractFixtures.securitySystemContract().build();
    ServiceContract maintenance = ContractFixtures.maintenanceContract().build();
    ServiceContract free = ContractFixtures.freePeriod().build();
    List<ContractFile> states = List.of(
        commands.register(ContractFixtures.maintenanceContract().build()),
        ContractFixtures.withFirstInspectionFulfilledLate(commands, security),
        ContractFixtures.withEndNoticeFollowedUp(commands, maintenance),
        ContractFixtures.withEndNoticeFollowedUp(commands, free),
        ContractFixtures.withFirstCarriedOver(commands, ContractFixtures.maintenanceContract()
            .build(), ObligationKind.MONTHLY_INSPECTION),
        ContractFixtures.withFirstWrittenOff(commands, ContractFixtures.maintenanceContract()
            .build(), ObligationKind.MONTHLY_INSPECTION));
    for (ContractFile state : states) {
      assertEquals(Optional.of(state), contracts().find(state.id()), state.id().value());
    }
    assertEquals(1, states.get(1).inspectionReports().size(), "a state with its report");
  }

  @Test
  void handovers_open_with_every_document_and_completed_read_back_equal() {
    // rule: CON-03
    JdbcProjectHandovers handovers = new JdbcProjectHandovers(TX, JSON);
    HandoverRegister register = new HandoverRegister(handovers, CLOCK);
    ProjectHandover open = register.open(ContractFixtures.aProjectHandover());
    ProjectHandover documented = ContractFixtures.withEveryDocument(register,
        ContractFixtures.aProjectHandover());
    ProjectHandover completed = ContractFixtures.completedHandover(register,
        ContractFixtures.aProjectHandover());
    for (ProjectHandover state : List.of(open, documented, completed)) {
      assertEquals(Optional.of(state), new JdbcProjectHandovers(TX, JSON).find(state.project()));
    }
    ProjectHandover read = new JdbcProjectHandovers(TX, JSON).find(completed.project())
        .orElseThrow();
    assertEquals(Optional.of(Instant.parse("2026-11-02T01:00:00.123456Z")), read.completedAt());
    assertEquals(Optional.of(ContractFixtures.MANAGER), read.completedBy());
  }

  @Test
  void property_sales_registered_accepted_and_delivered_read_back_equal_by_every_method() {
    // rule: CON-09
    PropertyAfterSales sales = new PropertyAfterSales(new JdbcPropertySales(TX, JSON));
    List<PropertySale> states = List.of(
        sales.register(ContractFixtures.aPropertySale()),
        sales.register(ContractFixtures.mortgageSale().build()),
        ContractFixtures.withCompletionAccepted(sales, ContractFixtures.lumpSumSale().build()),
        ContractFixtures.deliveredSale(sales, ContractFixtures.aPropertySale()));
    for (PropertySale state : states) {
      PropertySale read = new JdbcPropertySales(TX, JSON).find(state.contract()).orElseThrow();
      assertEquals(state, read);
      // The reminders (and so the terms, acceptance and delivery they derive from) are kept.
      assertEquals(state.reminders(), read.reminders());
    }
  }

  @Test
  void change_records_with_a_prior_or_a_late_notice_read_back_equal() {
    // rule: CON-07
    ChangeRegister register = new ChangeRegister(new JdbcChangeRecords(TX, JSON));
    List<ChangeRecord> states = List.of(
        register.record(ContractFixtures.aChangeRecord()),
        ContractFixtures.recordedWithPriorNotice(register, ContractFixtures.aChangeRecord()),
        ContractFixtures.recordedWithLateNotice(register, ContractFixtures.aChangeRecord()));
    for (ChangeRecord state : states) {
      assertEquals(Optional.of(state), new JdbcChangeRecords(TX, JSON).find(state.id()));
    }
  }

  @Test
  void backup_obligations_with_a_month_of_daily_backups_read_back_equal() {
    // rule: CON-08
    BackupRegister register = new BackupRegister(new JdbcBackups(TX, JSON));
    BackupObligation empty = register.open(ContractFixtures.aBackupObligation());
    BackupObligation daily = ContractFixtures.withDailyBackups(register,
        ContractFixtures.aBackupObligation(), LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31));
    for (BackupObligation state : List.of(empty, daily)) {
      assertEquals(Optional.of(state), new JdbcBackups(TX, JSON).find(state.project()));
    }
    assertEquals(31, daily.backups().size());
  }
}
