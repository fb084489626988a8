/**
 * Serial allocation on PostgreSQL (流水号分配):
 * {@link org.aftersales.examples.postgres.numbering.JdbcNumberSequences}, one row per series and
 * period, drawn gapless in the caller's transaction or on a connection of its own.
 */
package org.aftersales.examples.postgres.numbering;
