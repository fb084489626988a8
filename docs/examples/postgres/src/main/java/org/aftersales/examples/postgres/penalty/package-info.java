/**
 * The {@link org.aftersales.core.penalty.PenaltyAccounts} port over PostgreSQL (罚款台账库):
 * table {@code penalty_ledger} (migration {@code V5__penalty_ledgers.sql}).
 */
package org.aftersales.examples.postgres.penalty;
