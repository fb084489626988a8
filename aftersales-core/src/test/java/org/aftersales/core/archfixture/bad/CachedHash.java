package org.aftersales.core.archfixture.bad;

/** Good: a final value that memoises its hash in a private transient field. */
public final class CachedHash {
  private final String text = "x";
  private transient int hash;

  @Override
  public int hashCode() {
    if (hash == 0) {
      hash = text.hashCode();
    }
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CachedHash c && c.text.equals(text);
  }
}
