/**
 * The contract family's repositories over PostgreSQL (合同类仓储): {@link
 * org.aftersales.examples.postgres.contract.JdbcContracts}, {@link
 * org.aftersales.examples.postgres.contract.JdbcProjectHandovers}, {@link
 * org.aftersales.examples.postgres.contract.JdbcPropertySales}, {@link
 * org.aftersales.examples.postgres.contract.JdbcChangeRecords} and {@link
 * org.aftersales.examples.postgres.contract.JdbcBackups}, one table each of the same shape (key,
 * version, jsonb document, query columns; migration {@code V6__contracts.sql}), sharing one body
 * as the testkit's in-memory adapters do.
 */
package org.aftersales.examples.postgres.contract;
