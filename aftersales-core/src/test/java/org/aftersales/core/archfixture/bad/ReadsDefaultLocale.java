package org.aftersales.core.archfixture.bad;

import java.util.Locale;

/** Bad: uses the JVM's default locale instead of the reader's. */
public class ReadsDefaultLocale {
  Locale locale() {
    return Locale.getDefault();
  }
}
