package org.aftersales.core.complaint;

import java.util.Optional;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.Port;
import org.aftersales.core.shared.RequestId;

/**
 * The stored complaint cases (投诉案件库): the repository port the host application implements
 * over its database. The testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #save} stores a case only if the stored version is the one the case carries
 *       ({@link org.aftersales.core.shared.Version#initial()} for a case never stored), and stores
 *       it as the next version; otherwise it throws {@link ConcurrentUpdateException} and writes
 *       nothing.</li>
 *   <li>Request IDs are unique across cases: storing a new case whose request ID another case
 *       already has throws {@link DuplicateRequestException} and writes nothing.</li>
 *   <li>Cases are never deleted; a saved case reads back equal through any adapter instance over
 *       the same storage.</li>
 * </ul>
 */
@Port
public interface Complaints {

  /**
   * The case with this number.
   *
   * @param number the case number
   * @return the stored case, or empty
   */
  Optional<ComplaintCase> find(DocumentNumber number);

  /**
   * The case registered with this request ID.
   *
   * @param requestId the registration's request ID
   * @return the stored case, or empty
   */
  Optional<ComplaintCase> findByRequestId(RequestId requestId);

  /**
   * Stores {@code complaint}, expecting the stored version to be {@code complaint.version()}.
   *
   * @param complaint the case to store
   * @return the case as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or none, or one already for a
   *     new case); nothing is written
   * @throws DuplicateRequestException if a new case's request ID belongs to another case; nothing
   *     is written
   */
  ComplaintCase save(ComplaintCase complaint);
}
