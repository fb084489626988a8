/**
 * The walkthrough (演示月): one simulated month of a service department — November 2026 in
 * Shanghai, on a fixed clock — driven only through the library's public use cases over the
 * testkit's in-memory adapters, printed as the aligned tables a service manager reads, in English
 * or Chinese. Run it with {@link org.aftersales.testkit.walkthrough.Walkthrough#main(String[])}
 * or read it with {@link org.aftersales.testkit.walkthrough.Walkthrough#report(
 * org.aftersales.testkit.walkthrough.Walkthrough.Language)}, or as a self-contained HTML page
 * (the tables plus an inline SVG chart of SLA compliance per day) with
 * {@link org.aftersales.testkit.walkthrough.Walkthrough#html(
 * org.aftersales.testkit.walkthrough.Walkthrough.Language)}; the same language gives the same
 * bytes on every run and JVM.
 */
package org.aftersales.testkit.walkthrough;
