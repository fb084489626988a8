package org.aftersales.core.archfixture.bad;

import org.aftersales.rules.archfixture.FakeRule;

/** Bad: core code that depends on the rules module. */
public class DependsOnRules {
  FakeRule rule;
}
