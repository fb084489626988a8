/**
 * Throughput benchmarks of the PostgreSQL reference adapter (吞吐量测试): numbers drawn, complaints
 * registered end to end with the outbox and relayed, and the reminder and service-level sweeps
 * over 100 000 open cases. Not part of the normal test run (their classes end in
 * {@code Benchmark}, which surefire's default includes do not match); run them with the
 * {@code bench} profile (the command and the figures: {@code docs/performance.md}).
 * Each run opens a fresh database of its own on the embedded server.
 */
package org.aftersales.examples.postgres.bench;
