/**
 * Fault injection for use cases (故障注入): {@link org.aftersales.testkit.faults.FaultInjector}
 * wraps any port in a proxy that fails one chosen call before, during or after it reaches the
 * real adapter; {@link org.aftersales.testkit.faults.FaultInjectionContract} is the abstract JUnit
 * test that runs a scenario of use-case calls with a fault at every port call, retries, and checks
 * that nothing was lost or done twice — for the library's use cases and for any an adopter writes.
 */
package org.aftersales.testkit.faults;
