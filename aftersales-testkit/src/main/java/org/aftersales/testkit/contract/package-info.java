/**
 * Test adapters and fixtures for contracts and their obligations (合同与义务): the in-memory
 * repositories {@link org.aftersales.testkit.contract.InMemoryContracts},
 * {@link org.aftersales.testkit.contract.InMemoryProjectHandovers},
 * {@link org.aftersales.testkit.contract.InMemoryPropertySales},
 * {@link org.aftersales.testkit.contract.InMemoryChangeRecords} and
 * {@link org.aftersales.testkit.contract.InMemoryBackups}; the ports' abstract contract tests for
 * an adopter's own adapters (e.g. {@link org.aftersales.testkit.contract.ContractsContract}); and
 * {@link org.aftersales.testkit.contract.ContractFixtures} (contracts with sensible defaults and
 * the seed's wiring of the obligation use cases).
 */
package org.aftersales.testkit.contract;
