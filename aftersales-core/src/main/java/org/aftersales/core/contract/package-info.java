/**
 * Maintenance contracts (维护合同) and the obligations they create. So far: the contract's
 * identifier, which service levels can be overridden by.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.contract;
