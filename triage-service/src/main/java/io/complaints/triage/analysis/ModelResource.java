package io.complaints.triage.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model file shipped on the classpath; a missing one names the command that trains it. */
final class ModelResource {

    /** How a model is read from its file's bytes. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ModelResource() {
    }

    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = ModelResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing; train it with the command in triage-service/README.md");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
