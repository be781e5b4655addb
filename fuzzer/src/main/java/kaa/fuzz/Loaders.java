package kaa.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class loaders that keep programs apart. A {@link RuntimeLoader} holds a private copy of kaa-runtime and of the
 * support class {@code Fx}: its own notifier, timers and trace, for one thread that runs one program at a time, warm
 * across batches. A {@link BatchLoader} on top of it defines one compiled batch.
 */
public final class Loaders {
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private Loaders() {}

    /** Whether a class belongs in the private copy: the runtime ({@code kaa}, {@code kaa.internal}) and support. */
    static boolean isolated(String name) {
        if (name.startsWith("kaa.fuzz.")) {
            return name.startsWith("kaa.fuzz.support.");
        }
        return name.startsWith("kaa.") && !name.startsWith("kaa.processor.");
    }

    private static byte[] bytes(String name) {
        return BYTES.computeIfAbsent(name, n -> {
            String path = n.replace('.', '/') + ".class";
            try (InputStream in = Loaders.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A private copy of the runtime and of Fx, over the platform class loader. */
    static final class RuntimeLoader extends ClassLoader {
        RuntimeLoader() {
            super("kaa-fuzz-runtime", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] code = isolated(name) ? bytes(name) : null;
            if (code == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, code, 0, code.length);
        }
    }

    /**
     * The classes of one compiled batch (programs and their generated machines), defined from memory over a parent
     * that has what they use: the isolated runtime, or a real-code corpus's libraries.
     */
    public static final class BatchLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BatchLoader(RuntimeLoader runtime, Map<String, byte[]> classes) {
            this("kaa-fuzz-batch", runtime, classes);
        }

        /**
         * A loader named {@code name} that defines {@code classes} (binary name to class file) over {@code parent}.
         *
         * @param name the loader's name
         * @param parent where everything else comes from
         * @param classes the class files, by binary name
         */
        public BatchLoader(String name, ClassLoader parent, Map<String, byte[]> classes) {
            super(name, parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] code = classes.get(name);
            if (code == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, code, 0, code.length);
        }
    }
}
