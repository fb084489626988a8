package org.aftersales.core.archfixture.bad;

import java.time.ZoneId;

/** Bad: uses the JVM's default time zone instead of a configured one. */
public class ReadsDefaultZone {
  ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
