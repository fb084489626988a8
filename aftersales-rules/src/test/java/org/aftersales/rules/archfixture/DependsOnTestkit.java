package org.aftersales.rules.archfixture;

import org.aftersales.rules.archfixture.othermodule.FakeTestkitAdapter;

/** Bad: rules code that depends on the testkit. Test sources only. */
public class DependsOnTestkit {
  FakeTestkitAdapter adapter;
}
