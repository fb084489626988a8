package org.aftersales.testkit.service;

import java.util.List;
import org.aftersales.core.service.Entitlement;
import org.aftersales.testkit.service.EntitlementsContract.ContractRecord;
import org.aftersales.testkit.service.EntitlementsContract.ErpRecord;
import org.aftersales.testkit.service.EntitlementsContract.InternalUnitRecord;
import org.aftersales.testkit.service.EntitlementsContract.WarrantyRecord;

/** Seeds the in-memory ERP with the contract's records, as an adopter seeds its test ERP. */
final class ErpRecords {

  private ErpRecords() {}

  static InMemoryEntitlements into(InMemoryEntitlements erp, List<ErpRecord> records) {
    for (ErpRecord r : records) {
      if (r instanceof WarrantyRecord w) {
        erp.grant(w.productModel(), w.productSerial(), Entitlement.underWarrantyUntil(w.lastDay()));
      } else if (r instanceof ContractRecord c) {
        erp.grantContract(c.productModel(), c.productSerial(), c.contract(), c.firstDay(),
            c.lastDay());
      } else if (r instanceof InternalUnitRecord i) {
        erp.grant(i.productModel(), i.productSerial(), Entitlement.internal());
      }
    }
    return erp;
  }
}
