package io.complaints.triage.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the trainers write the model files the triage ships. */
final class ModelFiles {

    /** How a model writes itself to a file's bytes. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private ModelFiles() {
    }

    /** Writes a trained model to {@code file}, creating its folder, and says so. */
    static void write(Writer model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
        System.out.printf("wrote %s (%d bytes)%n", file, Files.size(file));
    }
}
