package org.aftersales.core.archfixture.bad;

import java.time.Instant;

/** Bad: reads the system clock instead of an injected Clock. */
public class ReadsSystemClock {
  Instant when() {
    return Instant.now();
  }
}
