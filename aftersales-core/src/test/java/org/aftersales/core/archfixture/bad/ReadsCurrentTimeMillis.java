package org.aftersales.core.archfixture.bad;

/** Bad: reads the system time in milliseconds. */
public class ReadsCurrentTimeMillis {
  long when() {
    return System.currentTimeMillis();
  }
}
