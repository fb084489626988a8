package org.aftersales.examples.postgres.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts what goes to the server: statements executed (by their first SQL
 * word), savepoints set and released, commits and rollbacks — each one round trip with the
 * PostgreSQL driver (it sends {@code BEGIN} with the first statement of a transaction, not on
 * {@code setAutoCommit(false)}). To say how many round trips one operation costs.
 */
final class RoundTrips implements DataSource {

  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery",
      "executeUpdate", "executeBatch", "executeLargeUpdate");

  private final DataSource target;
  private final Map<String, AtomicLong> counts = new TreeMap<>();

  RoundTrips(DataSource target) {
    this.target = target;
  }

  /** The counts so far, by kind ({@code INSERT}, {@code SELECT}, {@code savepoint}, …). */
  synchronized Map<String, Long> counts() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  synchronized void reset() {
    counts.clear();
  }

  private synchronized void count(String kind) {
    counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }

  private static String firstWord(Object sql) {
    String s = String.valueOf(sql).strip();
    int space = s.indexOf(' ');
    String word = (space < 0 ? s : s.substring(0, space)).toUpperCase(java.util.Locale.ROOT);
    return word.isEmpty() ? "?" : word;
  }

  private Connection wrap(Connection c) {
    InvocationHandler h = (proxy, method, args) -> {
      String name = method.getName();
      Object result = invoke(c, method, args);
      switch (name) {
        case "prepareStatement" -> {
          String word = firstWord(args[0]);
          return wrapStatement((Statement) result, word);
        }
        case "createStatement" -> {
          return wrapStatement((Statement) result, null);
        }
        case "setSavepoint" -> count("savepoint");
        case "releaseSavepoint" -> count("release savepoint");
        case "commit" -> count("commit");
        case "rollback" -> count(args == null ? "rollback" : "rollback to savepoint");
        default -> { }
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, h);
  }

  private Statement wrapStatement(Statement s, String preparedWord) {
    Class<?>[] interfaces = s instanceof java.sql.PreparedStatement
        ? new Class<?>[] {java.sql.PreparedStatement.class} : new Class<?>[] {Statement.class};
    InvocationHandler h = (proxy, method, args) -> {
      if (EXECUTES.contains(method.getName())) {
        count(preparedWord != null ? preparedWord : firstWord(args == null ? "?" : args[0]));
      }
      return invoke(s, method, args);
    };
    return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), interfaces, h);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(target.getConnection(username, password));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
