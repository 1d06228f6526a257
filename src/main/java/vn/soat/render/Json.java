package vn.soat.render;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration every interface uses (CLI, API, stored results, golden files): ISO-8601 instants,
 * indented, fields in declaration order. Jackson 3 would sort fields alphabetically by default; the order is part
 * of the output users and golden files see, so it is kept as declared. A stored result read back may lack a
 * default-valued field ({@code Location} leaves out zeros), which Jackson 3 would refuse for primitives.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }
}
