package org.aftersales.examples.postgres.contract;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.ConnectionSource;
import org.aftersales.examples.postgres.events.OutboxRows;
import org.aftersales.examples.postgres.json.AftersalesJson;

/**
 * The body the five repositories of this package share, as the testkit's in-memory adapters share
 * theirs: one table per port of the same shape — the key ({@code text COLLATE "C"}), the
 * {@code version}, the aggregate as a {@code jsonb} {@code document} and the query columns the
 * adapter names — with an optimistic save that writes the row, its child rows and the change's
 * outbox events in one {@link ConnectionSource#atomically} call, a find by key and keyset pages
 * by key over a filter of the query columns.
 *
 * <p>Locking: a new aggregate is {@code INSERT … ON CONFLICT (key) DO NOTHING}, a changed one
 * {@code UPDATE … WHERE key = ? AND version = ?}; both take the row's lock, so of two concurrent
 * saves of one version the second waits for the first and then finds its version gone (0 rows).
 * 0 rows → the stored version is read and {@link ConcurrentUpdateException} thrown exactly as the
 * in-memory adapter throws it; nothing was written (the refusal does not abort a host's
 * transaction: no statement failed). Reads take no lock and see the latest committed version (the
 * host's own uncommitted one inside its transaction).
 *
 * @param <K> the key type
 * @param <V> the aggregate type
 */
final class DocumentTable<K extends Identifier<K>, V> {

  /** How an aggregate becomes its document and back. */
  interface Codec<V> {

    /** The document of {@code value}, as JSON text. */
    String write(AftersalesJson json, V value);

    /** The aggregate of a stored document, at whatever version the document says. */
    V read(AftersalesJson json, String document);

    /** The aggregate itself is the document. */
    static <V> Codec<V> as(Class<V> type) {
      return via(v -> v, type, d -> d);
    }

    /** The document is a record of the aggregate's state, read back into an aggregate. */
    static <V, D> Codec<V> via(Function<V, D> toDocument, Class<D> documentType,
        Function<D, V> fromDocument) {
      return new Codec<>() {
        @Override
        public String write(AftersalesJson json, V value) {
          return json.write(toDocument.apply(value));
        }

        @Override
        public V read(AftersalesJson json, String document) {
          return fromDocument.apply(json.read(document, documentType));
        }
      };
    }
  }

  /** Sets statement parameters from {@code first} on; answers the next free index. */
  @FunctionalInterface
  interface Binder {
    int bind(PreparedStatement statement, int first) throws SQLException;
  }

  /** Binds an aggregate's query columns from {@code first} on; answers the next free index. */
  @FunctionalInterface
  interface Columns<V> {
    int bind(PreparedStatement statement, int first, V value) throws SQLException;
  }

  /** Writes an aggregate's child rows after its own row, in the save's transaction. */
  @FunctionalInterface
  interface Children<K, V> {
    void write(Connection connection, K key, V saved) throws SQLException;
  }

  private final ConnectionSource connections;
  private final AftersalesJson json;
  private final String table;
  private final String key;
  private final LocalizableMessage kind;
  private final Function<V, K> id;
  private final Function<V, Version> version;
  private final BiFunction<V, Version, V> withVersion;
  private final Codec<V> codec;
  private final Columns<V> columns;
  private final Children<K, V> children;
  private final String insert;
  private final String update;

  /**
   * A table {@code table} with key column {@code key} and the query columns {@code queryColumns},
   * bound in that order by {@code columns}.
   */
  DocumentTable(ConnectionSource connections, AftersalesJson json, String table, String key,
      List<String> queryColumns, LocalizableMessage kind, Function<V, K> id,
      Function<V, Version> version, BiFunction<V, Version, V> withVersion, Codec<V> codec,
      Columns<V> columns, Children<K, V> children) {
    this.connections = requireNonNull(connections, "connections");
    this.json = requireNonNull(json, "json");
    this.table = table;
    this.key = key;
    this.kind = kind;
    this.id = id;
    this.version = version;
    this.withVersion = withVersion;
    this.codec = codec;
    this.columns = columns;
    this.children = children;
    StringBuilder names = new StringBuilder(key + ", version, document");
    StringBuilder values = new StringBuilder("?, ?, ?::jsonb");
    StringBuilder sets = new StringBuilder("version = ?, document = ?::jsonb");
    for (String column : queryColumns) {
      names.append(", ").append(column);
      values.append(", ?");
      sets.append(", ").append(column).append(" = ?");
    }
    this.insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + values
        + ") ON CONFLICT (" + key + ") DO NOTHING";
    this.update = "UPDATE " + table + " SET " + sets + " WHERE " + key + " = ? AND version = ?";
  }

  Optional<V> find(K wanted) {
    requireNonNull(wanted, "id");
    return connections.withConnection("reading " + table + " " + wanted.value(), c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT version, document FROM " + table + " WHERE " + key + " = ?")) {
        s.setString(1, wanted.value());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(row(r)) : Optional.<V>empty();
        }
      }
    });
  }

  V save(V value, List<OutboxEvent> events) {
    requireNonNull(value, "value");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    K k = id.apply(value);
    Version expected = version.apply(value);
    V saved = withVersion.apply(value, expected.next());
    String document = codec.write(json, saved);
    return connections.atomically("saving " + table + " " + k.value(), c -> {
      int rows = expected.isInitial() ? insert(c, k, saved, document)
          : update(c, k, expected, saved, document);
      if (rows == 0) {
        throw new ConcurrentUpdateException(kind, k.value(), expected, storedVersion(c, k));
      }
      if (children != null) {
        children.write(c, k, saved);
      }
      OutboxRows.append(c, toAppend, json);
      return saved;
    });
  }

  /** The first page ({@code after} null) or the next of the rows {@code filter} selects. */
  List<V> page(String filter, Binder filterParameters, K after, int max) {
    requireMax(max);
    if (max == 0) {
      return List.of();
    }
    String sql = pageSql(table, key, filter, after != null);
    return connections.withConnection("paging " + table, c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int next = filterParameters.bind(s, 1);
        if (after != null) {
          s.setString(next++, after.value());
        }
        s.setInt(next, max);
        List<V> page = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            page.add(row(r));
          }
        }
        return List.copyOf(page);
      }
    });
  }

  /**
   * A page's SQL: the filter's parameters, then the key to start after (if {@code after}), then
   * the page size.
   */
  static String pageSql(String table, String key, String filter, boolean after) {
    return "SELECT t.version, t.document FROM " + table + " t WHERE " + filter
        + (after ? " AND t." + key + " > ?" : "") + " ORDER BY t." + key + " LIMIT ?";
  }

  private V row(ResultSet r) throws SQLException {
    // The version column is the truth; the document's own is the same by construction.
    return withVersion.apply(codec.read(json, r.getString(2)), Version.of(r.getLong(1)));
  }

  private int insert(Connection c, K k, V saved, String document) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insert)) {
      s.setString(1, k.value());
      s.setLong(2, version.apply(saved).value());
      s.setString(3, document);
      columns.bind(s, 4, saved);
      return s.executeUpdate();
    }
  }

  private int update(Connection c, K k, Version expected, V saved, String document)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(update)) {
      s.setLong(1, version.apply(saved).value());
      s.setString(2, document);
      int next = columns.bind(s, 3, saved);
      s.setString(next, k.value());
      s.setLong(next + 1, expected.value());
      return s.executeUpdate();
    }
  }

  private Version storedVersion(Connection c, K k) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM " + table + " WHERE " + key + " = ?")) {
      s.setString(1, k.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Version.of(r.getLong(1)) : null;
      }
    }
  }

  /** Binds an instant as timestamptz: whole microseconds, stored exactly. */
  static void setInstant(PreparedStatement s, int index, Instant instant) throws SQLException {
    s.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** Refuses a negative page size as the in-memory adapters do. */
  static void requireMax(int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
  }

  /** Refuses a reversed window of days as the in-memory adapters do. */
  static void requireWindow(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
  }

  /** Refuses a reversed window of instants as the in-memory adapters do. */
  static void requireWindow(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
  }
}
