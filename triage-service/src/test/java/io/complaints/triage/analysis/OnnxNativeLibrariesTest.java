package io.complaints.triage.analysis;

import ai.onnxruntime.OrtEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxNativeLibrariesTest {

    private static final String PLATFORM = OnnxNativeLibraries.linuxPlatform(System.getProperty("os.name"), System.getProperty("os.arch"))
            .orElse("linux-x64");

    @Test
    void theLibrariesAreUnpackedOnceIntoAFolderClosedToOthers(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("onnxruntime");
        assertTrue(OnnxNativeLibraries.unpack(folder, PLATFORM));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        Path library = folder.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        try (InputStream jar = OrtEnvironment.class.getResourceAsStream("/ai/onnxruntime/native/" + PLATFORM + "/" + library.getFileName())) {
            assertArrayEquals(jar.readAllBytes(), Files.readAllBytes(library));
        }
        assertTrue(Files.exists(folder.resolve(System.mapLibraryName("onnxruntime"))));
        FileTime unpacked = FileTime.fromMillis(1_000);
        Files.setLastModifiedTime(library, unpacked);
        assertTrue(OnnxNativeLibraries.unpack(folder, PLATFORM));
        assertEquals(unpacked, Files.getLastModifiedTime(library), "unpacked once, not at every start");
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no part files left");
        }
    }

    @Test
    void aFolderOthersMayWriteIsNotUsed(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("onnxruntime"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertFalse(OnnxNativeLibraries.unpack(folder, PLATFORM));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void onlyLinuxOnTheArchitecturesTheJarCarries() {
        assertEquals(Optional.of("linux-x64"), OnnxNativeLibraries.linuxPlatform("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), OnnxNativeLibraries.linuxPlatform("Linux", "aarch64"));
        assertEquals(Optional.empty(), OnnxNativeLibraries.linuxPlatform("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), OnnxNativeLibraries.linuxPlatform("Linux", "ppc64le"));
    }
}
