package org.aftersales.core.archfixture.cycle.a;

import org.aftersales.core.archfixture.cycle.b.Beta;

/** Bad: half of a cycle between two capability packages. */
public class Alpha {
  Beta beta;
}
