package org.aftersales.core.complaint;

import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.RequestId;

/**
 * A command applied to a numbered complaint case after it was opened (投诉处理指令). The case
 * keeps every command it accepted ({@link ComplaintCase#handled()}), so sending one again is
 * answered from the stored case, and a request ID used on the case for other content is refused.
 * Request IDs of these commands are scoped to their case.
 */
public sealed interface ComplaintCommand permits HandOverComplaint, CompleteComplaintStep,
    ReturnComplaintStep, RecordSiteInspection, FileInvestigationReport, RecordCustomerVisit,
    PlaceReceivableHold, DecideComplaint, FileObjection, RecordAllowanceCertificate,
    IssueReturnSlip, ReceiveReturnedGoods, BookReturnedQuantity, RecordProof, CloseComplaint {

  /**
   * The client's request ID, unique within the case.
   *
   * @return the request ID
   */
  RequestId requestId();

  /**
   * The case the command is for.
   *
   * @return its number
   */
  DocumentNumber number();
}
