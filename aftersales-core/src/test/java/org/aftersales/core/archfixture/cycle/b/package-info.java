/** Architecture-test fixtures (see {@code ArchitectureRulesCatchViolationsTest}); test sources only. */
package org.aftersales.core.archfixture.cycle.b;
