package io.complaints.triage.analysis;

import ai.onnxruntime.OrtEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ONNX Runtime's native libraries, unpacked once per version into one folder of the user's under
 * {@code java.io.tmpdir} and loaded from there ({@code onnxruntime.native.path}). Left to itself, ONNX Runtime
 * unpacks its 16 MB into a fresh folder at every start and deletes them at exit, so every JVM killed with -9 (the
 * fault tests, {@code ./stack.sh down}) left them behind: 28 such folders, 450 MB, after a week here. It still
 * makes its fresh folder, empty now, and a JVM killed with -9 leaves that. Where the property is already set, on a
 * platform other than Linux, or where the folder is not the user's own and closed to others, ONNX Runtime's own
 * way stands.
 */
final class OnnxNativeLibraries {

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final System.Logger LOG = System.getLogger(OnnxNativeLibraries.class.getName());

    private OnnxNativeLibraries() {
    }

    /** Points ONNX Runtime at the shared folder, unpacking the libraries there first if they are not yet. */
    static synchronized void useSharedFolder() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        Optional<String> platform = linuxPlatform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (version == null || platform.isEmpty()) {
            return;
        }
        Path folder = Path.of(System.getProperty("java.io.tmpdir"),
                "complaints-onnxruntime-" + version + "-" + platform.get() + "-" + System.getProperty("user.name"));
        try {
            if (unpack(folder, platform.get())) {
                System.setProperty(PATH_PROPERTY, folder.toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ONNX Runtime unpacks its own libraries: " + folder + " is not usable (" + e + ")");
        }
    }

    /**
     * Both libraries in {@code folder}, unpacked from the jar where missing (each to a part file first, then
     * moved in whole, so a JVM starting beside never loads half a file). False where the folder is not closed to
     * others or the jar has no libraries for the platform.
     */
    static boolean unpack(Path folder, String platform) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException raced) {
                // another JVM made it a moment ago: checked below like any existing folder
            }
        }
        if (!closedToOthers(folder)) {
            LOG.log(System.Logger.Level.WARNING, folder + " is not a folder of this user's closed to others; not used");
            return false;
        }
        for (String library : LIBRARIES) {
            String file = System.mapLibraryName(library);
            Path target = folder.resolve(file);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (InputStream in = OrtEnvironment.class.getResourceAsStream("/ai/onnxruntime/native/" + platform + "/" + file)) {
                if (in == null) {
                    return false;
                }
                Path part = Files.createTempFile(folder, file, ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return true;
    }

    private static boolean closedToOthers(Path folder) throws IOException {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
    }

    /** ONNX Runtime's name for the platform ("linux-x64", "linux-aarch64"), where it is Linux. */
    static Optional<String> linuxPlatform(String osName, String osArch) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return Optional.of("linux-x64");
        }
        return arch.equals("aarch64") ? Optional.of("linux-aarch64") : Optional.empty();
    }
}
