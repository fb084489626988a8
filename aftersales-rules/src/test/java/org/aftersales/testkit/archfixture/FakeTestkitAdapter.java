package org.aftersales.testkit.archfixture;

/** Stands in for a testkit class, for the test that rules must not depend on the testkit. */
public class FakeTestkitAdapter {}
