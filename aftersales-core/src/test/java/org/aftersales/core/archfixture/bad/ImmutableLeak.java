package org.aftersales.core.archfixture.bad;

/** Bad: a public type named like a generated Immutables implementation. */
public class ImmutableLeak {}
