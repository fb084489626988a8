package org.aftersales.testkit.complaint;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;

/**
 * A strict, thread-safe in-memory {@link Complaints} repository (投诉案件库) for tests and demos.
 * It keeps the port's whole contract: optimistic versions, unique request IDs, nothing written on
 * a refusal, nothing ever deleted.
 *
 * <p>Instances made by {@link #freshInstanceOverSameStorage()} share this instance's storage, as
 * two connections share a database, so a test can write through one and read back through
 * another.
 */
public final class InMemoryComplaints implements Complaints {

  /** The shared storage; its monitor guards both maps. */
  private static final class Storage {
    final Map<DocumentNumber, ComplaintCase> byNumber = new HashMap<>();
    final Map<RequestId, DocumentNumber> byRequest = new HashMap<>();
  }

  private final Storage storage;

  private InMemoryComplaints(Storage storage) {
    this.storage = storage;
  }

  /**
   * A repository over new, empty storage.
   *
   * @return the repository
   */
  public static InMemoryComplaints create() {
    return new InMemoryComplaints(new Storage());
  }

  /**
   * Another instance over the same storage.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryComplaints freshInstanceOverSameStorage() {
    return new InMemoryComplaints(storage);
  }

  @Override
  public Optional<ComplaintCase> find(DocumentNumber number) {
    requireNonNull(number, "number");
    synchronized (storage) {
      return Optional.ofNullable(storage.byNumber.get(number));
    }
  }

  @Override
  public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    synchronized (storage) {
      return Optional.ofNullable(storage.byRequest.get(requestId)).map(storage.byNumber::get);
    }
  }

  @Override
  public ComplaintCase save(ComplaintCase complaint) {
    requireNonNull(complaint, "complaint");
    synchronized (storage) {
      ComplaintCase stored = storage.byNumber.get(complaint.number());
      Version expected = complaint.version();
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(ComplaintCase.KIND, complaint.number().text(),
            expected, actual);
      }
      DocumentNumber owner = storage.byRequest.get(complaint.requestId());
      if (owner != null && !owner.equals(complaint.number())) {
        throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
      }
      if (stored != null && !stored.requestId().equals(complaint.requestId())) {
        storage.byRequest.remove(stored.requestId());
      }
      ComplaintCase saved = complaint.withVersion(expected.next());
      storage.byNumber.put(saved.number(), saved);
      storage.byRequest.put(saved.requestId(), saved.number());
      return saved;
    }
  }

  /**
   * How many cases are stored.
   *
   * @return the count
   */
  public int size() {
    synchronized (storage) {
      return storage.byNumber.size();
    }
  }

  /**
   * E.g. {@code InMemoryComplaints[3 cases]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "InMemoryComplaints[" + size() + " cases]";
  }
}
