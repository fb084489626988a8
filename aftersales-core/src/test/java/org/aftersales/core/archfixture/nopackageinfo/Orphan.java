package org.aftersales.core.archfixture.nopackageinfo;

/** Bad: a class in a package without a package-info. */
public final class Orphan {}
