/**
 * Shared kernel (共享内核) of the after-sales library: the value types and the error model every
 * capability package uses.
 *
 * <ul>
 *   <li>{@link org.aftersales.core.shared.Money} — an exact amount of one currency, scaled to the
 *       currency's minor unit; every operation that could lose precision takes a
 *       {@link java.math.RoundingMode}.</li>
 *   <li>{@link org.aftersales.core.shared.Identifier} and its subclasses — typed identifiers, so a
 *       complaint ID can never be passed where a person ID is expected.</li>
 *   <li>{@link org.aftersales.core.shared.Version} — the optimistic-concurrency version of a stored
 *       aggregate.</li>
 *   <li>{@link org.aftersales.core.shared.AftersalesException} and its subclasses — the library's
 *       unchecked exceptions, one subclass per cause, with messages in English and Simplified
 *       Chinese ({@link org.aftersales.core.shared.LocalizableMessage}).</li>
 *   <li>{@link org.aftersales.core.shared.CommandValidator} — validates commands with an injected
 *       {@code jakarta.validation.Validator} and turns constraint violations into a sorted
 *       {@link org.aftersales.core.shared.InvalidInputException}.</li>
 * </ul>
 *
 * <h2>Contracts that hold for the whole package</h2>
 * <ul>
 *   <li><b>Null:</b> no method accepts {@code null} unless its documentation says so; passing
 *       {@code null} throws {@link java.lang.NullPointerException} naming the parameter. No method
 *       returns {@code null}; absent values are {@link java.util.Optional}.</li>
 *   <li><b>Immutability:</b> every value type is final (or sealed to the library's own
 *       implementations), immutable and safe to share between threads. Collections returned are
 *       unmodifiable.</li>
 *   <li><b>Time and locale:</b> nothing here reads the system clock, the JVM's default time zone
 *       or the JVM's default locale.</li>
 * </ul>
 */
package org.aftersales.core.shared;
