/** Jakarta validators for tests, set up the way the library expects. */
package org.aftersales.testkit.validation;
