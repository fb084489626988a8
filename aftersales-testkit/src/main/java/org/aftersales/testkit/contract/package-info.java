/**
 * Test adapters and fixtures for contracts and their obligations (合同与义务): the in-memory
 * {@link org.aftersales.testkit.contract.InMemoryContracts} repository, the port's abstract
 * contract test {@link org.aftersales.testkit.contract.ContractsContract} for an adopter's own
 * adapter, and {@link org.aftersales.testkit.contract.ContractFixtures} (contracts with sensible
 * defaults and the seed's wiring of the obligation use cases).
 */
package org.aftersales.testkit.contract;
