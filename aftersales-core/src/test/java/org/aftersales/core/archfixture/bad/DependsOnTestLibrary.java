package org.aftersales.core.archfixture.bad;

import net.jqwik.api.Arbitrary;

/** Bad: core code that depends on a library other than the JDK, Guava and jakarta.validation. */
public class DependsOnTestLibrary {
  Arbitrary<String> names;
}
