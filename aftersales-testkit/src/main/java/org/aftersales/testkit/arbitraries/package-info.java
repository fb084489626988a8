/**
 * jqwik arbitraries for the library's value types, for adopters' own property-based tests.
 */
package org.aftersales.testkit.arbitraries;
