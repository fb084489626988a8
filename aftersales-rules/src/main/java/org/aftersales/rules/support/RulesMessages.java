package org.aftersales.rules.support;

import org.aftersales.core.shared.MessageBundle;

/**
 * The message bundle of the {@code aftersales-rules} module: English and Simplified Chinese texts
 * in {@code org/aftersales/rules/support/RulesMessages.properties} and
 * {@code RulesMessages_zh.properties}.
 */
public final class RulesMessages {

  /** The rules module's bundle. */
  public static final MessageBundle BUNDLE =
      MessageBundle.of(RulesMessages.class, "org/aftersales/rules/support/RulesMessages");

  private RulesMessages() {}
}
