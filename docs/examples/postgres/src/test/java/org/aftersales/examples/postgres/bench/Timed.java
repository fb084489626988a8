package org.aftersales.examples.postgres.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A port wrapped so that the time spent in each of its methods adds up, for "where a run's time
 * goes": {@code Timed.of(Complaints.class, adapter, totals)}. Not thread-safe (one run at a time).
 */
final class Timed {

  private Timed() {}

  /** Nanoseconds and calls per {@code Port.method}. */
  static final class Totals {
    private final Map<String, long[]> byMethod = new TreeMap<>();

    void add(String method, long nanos) {
      long[] t = byMethod.computeIfAbsent(method, m -> new long[2]);
      t[0] += nanos;
      t[1]++;
    }

    void clear() {
      byMethod.clear();
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      byMethod.forEach((m, t) -> out.append(String.format(Locale.ROOT, "%s%s %.0f ms (%d calls)",
          out.length() == 0 ? "" : "; ", m, t[0] / 1e6, t[1])));
      return out.toString();
    }
  }

  static <T> T of(Class<T> port, T target, Totals totals) {
    Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (p, method, args) -> {
          long start = System.nanoTime();
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } finally {
            totals.add(port.getSimpleName() + "." + method.getName(), System.nanoTime() - start);
          }
        });
    return port.cast(proxy);
  }
}
