package org.justicekit.demands;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the model types as JSON: camelCase names, ISO-8601 dates, stable property
 * order, unknown properties ignored on read, missing lists read as empty.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
      .build();

  private ModelJson() {}

  /** Writes a model value as compact JSON. */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a model value as indented JSON. */
  public static String toPrettyJson(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a model value; demand ids resolve against the standard catalog.
   *
   * @throws DemandsException if the JSON is malformed or does not make a valid value
   */
  public static <T> T fromJson(String json, Class<T> type) {
    return fromJson(json, type, DemandCatalog.standard());
  }

  /**
   * Reads a model value, resolving demand ids against the given catalog.
   *
   * @throws DemandsException if the JSON is malformed or does not make a valid value
   */
  public static <T> T fromJson(String json, Class<T> type, DemandCatalog catalog) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readerFor(type).withAttribute(DemandCatalog.class, catalog).readValue(json);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof RuntimeException r ? r : e;
      String detail = cause instanceof JsonProcessingException j ? j.getOriginalMessage()
          : cause.getMessage();
      throw new DemandsException("invalid " + type.getSimpleName() + " JSON: " + detail, e);
    }
  }

  /** The shared mapper, for this package's own use. */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
