package org.aftersales.core.archfixture.shared;

import org.aftersales.core.archfixture.bad.DoubleField;

/** Bad: the shared kernel depending on a capability package. */
public class SharedUsesCapability {
  DoubleField capability;
}
