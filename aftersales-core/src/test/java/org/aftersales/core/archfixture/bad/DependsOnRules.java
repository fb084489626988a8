package org.aftersales.core.archfixture.bad;

import org.aftersales.core.archfixture.othermodule.FakeRule;

/** Bad: core code that depends on the rules module. */
public class DependsOnRules {
  FakeRule rule;
}
