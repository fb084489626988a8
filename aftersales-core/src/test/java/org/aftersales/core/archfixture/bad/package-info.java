/**
 * Deliberately bad classes, one per architecture rule, that prove the rules can fail. They live in
 * test sources only and are never part of the library.
 */
package org.aftersales.core.archfixture.bad;
