package org.aftersales.core.archfixture.cycle.b;

import org.aftersales.core.archfixture.cycle.a.Alpha;

/** Bad: the other half of a cycle between two capability packages. */
public class Beta {
  Alpha alpha;
}
