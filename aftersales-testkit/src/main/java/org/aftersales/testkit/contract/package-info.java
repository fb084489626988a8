/**
 * Test adapters and fixtures for contracts and their obligations (合同与义务): the in-memory
 * {@link org.aftersales.testkit.contract.InMemoryContracts} repository.
 */
package org.aftersales.testkit.contract;
