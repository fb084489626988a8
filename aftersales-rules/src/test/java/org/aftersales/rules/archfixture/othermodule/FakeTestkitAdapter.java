package org.aftersales.rules.archfixture.othermodule;

/** Stands in for a testkit class, for the test that rules must not depend on the testkit. */
public final class FakeTestkitAdapter {}
