package org.aftersales.core.archfixture.bad;

/** Bad: a public concrete class that can be subclassed. */
public class NotFinal {}
