package org.aftersales.examples.postgres.json;

import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.contract.ContractArbitraries;
import org.aftersales.testkit.penalty.PenaltyArbitraries;
import org.aftersales.testkit.penalty.PenaltyFixtures;

/**
 * The testkit's generated contracts, change records, penalty cases and penalty postings are read
 * back equal to what was written (leap days, long contracts, many systems; Chinese text; odd
 * amounts in CNY and JPY, a currency without minor units).
 *
 * <p>// rule: CON-01 … CON-06, CON-07 (change records), PEN-01 … PEN-03
 */
class AftersalesJsonArbitraryProperties {

  @Provide
  Arbitrary<ServiceContract> contracts() {
    return ContractArbitraries.serviceContracts();
  }

  @Property(seed = "20261130", tries = 100)
  void a_generated_contract_and_its_open_file_round_trip(
      @ForAll("contracts") ServiceContract contract) {
    RoundTrip.check(ServiceContract.class, contract);
    RoundTrip.check(ContractFile.class, ContractFile.open(contract));
  }

  @Provide
  Arbitrary<ChangeRecord> changeRecords() {
    return ContractArbitraries.changeRecords();
  }

  @Property(seed = "20261130", tries = 100)
  void a_generated_change_record_round_trips(@ForAll("changeRecords") ChangeRecord record) {
    RoundTrip.check(ChangeRecord.class, record);
  }

  @Provide
  Arbitrary<PenaltyCase> penaltyCases() {
    return PenaltyArbitraries.in(Currency.getInstance("CNY")).cases();
  }

  @Property(seed = "20261130", tries = 100)
  void a_generated_penalty_case_round_trips(@ForAll("penaltyCases") PenaltyCase penaltyCase) {
    RoundTrip.check(PenaltyCase.class, penaltyCase);
  }

  @Provide
  Arbitrary<PostPenalty> postings() {
    return PenaltyArbitraries.in(Currency.getInstance("JPY")).postings();
  }

  @Property(seed = "20261130", tries = 100)
  void a_ledger_posted_with_a_generated_posting_round_trips_with_its_events(
      @ForAll("postings") PostPenalty posting) {
    PenaltyFixtures.Ledgers ledgers = PenaltyFixtures.ledgers();
    for (PersonPenaltyLedger ledger : ledgers.posting().post(posting)) {
      RoundTrip.check(PersonPenaltyLedger.class, ledger);
    }
    for (OutboxEvent e : ledgers.accounts().outbox().all()) {
      RoundTrip.checkEvent(e);
    }
  }
}
