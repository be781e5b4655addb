package kaa.processor;

import java.nio.file.Files;
import java.nio.file.Path;

/** The processor module's test resources, read from the source tree so goldens can be rewritten in place. */
final class TestResources {
    private TestResources() {}

    /** {@code src/test/resources/<name>} of this module; Surefire and IDEs run tests in the module directory. */
    static Path dir(String name) {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path dir = moduleDir.resolve("src/test/resources").resolve(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " does not exist: run the tests from the processor module directory");
        }
        return dir;
    }
}
