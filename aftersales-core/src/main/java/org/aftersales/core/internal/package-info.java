/**
 * <b>Internal</b> to {@code aftersales-core}: what the module's own packages share and adopters
 * never call — the Immutables style of the module's value types. The module descriptor does not
 * export this package.
 *
 * <p>Contracts of the whole package: no method accepts or returns {@code null}.
 */
package org.aftersales.core.internal;
