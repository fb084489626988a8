/**
 * The organization as penalties see it (组织): people, their base points (基点数), and the units
 * they belong to — groups (组单元), sections (科) and departments (部门).
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.organization;
