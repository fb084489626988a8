/** Architecture-test fixtures; test sources only. */
package org.aftersales.rules.archfixture.othermodule;
