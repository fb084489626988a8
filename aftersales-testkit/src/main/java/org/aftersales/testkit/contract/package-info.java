/**
 * Test adapters and fixtures for contracts and their obligations (合同与义务): the in-memory
 * {@link org.aftersales.testkit.contract.InMemoryContracts}, {@link
 * org.aftersales.testkit.contract.InMemoryProjectHandovers}, {@link
 * org.aftersales.testkit.contract.InMemoryPropertySales}, {@link
 * org.aftersales.testkit.contract.InMemoryChangeRecords} and {@link
 * org.aftersales.testkit.contract.InMemoryBackups} repositories and their contract tests.
 */
package org.aftersales.testkit.contract;
