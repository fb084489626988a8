/**
 * Time for tests: {@link org.aftersales.testkit.time.TestClock}, a {@link java.time.Clock} that
 * stands still until the test moves it.
 */
package org.aftersales.testkit.time;
