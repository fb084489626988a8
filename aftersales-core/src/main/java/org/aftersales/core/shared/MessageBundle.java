package org.aftersales.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A named set of message texts in English and Simplified Chinese, read from UTF-8
 * {@code .properties} files on the class path.
 *
 * <p>A bundle named {@code org/aftersales/core/shared/CoreMessages} consists of the files
 * {@code CoreMessages.properties} (English, the base) and {@code CoreMessages_zh.properties}
 * (Simplified Chinese) in that resource folder. The names are qualified by the library's own
 * packages, so they can never clash with an application's {@code ValidationMessages.properties} or
 * its own bundles.
 *
 * <p><b>Locale resolution</b> never consults the JVM's default locale: a text is looked up for the
 * requested locale's language and country, then its language, then in the base (English) file. A
 * reader asking for {@link Locale#SIMPLIFIED_CHINESE} gets Chinese and a reader asking for
 * {@link Locale#ENGLISH} gets English whatever {@code Locale.getDefault()} is; any other language
 * gets English. Traditional-Chinese locales ({@code zh_TW}, {@code zh_HK}) get the Simplified
 * Chinese texts.
 *
 * <p><b>Texts</b> may contain named placeholders {@code {name}} (letters, digits, {@code _} and
 * {@code .}), replaced by the message's arguments; see {@link LocalizableMessage}. Nothing else in
 * a text is special: there is no {@code MessageFormat} quoting and no expression language.
 *
 * <p>The files are read with {@link Class#getResourceAsStream(String)} of an anchor class of the
 * module that owns them, so bundles work on the class path and on the module path alike. Each bundle
 * reads each of its files once, when first needed, and keeps it; the library's bundles are
 * constants, so their files are read once per class loader. Instances are immutable and thread-safe.
 */
public final class MessageBundle implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The two locales the library ships texts for: English and Simplified Chinese (简体中文). */
  public static final List<Locale> SUPPORTED_LOCALES =
      ImmutableList.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  /** The bundle of the {@code aftersales-core} module ({@code org/aftersales/core/shared/CoreMessages}). */
  public static final MessageBundle CORE =
      new MessageBundle(MessageBundle.class, "org/aftersales/core/shared/CoreMessages");

  /** A class of the module that holds the files. */
  private final Class<?> anchor;
  /** The resource path of the base file, without extension. */
  private final String baseName;
  /**
   * The files read so far, by locale suffix ({@code ""}, {@code "_zh"}, …); a missing file is an
   * empty map. Per instance, so that each bundle reads its files once; not serialized
   * ({@link #readResolve()} starts a new cache).
   */
  private final transient ConcurrentMap<String, Map<String, String>> files =
      new ConcurrentHashMap<>();

  private MessageBundle(Class<?> anchor, String baseName) {
    this.anchor = anchor;
    this.baseName = baseName;
  }

  /**
   * Returns the bundle whose files lie at {@code baseName} (a resource path without the locale
   * suffix and the {@code .properties} extension, e.g. {@code org/aftersales/rules/RulesMessages}).
   *
   * @param anchor a class of the module that contains the files; its class loader (or module) reads
   *     them
   * @param baseName the resource path of the base file without extension; must not start with
   *     {@code /}
   * @return the bundle
   * @throws IllegalArgumentException if {@code baseName} is blank or starts with {@code /}
   * @throws IllegalStateException if the base (English) file does not exist
   */
  public static MessageBundle of(Class<?> anchor, String baseName) {
    requireNonNull(anchor, "anchor");
    requireNonNull(baseName, "baseName");
    checkArgument(!baseName.isBlank() && !baseName.startsWith("/"),
        "baseName must be a relative resource path, was '%s'", baseName);
    MessageBundle bundle = new MessageBundle(anchor, baseName);
    if (bundle.file("").isEmpty()) {
      throw new IllegalStateException("No message file " + baseName + ".properties next to "
          + anchor.getName());
    }
    return bundle;
  }

  /**
   * The resource path of this bundle's base file, without extension.
   *
   * @return the base name given to {@link #of(Class, String)}
   */
  public String baseName() {
    return baseName;
  }

  /**
   * Creates a message of this bundle.
   *
   * @param key the key of the text in this bundle
   * @param namesAndValues alternating placeholder names ({@code String}) and argument values; see
   *     {@link LocalizableMessage} for how values are turned into text
   * @return the message; its text is looked up only when it is rendered
   * @throws IllegalArgumentException if the names and values do not alternate, or a name repeats
   */
  public LocalizableMessage message(String key, Object... namesAndValues) {
    requireNonNull(namesAndValues, "namesAndValues");
    checkArgument(namesAndValues.length % 2 == 0,
        "names and values must alternate, got %s items", namesAndValues.length);
    ImmutableMap.Builder<String, Object> arguments = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object name = namesAndValues[i];
      if (!(name instanceof String text)) {
        throw new IllegalArgumentException("argument name at position " + i + " must be a String");
      }
      arguments.put(text, LocalizableMessage.argumentValue(namesAndValues[i + 1]));
    }
    return new LocalizableMessage(this, key, arguments.buildOrThrow());
  }

  /**
   * Looks up the text of {@code key} for {@code locale}, falling back from language and country to
   * language to the base (English) file, never to the JVM's default locale.
   *
   * @param key the message key
   * @param locale the reader's locale
   * @return the raw text with its placeholders, or empty if no file of the chain has the key
   */
  public Optional<String> text(String key, Locale locale) {
    requireNonNull(key, "key");
    for (String suffix : suffixes(requireNonNull(locale, "locale"))) {
      String text = file(suffix).get(key);
      if (text != null) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the base (English) file has {@code key}.
   *
   * @param key the message key
   * @return true if the bundle defines the key
   */
  public boolean contains(String key) {
    return file("").containsKey(requireNonNull(key, "key"));
  }

  /**
   * The keys defined by the file for exactly this locale (no fallback): {@link Locale#ROOT} or
   * {@link Locale#ENGLISH} for the base file, a Chinese locale for the {@code _zh} file. Meant for
   * completeness tests of translations.
   *
   * @param locale one of {@link #SUPPORTED_LOCALES}
   * @return the keys, unmodifiable
   */
  public Set<String> keys(Locale locale) {
    String language = requireNonNull(locale, "locale").getLanguage();
    String suffix = language.isEmpty() || language.equals("en") ? "" : "_" + language;
    return file(suffix).keySet();
  }

  private static List<String> suffixes(Locale locale) {
    String language = locale.getLanguage();
    if (language.isEmpty() || language.equals("en")) {
      return ImmutableList.of("");
    }
    String country = locale.getCountry();
    return country.isEmpty()
        ? ImmutableList.of("_" + language, "")
        : ImmutableList.of("_" + language + "_" + country, "_" + language, "");
  }

  private Map<String, String> file(String suffix) {
    return files.computeIfAbsent(suffix, s -> load("/" + baseName + s + ".properties"));
  }

  private Map<String, String> load(String path) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        return ImmutableMap.of();
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return texts.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message file " + path, e);
    }
  }

  /**
   * Checks the fields after deserialization.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class of the stream is missing
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    requireNonNull(anchor, "anchor");
    requireNonNull(baseName, "baseName");
  }

  /**
   * Replaces a deserialized bundle with a fresh one, whose file cache is empty.
   *
   * @return a bundle with the same anchor and base name
   */
  private Object readResolve() {
    return new MessageBundle(anchor, baseName);
  }

  /**
   * Two bundles are equal if they have the same anchor class and base name.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MessageBundle that
        && that.anchor.equals(anchor)
        && that.baseName.equals(baseName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(anchor, baseName);
  }

  /**
   * Returns the base name.
   *
   * @return the base name, e.g. {@code org/aftersales/core/shared/CoreMessages}
   */
  @Override
  public String toString() {
    return baseName;
  }
}
