package org.aftersales.core.archfixture.bad;

/** Bad: a public abstract class that is neither sealed nor an Immutables value. */
public abstract class OpenAbstract {}
