package dev.fearless.contract;

import dev.fearless.rc.Rc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the runtime was loaded from, its module descriptor, and the public types of its exported packages. */
final class ExportedApi {
    private ExportedApi() {
    }

    /** The class directory or jar that holds the runtime. */
    static Path location() {
        try {
            return Path.of(Rc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The descriptor read from the runtime's module-info.class. */
    static ModuleDescriptor descriptor() {
        ModuleReference ref = ModuleFinder.of(location()).find("dev.fearless")
                .orElseThrow(() -> new AssertionError("no module dev.fearless at " + location()));
        return ref.descriptor();
    }

    /** Every public class (top level or nested) in the exported packages. */
    static List<Class<?>> publicTypes() {
        List<Class<?>> types = new ArrayList<>();
        Path location = location();
        try {
            if (Files.isDirectory(location)) {
                collect(location, types);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    collect(jar.getPath("/"), types);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    private static void collect(Path root, List<Class<?>> into) throws IOException {
        for (ModuleDescriptor.Exports export : descriptor().exports()) {
            Path dir = root.resolve(export.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.equals("package-info.class")) {
                        continue;
                    }
                    String binary = export.source() + "." + name.substring(0, name.length() - ".class".length());
                    Class<?> type = load(binary);
                    if (isPublicApi(type)) {
                        into.add(type);
                    }
                }
            }
        }
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!java.lang.reflect.Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass()
                    || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, ExportedApi.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
