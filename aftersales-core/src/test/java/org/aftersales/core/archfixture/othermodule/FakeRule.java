package org.aftersales.core.archfixture.othermodule;

/** Stands in for a class of another module, for the test that a module must not depend on it. */
public final class FakeRule {}
