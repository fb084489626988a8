package org.aftersales.core.archcyclea;

import org.aftersales.core.archcycleb.Beta;

/** Bad: half of a cycle between two capability packages. */
public class Alpha {
  Beta beta;
}
