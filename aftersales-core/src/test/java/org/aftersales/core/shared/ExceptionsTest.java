package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  static final LocalizableMessage COMPLAINT = MessageBundle.CORE.message("core.identifier.blank");

  @Test
  void every_cause_is_an_aftersales_exception_and_unchecked() {
    List<AftersalesException> all = List.of(
        InvalidInputException.of("x", COMPLAINT),
        new RuleRefusalException(RuleId.of("CMP-06"), COMPLAINT),
        new NotFoundException(COMPLAINT, "1"),
        new ConcurrentUpdateException(COMPLAINT, "1", Version.of(1), Version.of(2)),
        new DuplicateRequestException(COMPLAINT, RequestId.of("r")));
    for (AftersalesException e : all) {
      assertTrue(e instanceof RuntimeException);
      assertTrue(e.getMessage().contains(" / "), e.getMessage());
    }
  }

  @Test
  void violations_are_sorted_by_path_then_key_then_value() {
    InvalidInputException e = new InvalidInputException(List.of(
        Violation.of("b", MessageBundle.CORE.message("core.version.negative"), -1),
        Violation.of("a", MessageBundle.CORE.message("core.identifier.whitespace")),
        Violation.of("a", MessageBundle.CORE.message("core.identifier.blank"), "z"),
        Violation.of("a", MessageBundle.CORE.message("core.identifier.blank"), "y"),
        Violation.of("", MessageBundle.CORE.message("core.identifier.blank"))));
    assertEquals(List.of("", "a:y", "a:z", "a", "b:-1"), e.violations().stream()
        .map(v -> v.path() + v.rejectedValue().map(r -> ":" + r).orElse("")).toList());
    assertTrue(e.getMessage(Locale.ENGLISH).startsWith("Invalid input (5 problem(s)): must not be blank; a: must not be blank"),
        e.getMessage(Locale.ENGLISH));
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
  }

  @Test
  void numbers_in_paths_sort_by_value() {
    InvalidInputException e = new InvalidInputException(List.of(
        Violation.of("line 12", COMPLAINT), Violation.of("line 3", COMPLAINT),
        Violation.of("items[10].qty", COMPLAINT), Violation.of("items[2].qty", COMPLAINT),
        Violation.of("items[02].qty", COMPLAINT), Violation.of("line 3a", COMPLAINT)));
    assertEquals(List.of("items[2].qty", "items[02].qty", "items[10].qty", "line 3", "line 3a", "line 12"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void a_rule_refusal_names_its_rule() {
    RuleRefusalException e = new RuleRefusalException(RuleId.of("CMP-01"),
        MessageBundle.CORE.message("core.version.negative"));
    assertEquals("CMP-01", e.ruleId().value());
    assertEquals("Refused by rule CMP-01: must not be negative", e.getMessage(Locale.ENGLISH));
    assertEquals("被规则 CMP-01 拒绝：不能为负数", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    InvalidInputException bad = assertThrows(InvalidInputException.class, () -> RuleId.of("cmp 1"));
    assertEquals("ruleId", bad.violations().get(0).path());
    assertThrows(InvalidInputException.class, () -> RuleId.of("CMP-1"));
    assertThrows(InvalidInputException.class, () -> RuleId.of("CMP-0001"));
    assertTrue(RuleId.of("CMP-02").compareTo(RuleId.of("CMP-10")) < 0);
  }

  @Test
  void a_concurrent_update_says_what_was_expected_and_found() {
    ConcurrentUpdateException stale = new ConcurrentUpdateException(
        MessageBundle.CORE.message("core.identifier.blank"), "C-7", Version.of(3), Version.of(4));
    assertEquals(Version.of(4), stale.actual().orElseThrow());
    assertTrue(stale.getMessage(Locale.ENGLISH).contains("expected stored version 3, found 4"));
    ConcurrentUpdateException missing = new ConcurrentUpdateException(
        MessageBundle.CORE.message("core.identifier.blank"), "C-7", Version.of(3), null);
    assertTrue(missing.actual().isEmpty());
    assertTrue(missing.getMessage(Locale.SIMPLIFIED_CHINESE).contains("尚未存储"));
  }

  @Test
  void exceptions_survive_serialization_with_their_messages() throws Exception {
    InvalidInputException e = InvalidInputException.of("amount", COMPLAINT, "x");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidInputException copy = (InvalidInputException) in.readObject();
      assertEquals(e.getMessage(), copy.getMessage());
      assertEquals(e.violations(), copy.violations());
    }
  }
}
