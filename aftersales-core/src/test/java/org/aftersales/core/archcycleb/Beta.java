package org.aftersales.core.archcycleb;

import org.aftersales.core.archcyclea.Alpha;

/** Bad: the other half of a cycle between two capability packages. */
public class Beta {
  Alpha alpha;
}
