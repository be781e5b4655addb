package kaa.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

/**
 * Attributes copies of the classes with coroutines in a second, private javac task, so that the user's own trees are
 * never attributed during annotation processing (docs/analysis.md, "Attributing a copy"). Attributing them in place
 * leaves traces javac compiles afterwards: stale argument types of calls in a conditional argument, a {@code var}
 * typed with an anonymous class, a {@code super()} in a record's canonical constructor.
 *
 * <p>The private task reads the same sources: every file the compilation was given or a processor generated so far,
 * served as its source path (the files with coroutines, and those that declare an auxiliary class, as its own
 * files). Its class path is the main task's, which the API does not expose but lets one search: each name the
 * copied sources mention is looked up through the main task's {@code Filer}, whose answer names the directory or jar
 * the class is in, and the private task reads those ({@link ClassPath#locate}). Its platform is the main task's
 * source version ({@code --release}). The copy is usable for a class when nothing in the class's file, and nothing
 * outside the private task's own files, has an error; otherwise the processor attributes in place, as before.
 */
final class CopyAttribution {
    /** The processor option that chooses how bodies are attributed: {@code copy} (default), {@code in-place}. */
    static final String OPTION = "kaa.attribution";

    /** How bodies are attributed. */
    enum Mode {
        /** A private copy; in place when the copy has errors. */
        COPY,
        /** In place only, as before copies existed. */
        IN_PLACE,
        /** A private copy only: a class whose copy has errors is an error (for tests and the corpus). */
        COPY_ONLY;

        static Mode of(String option) {
            return option == null ? COPY : switch (option) {
                case "in-place" -> IN_PLACE;
                case "copy-only" -> COPY_ONLY;
                default -> COPY;
            };
        }
    }

    private final ProcessingEnvironment env;
    private final Trees trees;
    /** Every source file of the compilation seen so far (given or generated), by package, then by URI. */
    private final Map<String, Map<URI, JavaFileObject>> sources = new HashMap<>();
    /** Files that declare a top-level class of another name: the private task finds it only in a file it is given. */
    private final Set<URI> auxiliaryFiles = new HashSet<>();
    private final Map<URI, JavaFileObject> filesByUri = new HashMap<>();

    CopyAttribution(ProcessingEnvironment env, Trees trees) {
        this.env = env;
        this.trees = trees;
    }

    /** Records the source files of the round's root types (the generated ones of the previous round included). */
    void addRoots(Collection<? extends Element> roots) {
        for (TypeElement type : ElementFilter.typesIn(roots)) {
            TreePath path = trees.getPath(type);
            if (path == null) {
                continue;
            }
            JavaFileObject file = path.getCompilationUnit().getSourceFile();
            URI uri = file.toUri();
            filesByUri.put(uri, file);
            String packageName = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
            sources.computeIfAbsent(packageName, p -> new LinkedHashMap<>()).put(uri, file);
            if (!file.isNameCompatible(type.getSimpleName().toString(), JavaFileObject.Kind.SOURCE)) {
                auxiliaryFiles.add(uri);
            }
        }
    }

    /**
     * Attributes copies of the files that declare {@code owners} in a new private task; null when no private task can
     * be made (no system compiler, an option it rejects), and then every class is attributed in place. When the task
     * has errors that more names or module options may fix ({@link Copy#namesToRetry}, {@link Copy#moduleOptions}),
     * it is made again with them, twice at most (keeping the last copy if the next cannot be made).
     */
    Copy attribute(Collection<TypeElement> owners) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return null;
        }
        Set<URI> rootFiles = new LinkedHashSet<>();
        for (TypeElement owner : owners) {
            TreePath path = trees.getPath(owner);
            if (path != null) {
                rootFiles.add(path.getCompilationUnit().getSourceFile().toUri());
            }
        }
        rootFiles.addAll(auxiliaryFiles);
        List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:none", "-Xlint:none", "-nowarn",
                "-XDsuppressNotes"));
        options.addAll(platformOptions());
        if (env.isPreviewEnabled()) {
            options.add("--enable-preview");
        }
        Set<String> missing = new HashSet<>();
        Set<String> moduleOptions = new LinkedHashSet<>();
        Copy previous = null;
        for (int attempt = 0; ; attempt++) {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
            ClassPath files = new ClassPath(standard);
            files.mentioned.addAll(missing);
            Copy copy;
            try {
                standard.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
                List<JavaFileObject> roots = new ArrayList<>();
                for (URI uri : rootFiles) {
                    JavaFileObject original = filesByUri.get(uri);
                    if (original != null) {
                        roots.add(files.copyOf(original));
                        files.mention(roots.get(roots.size() - 1));
                    }
                }
                List<String> all = new ArrayList<>(options);
                all.addAll(moduleOptions);
                JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, all, null, roots);
                analyzeRoots(task);
                copy = new Copy(task, diagnostics.getDiagnostics(), files, trees);
            } catch (IOException | RuntimeException | AssertionError cannot) {
                // an option or a file the private task rejects, or javac failing on its copy: the last copy made
                return previous;
            }
            if (previous != null) {
                previous.close();
            }
            // '|', not '||': both sets learn from this copy
            if (attempt == 2 || !(missing.addAll(copy.namesToRetry()) | moduleOptions.addAll(copy.moduleOptions()))) {
                return copy;
            }
            previous = copy;
        }
    }

    /**
     * The private task's platform: the main task's, which is the platform of a release ({@code --release N}, read
     * from {@code ct.sym}) or the running JDK's own modules ({@code -source N}, or no option, where a JDK 25 compiling
     * for 17 still offers its own API). Which one, the main task's {@code Filer} tells by where {@code Object} is.
     */
    private List<String> platformOptions() {
        String version = env.getSourceVersion().name().substring("RELEASE_".length());
        try {
            URI object = env.getFiler().getResource(StandardLocation.SYSTEM_MODULES, "java.base/java.lang",
                    "Object.class").toUri();
            if ("jrt".equals(object.getScheme())) {
                return List.of("-source", version);
            }
        } catch (IOException | RuntimeException unknown) {
            // a file manager that does not say: the release, which is what builds set
        }
        return List.of("--release", version);
    }

    /**
     * Attributes the classes of the private task's own files, and stops there. javac would go on to the classes it
     * read from the source path on the way (their signatures are all the roots need), which in a large project are
     * many: 120 classes and 1.7 s for one class with coroutines among commons-math3's 990 files. javac attributes
     * the classes of the files it was given first, in order, so the stop comes after the last of them.
     */
    private static void analyzeRoots(JavacTask task) throws IOException {
        Map<URI, Integer> classesLeft = new HashMap<>();
        for (CompilationUnitTree unit : task.parse()) {
            long classes = unit.getTypeDecls().stream().filter(t -> t instanceof com.sun.source.tree.ClassTree).count();
            if (classes > 0) {
                classesLeft.put(unit.getSourceFile().toUri(), (int) classes);
            }
        }
        if (classesLeft.isEmpty()) {
            return;
        }
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getSourceFile() != null) {
                    URI file = event.getSourceFile().toUri();
                    if (classesLeft.computeIfPresent(file, (f, n) -> n - 1) != null && classesLeft.get(file) == 0) {
                        classesLeft.remove(file);
                        if (classesLeft.isEmpty()) {
                            throw new RootsAnalyzed();
                        }
                    }
                }
            }
        });
        try {
            task.analyze();
        } catch (RuntimeException stopped) {
            for (Throwable cause = stopped; cause != null; cause = cause.getCause()) {
                if (cause instanceof RootsAnalyzed) {
                    return;
                }
            }
            throw stopped;
        }
    }

    /** Thrown from the private task's listener to stop it once its own files are attributed. */
    private static final class RootsAnalyzed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RootsAnalyzed() {
            super(null, null, false, false);
        }
    }

    /** The result of one private task: its trees, elements and types, and whether each class came out clean. */
    static final class Copy {
        final Trees trees;
        final Elements elements;
        final Types types;
        private final List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        private final ClassPath files;
        private final Trees mainTrees;

        Copy(JavacTask task, List<Diagnostic<? extends JavaFileObject>> diagnostics, ClassPath files,
                Trees mainTrees) {
            this.trees = Trees.instance(task);
            this.elements = task.getElements();
            this.types = task.getTypes();
            this.files = files;
            this.mainTrees = mainTrees;
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(diagnostic);
                }
            }
        }

        /**
         * The copy of {@code owner}, a class of the main task, when the copy can stand for it: no error in its file,
         * and none outside the private task's copies of the main task's files (a class it could not find on the
         * class path). Null otherwise, with the first error in {@code why}.
         */
        TypeElement classOf(TypeElement owner, StringBuilder why) {
            TreePath path = mainTrees.getPath(owner);
            if (path == null) {
                why.append("no source");
                return null;
            }
            URI file = path.getCompilationUnit().getSourceFile().toUri();
            for (Diagnostic<? extends JavaFileObject> error : errors) {
                JavaFileObject source = error.getSource();
                if (source == null || !(source instanceof CopiedSource)
                        || source.toUri().equals(file) && !inAnotherClass(error, path)) {
                    why.append(error.getMessage(Locale.ROOT));
                    return null;
                }
            }
            TypeElement copy = elements.getTypeElement(owner.getQualifiedName());
            if (copy == null || trees.getPath(copy) == null) {
                why.append("no copy of ").append(owner.getQualifiedName());
                return null;
            }
            return copy;
        }

        /**
         * Whether {@code error}, in the file of the class at {@code owner}, is inside another class of that file and
         * outside the class itself (a mistake in a method of the class around it, say): then it changes nothing of the
         * class's own code, whose bodies are checked for erroneous types anyway (usertest round 10: a nested class
         * waited for the last round because of a misspelled type in its outer class). An error in the imports, or in
         * the class, counts.
         */
        private boolean inAnotherClass(Diagnostic<? extends JavaFileObject> error, TreePath owner) {
            long at = error.getPosition();
            if (at == Diagnostic.NOPOS) {
                return false;
            }
            SourcePositions positions = mainTrees.getSourcePositions();
            CompilationUnitTree unit = owner.getCompilationUnit();
            if (positions.getStartPosition(unit, owner.getLeaf()) <= at
                    && at < positions.getEndPosition(unit, owner.getLeaf())) {
                return false;
            }
            for (Tree type : unit.getTypeDecls()) {
                if (positions.getStartPosition(unit, type) <= at && at < positions.getEndPosition(unit, type)) {
                    return true;
                }
            }
            return false;
        }

        /** The errors javac found in the copy of the file that declares {@code owner}, a class of the main task. */
        List<Diagnostic<? extends JavaFileObject>> errorsIn(TypeElement owner) {
            TreePath path = mainTrees.getPath(owner);
            if (path == null) {
                return List.of();
            }
            URI file = path.getCompilationUnit().getSourceFile().toUri();
            return errors.stream()
                    .filter(error -> error.getSource() instanceof CopiedSource && error.getSource().toUri().equals(file))
                    .toList();
        }

        /** The copy of {@code method} (of the class {@code copyOwner} copies): the method at the same position. */
        ExecutableElement methodOf(ExecutableElement method, TypeElement copyOwner) {
            TreePath path = mainTrees.getPath(method);
            long start = mainTrees.getSourcePositions().getStartPosition(path.getCompilationUnit(), path.getLeaf());
            for (ExecutableElement candidate : ElementFilter.methodsIn(copyOwner.getEnclosedElements())) {
                TreePath copy = trees.getPath(candidate);
                if (copy != null && candidate.getSimpleName().contentEquals(method.getSimpleName())
                        && trees.getSourcePositions().getStartPosition(copy.getCompilationUnit(), copy.getLeaf())
                                == start) {
                    return candidate;
                }
            }
            return null;
        }

        /** The source positions of the copy's trees. */
        SourcePositions positions() {
            return trees.getSourcePositions();
        }

        /**
         * The names the next private task should look for: of the classes this one needed and did not find ("class
         * file for a.b.C not found": a supertype in a jar no file names), and those of every file an error is in (a
         * file read from the source path naming in a signature a class that no file of the private task's own names,
         * "cannot find symbol" or "package other does not exist").
         */
        Set<String> namesToRetry() {
            Set<String> names = new HashSet<>();
            for (Diagnostic<? extends JavaFileObject> error : errors) {
                var missing = MISSING_CLASS.matcher(error.getMessage(Locale.ROOT));
                while (missing.find()) {
                    names.addAll(List.of(missing.group(1).split("\\.")));
                }
                if (error.getSource() instanceof CopiedSource source) {
                    try {
                        names.addAll(ClassPath.namesIn(source.getCharContent(true)));
                    } catch (IOException unreadable) {
                        // then not these names
                    }
                }
            }
            return names;
        }

        /**
         * The module options the main task must have been given for what the copy could not see: {@code --add-exports}
         * for "package p is declared in module m, which does not export it to the unnamed module", {@code --add-modules}
         * for "... which is not in the module graph". The API does not tell a processor the main task's options; if the
         * main task lacks them, it reports the same error itself.
         */
        Set<String> moduleOptions() {
            Set<String> options = new LinkedHashSet<>();
            for (Diagnostic<? extends JavaFileObject> error : errors) {
                var hidden = HIDDEN_PACKAGE.matcher(error.getMessage(Locale.ROOT));
                while (hidden.find()) {
                    options.add(hidden.group(3) != null ? "--add-exports=" + hidden.group(2) + "/" + hidden.group(1)
                            + "=ALL-UNNAMED" : "--add-modules=" + hidden.group(2));
                }
            }
            return options;
        }

        private static final java.util.regex.Pattern HIDDEN_PACKAGE = java.util.regex.Pattern.compile(
                "package ([\\w.]+) is declared in module ([\\w.]+), which (?:(does not export it to the unnamed module)"
                        + "|is not in the module graph)");

        private static final java.util.regex.Pattern MISSING_CLASS =
                java.util.regex.Pattern.compile("class file for ([\\w.$]+) not found");

        /** Releases the private task's files. */
        void close() {
            try {
                files.close();
            } catch (IOException ignored) {
                // nothing was written
            }
        }
    }

    /** A source file of the main task, read by the private task: the same text, name and URI. */
    static final class CopiedSource extends SimpleJavaFileObject {
        final FileObject original;
        final String binaryName;

        CopiedSource(FileObject original, String binaryName) {
            super(original.toUri(), Kind.SOURCE);
            this.original = original;
            this.binaryName = binaryName;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            return original.getCharContent(ignoreEncodingErrors);
        }

        @Override
        public String getName() {
            return original.getName();
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return original instanceof JavaFileObject file ? file.isNameCompatible(simpleName, kind)
                    : kind == Kind.SOURCE && binaryName.substring(binaryName.lastIndexOf('.') + 1).equals(simpleName);
        }

        @Override
        public long getLastModified() {
            return original.getLastModified();
        }
    }

    /**
     * The private task's files: the main task's sources as its source path, and the entries of the main task's class
     * path and module path that hold the classes its files name ({@link #locate}).
     */
    final class ClassPath extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<URI, CopiedSource> copies = new HashMap<>();
        /** The directories and jars of the main task's class path found so far. */
        private final Set<Path> entries = new LinkedHashSet<>();
        private final Set<String> packagesLocated = new HashSet<>();
        /**
         * The names that may be classes on the class path: every identifier that starts with an upper-case letter in
         * the private task's own files (a class named otherwise makes the copy fall back), and the classes an earlier
         * task missed. The files it reads from the source path are not searched: in a large project they are many, and
         * each name costs a lookup in every package the task lists; what their signatures need and nothing else names
         * is found by the next task ({@link Copy#namesToRetry}).
         */
        private final Set<String> mentioned = new java.util.TreeSet<>();

        /** Sources of the main task's source path ({@code -sourcepath}), by package, then by URI. */
        private final Map<String, Map<URI, JavaFileObject>> sourcePath = new HashMap<>();

        ClassPath(StandardJavaFileManager standard) {
            super(standard);
        }

        /** Adds the names {@code file} mentions to {@link #mentioned}. */
        void mention(JavaFileObject file) throws IOException {
            mentioned.addAll(namesIn(file.getCharContent(true)));
        }

        /** The identifiers in {@code source} that start with an upper-case letter: what may name a class. */
        static Set<String> namesIn(CharSequence source) {
            Set<String> names = new HashSet<>();
            var identifiers = CLASS_NAME.matcher(source);
            while (identifiers.find()) {
                names.add(identifiers.group());
            }
            return names;
        }

        private static final java.util.regex.Pattern CLASS_NAME =
                java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}_$]*");

        /** The private task's copy of {@code original}, a source file of the main task. */
        CopiedSource copyOf(JavaFileObject original) {
            return copies.computeIfAbsent(original.toUri(), uri -> {
                String packageName = sources.entrySet().stream().filter(e -> e.getValue().containsKey(uri))
                        .map(Map.Entry::getKey).findFirst().orElse("");
                String name = original.getName();
                String simple = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                        .replaceFirst("\\.java$", "");
                return new CopiedSource(original, packageName.isEmpty() ? simple : packageName + "." + simple);
            });
        }

        @Override
        public boolean hasLocation(Location location) {
            return location == StandardLocation.SOURCE_PATH || super.hasLocation(location);
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                boolean recurse) throws IOException {
            if ((location == StandardLocation.CLASS_PATH || location == StandardLocation.SOURCE_PATH)
                    && packagesLocated.add(packageName) && locate(packageName)) {
                fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, List.copyOf(entries));
            }
            if (location == StandardLocation.SOURCE_PATH) {
                List<JavaFileObject> found = new ArrayList<>();
                if (kinds.contains(JavaFileObject.Kind.SOURCE)) {
                    for (JavaFileObject original : sources.getOrDefault(packageName, Map.of()).values()) {
                        found.add(copyOf(original));
                    }
                    found.addAll(sourcePath.getOrDefault(packageName, Map.of()).values());
                }
                return found;
            }
            return super.list(location, packageName, kinds, recurse);
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            return file instanceof CopiedSource copy ? copy.binaryName : super.inferBinaryName(location, file);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a instanceof CopiedSource || b instanceof CopiedSource ? a.toUri().equals(b.toUri())
                    : super.isSameFile(a, b);
        }

        /**
         * Adds the main task's class path entries that hold classes of {@code packageName}; returns whether it found
         * one it did not know. The main task is asked where a class is by name only ({@code Filer.getResource}), never
         * to list a package: listing completes every class in it, and reading some class files makes javac warn (the
         * Kotlin classes of JUnit 6's {@code org.junit.jupiter.api}, whose annotation types are missing: "Cannot find
         * annotation method", an error under {@code -Werror}). The names tried are those the copied sources mention ({@link #mentioned}); the private task
         * then lists the whole package in every entry found, so the classes those reach in the same jar are there
         * too. A package of a named module is looked up on the module path, and the private task reads that module as
         * part of its class path (it compiles its copies in the unnamed module, which reads every public type; what
         * the module's exports hide is the main task's to check). The platform's modules are the private task's own.
         */
        private boolean locate(String packageName) {
            Elements mainElements = env.getElementUtils();
            PackageElement main = mainElements.getPackageElement(packageName);
            var module = main == null ? null : mainElements.getModuleOf(main);
            boolean named = module != null && !module.isUnnamed();
            if (named && module.getQualifiedName().toString().matches("(java|jdk)\\..*")) {
                return false;
            }
            boolean added = false;
            for (String name : mentioned) {
                String relative = name + ".class";
                URI uri;
                try {
                    uri = named
                            ? env.getFiler().getResource(StandardLocation.MODULE_PATH,
                                    module.getQualifiedName() + "/" + packageName, relative).toUri()
                            : env.getFiler().getResource(StandardLocation.CLASS_PATH, packageName, relative).toUri();
                } catch (IOException | RuntimeException notThere) {
                    // javac's Filer throws a NullPointerException for a module that is not on the module path (the
                    // one being compiled, whose sources the private task has)
                    if (named) {
                        continue;
                    }
                    addFromSourcePath(packageName, name);
                    continue;
                }
                Path entry = entryOf(uri, packageName, relative);
                if (entry != null) {
                    added |= entries.add(entry);
                    if (named) {
                        return added; // a module's package is in one place
                    }
                }
            }
            return added;
        }

        /**
         * Adds the main task's source of the class {@code simpleName} of {@code packageName} from its source path
         * ({@code -sourcepath}; Maven's builds that pass only the changed files), when it has one there.
         */
        private void addFromSourcePath(String packageName, String simpleName) {
            FileObject file;
            try {
                file = env.getFiler().getResource(StandardLocation.SOURCE_PATH, packageName, simpleName + ".java");
            } catch (IOException | RuntimeException notThere) {
                return;
            }
            URI uri = file.toUri();
            if (sources.getOrDefault(packageName, Map.of()).containsKey(uri)) {
                return; // a file of the main task: the source path has its copy already
            }
            String binaryName = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
            sourcePath.computeIfAbsent(packageName, p -> new LinkedHashMap<>()).computeIfAbsent(uri,
                    u -> copies.computeIfAbsent(u, v -> new CopiedSource(file, binaryName)));
        }
    }

    /** The directory or jar of the class path that holds the class file at {@code uri}; null if it is neither. */
    static Path entryOf(URI uri, String packageName, String relative) {
        String suffix = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + relative;
        try {
            if (uri.getScheme().equals("jar")) {
                String spec = uri.getRawSchemeSpecificPart();
                int separator = spec.indexOf("!/");
                return separator < 0 ? null : Paths.get(URI.create(spec.substring(0, separator)));
            }
            if (uri.getScheme().equals("file")) {
                Path file = Paths.get(uri);
                String path = file.toString().replace('\\', '/');
                if (!path.endsWith("/" + suffix)) {
                    return null;
                }
                Path entry = file;
                for (int i = suffix.split("/").length; i > 0; i--) {
                    entry = entry.getParent();
                }
                return entry;
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException unusual) {
            return null;
        }
        return null;
    }
}
