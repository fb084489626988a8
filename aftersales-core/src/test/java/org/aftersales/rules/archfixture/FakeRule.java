package org.aftersales.rules.archfixture;

/** Stands in for a class of the rules module, for the test that core must not depend on it. */
public class FakeRule {}
