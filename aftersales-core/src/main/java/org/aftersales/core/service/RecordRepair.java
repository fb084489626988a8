package org.aftersales.core.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the technician writes the actual repair time and the parts replaced on the repair card
 * (修护卡: 实际修护使用时间及配换零件), the repair done, SVC-06 (P2 §12). Every field is required (the
 * list of parts may be empty). Kept on the request once accepted
 * ({@link ServiceRequest#repairRecord()}).
 *
 * @param requestId the client's request ID; sending the same command again returns the request as
 *     this command left it, with no second change
 * @param serviceRequestId the request
 * @param labourMinutes the actual repair time in whole minutes, 0 to 100 000
 * @param parts the parts replaced, at most 200 lines; copied
 * @param repairedAt when the repair was done (business timestamp), in the supported range, not
 *     before the card was opened; truncated to whole microseconds
 */
public record RecordRepair(
    @NotNull RequestId requestId,
    @NotNull ServiceRequestId serviceRequestId,
    @Min(0) @Max(100_000) int labourMinutes,
    @NotNull @Size(max = 200) List<@NotNull @Valid ReplacedPart> parts,
    @NotNull @SupportedInstant Instant repairedAt) {

  /**
   * Truncates the instants to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary.
   *
   * @param requestId as in the record
   * @param serviceRequestId as in the record
   * @param labourMinutes as in the record
   * @param parts as in the record
   * @param repairedAt as in the record
   */
  public RecordRepair {
    parts = parts == null ? null : Collections.unmodifiableList(new ArrayList<>(parts));
    repairedAt = repairedAt == null ? null : TimePrecision.stored(repairedAt);
  }
}
