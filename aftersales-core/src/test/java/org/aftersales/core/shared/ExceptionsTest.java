package org.aftersales.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

  static final LocalizableMessage CASE = LocalizableMessage.literal("complaint case", "投诉案件");
  static final LocalizableMessage NEGATIVE = MessageBundle.CORE.message("core.version.negative");

  @Test
  void every_exception_says_what_went_wrong_in_english_then_chinese() {
    assertEquals("Invalid input (1 problem(s)): x: must not be negative / 输入无效（1 个问题）： x：不能为负数",
        InvalidInputException.of("x", NEGATIVE).getMessage());
    assertEquals("Refused by rule CMP-06: must not be negative / 被规则 CMP-06 拒绝：不能为负数",
        new RuleRefusalException(RuleId.of("CMP-06"), NEGATIVE).getMessage());
    assertEquals("No complaint case with ID \"C-1\" was found / 未找到编号为“C-1”的投诉案件",
        new NotFoundException(CASE, "C-1").getMessage());
    assertEquals("complaint case \"C-7\" was changed by someone else: expected stored version 3,"
        + " found 4; nothing was saved / 投诉案件“C-7”已被他人修改：预期存储版本为 3，实际为 4；未保存任何内容",
        new ConcurrentUpdateException(CASE, "C-7", Version.of(3), Version.of(4)).getMessage());
    assertEquals("complaint case \"C-7\" is not stored, but version 3 was expected; nothing was saved"
        + " / 投诉案件“C-7”尚未存储，但预期版本为 3；未保存任何内容",
        new ConcurrentUpdateException(CASE, "C-7", Version.of(3), null).getMessage());
    assertEquals("Request ID \"r-1\" was already used for a different complaint case; nothing was"
        + " created / 请求编号“r-1”已用于另一个不同的投诉案件；未创建任何内容",
        new DuplicateRequestException(CASE, RequestId.of("r-1")).getMessage());
  }

  @Test
  void every_exception_keeps_what_it_is_about() {
    NotFoundException notFound = new NotFoundException(CASE, "C-1");
    assertEquals("C-1", notFound.id());
    assertEquals("core.error.notFound", notFound.localizableMessage().key());
    ConcurrentUpdateException stale = new ConcurrentUpdateException(CASE, "C-7", Version.of(3), Version.of(4));
    assertEquals("C-7", stale.id());
    assertEquals(Version.of(3), stale.expected());
    assertEquals(java.util.Optional.of(Version.of(4)), stale.actual());
    assertEquals(RequestId.of("r-1"), new DuplicateRequestException(CASE, RequestId.of("r-1")).requestId());
    IllegalStateException cause = new IllegalStateException("underneath");
    RuleRefusalException refusal = new RuleRefusalException(RuleId.of("PEN-08"), NEGATIVE, cause);
    assertEquals(RuleId.of("PEN-08"), refusal.ruleId());
    assertSame(cause, refusal.getCause());
    assertSame(NEGATIVE, refusal.localizableMessage());
    assertNull(new RuleRefusalException(RuleId.of("PEN-08"), NEGATIVE).getCause());
  }

  @Test
  void a_rule_id_is_two_to_five_capitals_a_hyphen_and_two_or_three_digits() {
    for (String good : List.of("AB-12", "ABCDE-123", "CMP-01", "SVC-100")) {
      assertEquals(good, RuleId.of(good).value());
      assertEquals(good, RuleId.of(good).toString());
    }
    for (String bad : List.of("A-12", "ABCDEF-12", "CMP-1", "CMP-0001", "cmp-01", "CMP01", "CMP-01 ", "")) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> RuleId.of(bad), bad);
      assertEquals("ruleId: must be a rule ID of the catalog: 2 to 5 capital letters, \"-\" and 2 or 3"
          + " digits, e.g. CMP-01 (rejected value: \"" + bad + "\")", e.violations().get(0).render(Locale.ENGLISH));
    }
    assertEquals(RuleId.of("CMP-01"), new RuleId("CMP-01"));
    assertTrue(RuleId.of("CMP-10").compareTo(RuleId.of("CMP-02")) > 0);
    assertTrue(RuleId.of("CMP-99").compareTo(RuleId.of("PEN-01")) < 0);
    assertEquals(0, RuleId.of("CMP-10").compareTo(RuleId.of("CMP-10")));
  }

  @Test
  void a_rule_refusal_survives_serialization_with_its_rule() throws Exception {
    RuleRefusalException e = new RuleRefusalException(RuleId.of("CMP-06"), NEGATIVE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RuleRefusalException copy = (RuleRefusalException) in.readObject();
      assertEquals(RuleId.of("CMP-06"), copy.ruleId());
      assertEquals("Refused by rule CMP-06: must not be negative", copy.getMessage(Locale.ENGLISH));
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
  void exceptions_survive_serialization_with_their_messages() throws Exception {
    InvalidInputException e = InvalidInputException.of("amount", COMPLAINT, "x");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidInputException copy = (InvalidInputException) in.readObject();
      assertEquals("Invalid input (1 problem(s)): amount: must not be blank (rejected value: \"x\")"
          + " / 输入无效（1 个问题）： amount：不能为空（被拒绝的值：“x”）", copy.getMessage());
      assertEquals(List.of(Violation.of("amount", COMPLAINT, "x")), copy.violations());
    }
  }
}
