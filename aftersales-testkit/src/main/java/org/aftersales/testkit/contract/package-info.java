/**
 * Test adapters and fixtures for contracts and their obligations (合同与义务): the in-memory
 * repositories {@link org.aftersales.testkit.contract.InMemoryContracts},
 * {@link org.aftersales.testkit.contract.InMemoryProjectHandovers},
 * {@link org.aftersales.testkit.contract.InMemoryPropertySales},
 * {@link org.aftersales.testkit.contract.InMemoryChangeRecords} and
 * {@link org.aftersales.testkit.contract.InMemoryBackups}; the ports' abstract contract tests for
 * an adopter's own adapters (e.g. {@link org.aftersales.testkit.contract.ContractsContract}); and
 * {@link org.aftersales.testkit.contract.ContractFixtures} (builders with sensible defaults for
 * every value of the contract family, later states reached through the use cases, and the seed's
 * wiring of the obligation use cases) and
 * {@link org.aftersales.testkit.contract.ContractArbitraries} (jqwik arbitraries of contracts,
 * property sales, handovers and change records).
 */
package org.aftersales.testkit.contract;
