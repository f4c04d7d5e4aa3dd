package io.complaints.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Refuses JSON text PostgreSQL cannot store: the NUL character (U+0000, {@code \u0000} in JSON). Without this
 * a request or event carrying one reaches the database and fails there as a 500 or a stuck record; with it,
 * a request gets 400 naming the field and an event is unreadable, so it goes to the dead-letter topic.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new NoNulStrings()));
    }

    static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                // a plain JsonMappingException: Quarkus REST's own mapper for MismatchedInputException would answer
                // application/json instead of the problem+json that ProblemMappers writes
                throw JsonMappingException.from(parser, "must not contain the NUL character (U+0000)");
            }
            return text;
        }
    }
}
