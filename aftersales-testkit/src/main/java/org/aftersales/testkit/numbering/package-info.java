/**
 * Serial allocation (流水号分配) for tests: {@link
 * org.aftersales.testkit.numbering.InMemoryNumberSequences}, a thread-safe, gapless in-memory
 * adapter of the {@link org.aftersales.core.numbering.NumberSequences} port, and {@link
 * org.aftersales.testkit.numbering.NumberSequencesContract}, the abstract JUnit 5 contract test
 * that an adopter's own adapter (a database sequence table, for example) extends to prove that it
 * honours the port's contract (CMP-01: complaint numbers by year, month and serial, 年月流水).
 */
package org.aftersales.testkit.numbering;
