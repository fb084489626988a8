/** What the testkit's packages share: the module's Immutables style. */
package org.aftersales.testkit.support;
