package org.aftersales.rules.archfixture;

import net.jqwik.api.Arbitrary;

/** Bad: rules code that depends on a library the module may not use. Test sources only. */
public class UsesTestLibrary {
  Arbitrary<String> texts;
}
