package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.Contracts;
import org.aftersales.core.shared.Outbox;
import org.junit.jupiter.api.Test;

/**
 * The in-memory contract store keeps the port's contract, and its own helpers answer what is
 * stored. // rule: CON-01, CON-04
 */
class InMemoryContractsTest extends ContractsContract {

  private final InMemoryContracts storage = InMemoryContracts.create();

  @Override
  protected Contracts freshAdapter() {
    return storage.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return storage.outbox();
  }

  @Test
  void a_store_of_its_own_lists_its_files_by_contract_id_and_others_do_not_see_them() {
    InMemoryContracts own = InMemoryContracts.create();
    ContractFile second = own.save(ContractFile.open(ContractFixtures.aMaintenanceContract()),
        List.of());
    ContractFile first = own.save(ContractFile.open(ContractFixtures.maintenanceContract()
        .id(ContractId.of("CT-000000")).build()), List.of());
    assertEquals(List.of(first, second), own.all());
    assertEquals("InMemoryContracts[2 files]", own.toString());
    assertEquals(Optional.empty(), InMemoryContracts.create().find(first.id()));
  }
}
