package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.junit.jupiter.api.Test;

/** A contract's identifier (合同编号) is the host system's text, typed so it cannot be mixed up. */
class ContractIdTest {

  @Test
  void a_contract_id_keeps_the_host_systems_text_exactly() {
    assertEquals("HT-2026-0042", ContractId.of("HT-2026-0042").value());
    assertEquals("合同 7", ContractId.of("合同 7").toString());
    assertEquals(ContractId.of("HT-1"), ContractId.of("HT-1"));
    assertNotEquals(ContractId.of("HT-1"), ContractId.of("ht-1"));
    assertNotEquals(ContractId.of("HT-1"), (Object) RequestId.of("HT-1"));
  }

  @Test
  void an_invalid_contract_id_is_refused_under_its_own_name() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContractId.of(" HT-1"));
    assertEquals("ContractId: must not start or end with white space (rejected value: \" HT-1\")",
        e.violations().get(0).render(Locale.ENGLISH));
    assertEquals("ContractId：首尾不能有空白字符（被拒绝的值：“ HT-1”）",
        e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
    assertThrows(InvalidInputException.class, () -> ContractId.of(""));
  }
}
