/**
 * An in-memory database for tests (内存数据库): {@link
 * org.aftersales.testkit.store.InMemoryDatabase} holds the tables of the testkit's in-memory
 * adapters behind one lock and gives them transactions with rollback, so that a test can run a use
 * case inside a host transaction (the unit of work) the way an ERP does over SQL.
 */
package org.aftersales.testkit.store;
