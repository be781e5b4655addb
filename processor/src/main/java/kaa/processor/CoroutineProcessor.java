package kaa.processor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;

/**
 * Finds the {@code @Coroutine} methods of each class and writes its {@code Outer_Inner_Coroutines} class. Never lets
 * an exception reach javac: an unexpected failure becomes one error naming the method, and other classes go on.
 */
@AutoService(Processor.class)
public final class CoroutineProcessor extends AbstractProcessor {

    /** The classes whose {@code X_Coroutines} was written, by qualified name; their machines may still be due. */
    private final Set<String> written = new HashSet<>();
    /**
     * Classes with coroutines whose {@code X_Coroutines} waits for a supertype, or a type in a coroutine's signature,
     * that a later round may generate.
     */
    private final Set<String> entryPointsDue = new LinkedHashSet<>();
    /** The machine class names of each written class whose machines wait for a later round, by method key. */
    private final Map<String, Map<String, String>> machinesDue = new LinkedHashMap<>();
    /** Top-level classes checked for {@link ClassAttribution#hazards}, and those refused for them. */
    private final Set<String> checkedForHazards = new HashSet<>();
    private final Set<String> hazardous = new HashSet<>();
    /** The processor option that notes each class analysed in place, and why ({@code -Akaa.verbose=true}). */
    static final String VERBOSE = "kaa.verbose";
    private boolean verbose;
    /** Classes noted as analysed in place, once each. */
    private final Set<String> notedInPlace = new HashSet<>();
    /** Top-level classes whose implicit lambda parameters were checked, just before their first attribution. */
    private final Set<String> lambdasChecked = new HashSet<>();
    /** The errors of private copies reported by {@link #relayCopyErrors}: file, position and message. */
    private final Set<String> relayed = new HashSet<>();
    /** Coroutines whose bodies have compile errors, for {@link PlainCodeCheck}. */
    private final Set<String> leftToJavac = new HashSet<>();
    private Trees trees;
    private Reporter reporter;
    /** The private javac tasks that attribute copies of the classes whose machines are due ({@link CopyAttribution}). */
    private CopyAttribution copies;
    private CopyAttribution.Mode attributionMode;
    /** This round's private copy, made when the first class needs it ({@link #copyMade}); null if none could be. */
    private CopyAttribution.Copy copy;
    private boolean copyMade;
    /** The JSR-45 source maps, with {@code -Akaa.smap=true}; null otherwise. */
    private SourceMaps sourceMaps;

    /** Called by javac, which finds the processor through {@code META-INF/services} or is handed it by a tool. */
    public CoroutineProcessor() {}

    /**
     * {@code @Coroutine}, {@code @Threaded}, and {@code @Generated}, which the generated classes carry: claiming it
     * keeps {@code -Xlint:processing} from warning that no processor claimed it in the next round.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(CoroutineModel.COROUTINE, CoroutineModel.THREADED, GeneratedAnnotation.NAME.canonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        JavacTask task;
        try {
            trees = Trees.instance(processingEnv);
            task = JavacTask.instance(processingEnv);
        } catch (IllegalArgumentException | IllegalStateException notJavac) {
            trees = null; // another compiler (Eclipse's): process() says so at each annotated method
            reporter = new Reporter(null, processingEnv.getMessager());
            return;
        }
        reporter = new Reporter(trees, processingEnv.getMessager());
        copies = new CopyAttribution(processingEnv, trees);
        attributionMode = CopyAttribution.Mode.of(processingEnv.getOptions().get(CopyAttribution.OPTION));
        verbose = Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE));
        task.addTaskListener(new PlainCodeCheck(trees, processingEnv.getElementUtils(), reporter, leftToJavac));
        if (Boolean.parseBoolean(processingEnv.getOptions().get(SourceMaps.OPTION))) {
            sourceMaps = new SourceMaps(processingEnv.getFiler(), processingEnv.getElementUtils());
            task.addTaskListener(sourceMaps);
        }
    }

    /**
     * The bodies are read through javac's {@code com.sun.source} trees, which other compilers (Eclipse's, in Eclipse
     * and in VS Code's Java support) do not have: an error at each annotated method says so, instead of an exception
     * out of {@code init}.
     */
    private void reportNotJavac(RoundEnvironment round) {
        for (String annotation : List.of(CoroutineModel.COROUTINE, CoroutineModel.THREADED)) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type != null) {
                for (Element method : round.getElementsAnnotatedWith(type)) {
                    reporter.error(method, Message.NOT_JAVAC, processingEnv.getClass().getName());
                }
            }
        }
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SourceMaps.OPTION, CopyAttribution.OPTION, VERBOSE);
    }

    /**
     * Each round writes the {@code X_Coroutines} class of every class seen for the first time, which needs no
     * attribution, and the {@code X_CoroutineMachines} class of every class written in an earlier round whose bodies
     * can be attributed now (docs/analysis.md): the generated class exists by then, so a plain method's
     * {@code var f = new X_Coroutines()} resolves when javac attributes the class.
     */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (trees == null) {
            reportNotJavac(round);
            return false;
        }
        copies.addRoots(round.getRootElements());
        List<String> due = new ArrayList<>(machinesDue.keySet());
        Set<String> owners = new LinkedHashSet<>(entryPointsDue);
        entryPointsDue.clear();
        for (String annotation : List.of(CoroutineModel.COROUTINE, CoroutineModel.THREADED)) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type == null) {
                continue;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(type))) {
                TypeElement owner = (TypeElement) method.getEnclosingElement();
                NestingKind nesting = owner.getNestingKind();
                if (nesting != NestingKind.LOCAL && nesting != NestingKind.ANONYMOUS) {
                    owners.add(owner.getQualifiedName().toString());
                } // PlainCodeCheck reports local and anonymous classes once javac has analysed them
            }
        }
        for (String name : owners) {
            TypeElement owner = processingEnv.getElementUtils().getTypeElement(name);
            if (owner == null || written.contains(name)) {
                continue;
            }
            if (ErrorTypes.missingSupertype(owner) != null) {
                // Its superclass is generated, in this round (class Sub extends Base_Coroutines) or a later one: the
                // abstract methods and coroutines it inherits are known once it exists. A supertype still missing
                // when processing is over is javac's own error.
                if (!round.processingOver()) {
                    entryPointsDue.add(name);
                }
                continue;
            }
            if (ErrorTypes.inTypeParameters(owner) || annotatedMethods(owner).stream().anyMatch(ErrorTypes::inSignature)) {
                // A type in a signature does not exist: a class a later round may generate, or the user's mistake
                // (a missing import), which javac reports once processing is over; the generated class would repeat
                // it, or JavaPoet fail on it (usertest round 10).
                if (!round.processingOver()) {
                    entryPointsDue.add(name);
                }
                continue;
            }
            written.add(name);
            try {
                writeEntryPoints(owner);
            } catch (Throwable unexpected) {
                reportInternalError(owner, unexpected);
            }
        }
        if (round.processingOver() && (round.errorRaised() || reporter.errorCount() > 0)) {
            return true; // javac stops before compiling anything: no machines are needed, nor warnings about them
        }
        try {
            for (String name : due) {
                TypeElement owner = processingEnv.getElementUtils().getTypeElement(name);
                try {
                    if (owner == null || writeMachines(owner, machinesDue.get(name), round.processingOver(), due)) {
                        machinesDue.remove(name);
                    }
                } catch (Throwable unexpected) {
                    machinesDue.remove(name);
                    reportInternalError(owner, unexpected);
                }
            }
        } finally {
            if (copy != null) {
                copy.close();
            }
            copy = null;
            copyMade = false;
            reporter.forgetCopies(); // and so the private task's trees
        }
        return true;
    }

    /** The {@code @Coroutine} and {@code @Threaded} methods of {@code owner}, in declaration order. */
    private static List<ExecutableElement> annotatedMethods(TypeElement owner) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
            if (CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE)
                    || CoroutineModel.isAnnotated(method, CoroutineModel.THREADED)) {
                methods.add(method);
            }
        }
        return methods;
    }

    private void reportInternalError(TypeElement type, Throwable unexpected) {
        if (unexpected instanceof javax.annotation.processing.FilerException) {
            // javac's "Attempt to recreate a file": the generated source is among the inputs (usertest round 8)
            reporter.error(type, Message.GENERATED_FILE_EXISTS, unexpected.getMessage());
            return;
        }
        StringWriter trace = new StringWriter();
        unexpected.printStackTrace(new PrintWriter(trace));
        reporter.error(type, Message.INTERNAL_ERROR, type.getQualifiedName(), trace);
    }

    /** A method's key among its class's coroutines: its name and parameter types. */
    private static String methodKey(ExecutableElement method) {
        return method.toString();
    }

    /**
     * Validates the class and the signatures of its methods and writes {@code X_Coroutines}: constructors, policy
     * fields, and one entry point per method, which builds the method's machine, a nested class of
     * {@code X_CoroutineMachines} that a later round writes.
     */
    private void writeEntryPoints(TypeElement owner) throws IOException {
        int errorsBefore = reporter.errorCount();
        List<ExecutableElement> methods = annotatedMethods(owner);
        ClassName generated = generatedName(owner);
        ClassName machinesClass = machinesName(owner);
        validateClass(owner, methods, generated);
        List<MethodSpec> entryPoints = new ArrayList<>();
        List<FieldSpec> policyFields = new ArrayList<>();
        Map<String, String> machineNames = new LinkedHashMap<>();
        Map<String, String> allMachineNames = machineNames(owner);
        NameAllocator fieldNames = new NameAllocator();
        // A field of the generated class hides an inherited one of the same name from the bodies' self.name.
        for (VariableElement field : ElementFilter.fieldsIn(processingEnv.getElementUtils().getAllMembers(owner))) {
            fieldNames.newName(field.getSimpleName().toString());
        }
        for (ExecutableElement method : methods) {
            boolean threaded = CoroutineModel.isAnnotated(method, CoroutineModel.THREADED);
            if (threaded && CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE)) {
                reporter.error(method, Message.THREADED_AND_COROUTINE, method.getSimpleName());
                continue;
            }
            if (threaded) {
                if (validateThreaded(method)) {
                    entryPoints.add(EntryPoints.threadedEntryPoint(method, owner));
                }
                continue;
            }
            CoroutineModel model = validateMethod(method, owner);
            if (model == null) {
                continue;
            }
            String machineName = allMachineNames.get(methodKey(method));
            machineNames.put(methodKey(method), machineName);
            FieldSpec policyField = EntryPoints.policyField(model, fieldNames);
            if (policyField != null) {
                policyFields.add(policyField);
            }
            entryPoints.add(EntryPoints.entryPoint(model, machinesClass.nestedClass(machineName), owner,
                    policyField));
        }
        if (extendsOwner(methods)) {
            inheritedEntryPoints(owner, fieldNames, entryPoints, policyFields);
        }
        if (reporter.errorCount() != errorsBefore) {
            return;
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(generated.simpleName())
                .addOriginatingElement(owner)
                .addJavadoc("The coroutines of {@link $T}, rewritten into state machines by kaa-processor.\n",
                        ClassName.get(owner));
        generatedAnnotation(owner).ifPresent(type::addAnnotation);
        WarningSuppressions.forGeneratedClass(owner, fileWarnings(owner)).ifPresent(type::addAnnotation);
        if (!machineNames.isEmpty()) {
            type.addJavadoc("The state machines are in {@link $T}.\n", machinesClass);
        }
        if (owner.getModifiers().contains(Modifier.PUBLIC)) {
            type.addModifiers(Modifier.PUBLIC);
        }
        if (!extendsOwner(methods)) {
            // Static methods only: a holder of static methods, which needs nothing of the user's class.
            type.addModifiers(Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        } else {
            type.addTypeVariables(MachineWriter.typeVariables(owner.getTypeParameters()))
                    .superclass(TypeName.get(owner.asType()))
                    // The user's member types (a nested 'Override' or 'List') are in scope in the subclass.
                    .avoidClashesWithNestedClasses(owner);
            if (hasOtherAbstractMethods(owner, methods)) {
                // The user's class leaves more to implement: the generated class is what they subclass.
                type.addModifiers(Modifier.ABSTRACT);
            }
            if (owner.getModifiers().contains(Modifier.SEALED)) {
                // a sealed class that permits it (validateClass): its subclasses extend it in turn
                type.addModifiers(Modifier.NON_SEALED);
            }
            // Never final: a subclass of the user's class extends the generated class to inherit the machines, as
            // [kaa.unprocessed-subclass] tells it to.
            if (processingEnv.getTypeUtils().isAssignable(owner.asType(),
                    processingEnv.getElementUtils().getTypeElement("java.io.Serializable").asType())) {
                // A serializable class declares its own version (javac's serial lint, in -Xlint:all, says so).
                type.addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build());
            }
            for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
                if (!constructor.getModifiers().contains(Modifier.PRIVATE)) {
                    type.addMethod(EntryPoints.mirror(constructor));
                }
            }
        }
        policyFields.forEach(type::addField);
        entryPoints.forEach(type::addMethod);
        if (extendsOwner(methods)) {
            List<Element> protectedMembers = ProtectedAccess.usedMembers(owner, coroutinesIn(methods), trees,
                    processingEnv.getElementUtils(), processingEnv.getTypeUtils());
            ProtectedAccess.accessors(owner, generated, protectedMembers, processingEnv.getTypeUtils(),
                    processingEnv.getElementUtils())
                    .forEach(type::addMethod);
        }
        write(generated, type.build());
        if (!machineNames.isEmpty()) {
            machinesDue.put(owner.getQualifiedName().toString(), machineNames);
        }
    }

    /**
     * The machine class name of each coroutine of {@code owner}, by method key: the same in every round and for every
     * subclass that runs them ("Machine" keeps the nested class from hiding a user type named after the method).
     */
    private static Map<String, String> machineNames(TypeElement owner) {
        Map<String, String> names = new LinkedHashMap<>();
        NameAllocator allocator = new NameAllocator();
        for (ExecutableElement method : annotatedMethods(owner)) {
            if (CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE)) {
                names.put(methodKey(method),
                        allocator.newName(ascii(capitalize(method.getSimpleName().toString())) + "Machine"));
            }
        }
        return names;
    }

    /**
     * Entry points for the instance coroutines {@code owner} inherits from its superclasses without overriding them:
     * an instance of the generated class must run them as state machines too (bug 01), with the superclass's machines.
     */
    private void inheritedEntryPoints(TypeElement owner, NameAllocator fieldNames, List<MethodSpec> entryPoints, List<FieldSpec> policyFields) {
        for (TypeMirror superclass = owner.getSuperclass(); superclass.getKind() == TypeKind.DECLARED;
                superclass = ((TypeElement) ((DeclaredType) superclass).asElement()).getSuperclass()) {
            TypeElement ancestor = (TypeElement) ((DeclaredType) superclass).asElement();
            if (isGenerated(ancestor)) {
                return; // it overrides what is above it
            }
            Map<String, String> names = machineNames(ancestor);
            for (ExecutableElement method : annotatedMethods(ancestor)) {
                if (!CoroutineModel.isAnnotated(method, CoroutineModel.COROUTINE)
                        || method.getModifiers().contains(Modifier.STATIC)
                        || method.getModifiers().contains(Modifier.PRIVATE)
                        || overriddenBelow(method, ancestor, owner)) {
                    continue;
                }
                if (!ancestor.getTypeParameters().isEmpty()) {
                    reporter.error(owner, Message.INHERITED_GENERIC_COROUTINE, method.getSimpleName(),
                            ancestor.getSimpleName(), owner.getSimpleName(), generatedName(owner).simpleName(),
                            generatedName(ancestor).simpleName(), method.getSimpleName());
                    continue;
                }
                String protectedMember = ProtectedAccess.inheritedUse(ancestor,
                        coroutinesIn(annotatedMethods(ancestor)), trees, processingEnv.getElementUtils(),
                        processingEnv.getTypeUtils());
                if (protectedMember != null) {
                    reporter.error(owner, Message.INHERITED_PROTECTED_ACCESS, method.getSimpleName(),
                            ancestor.getSimpleName(), protectedMember, generatedName(ancestor).simpleName(),
                            generatedName(owner).simpleName(), method.getSimpleName());
                    continue;
                }
                CoroutineModel model = modelOf(method, ancestor);
                FieldSpec policyField = EntryPoints.policyField(model, fieldNames);
                if (policyField != null) {
                    policyFields.add(policyField);
                }
                entryPoints.add(EntryPoints.entryPoint(model,
                        machinesName(ancestor).nestedClass(names.get(methodKey(method))), ancestor, policyField));
            }
        }
    }

    /** Whether a class between {@code owner} (included) and {@code ancestor} overrides {@code method}. */
    private boolean overriddenBelow(ExecutableElement method, TypeElement ancestor, TypeElement owner) {
        var elements = processingEnv.getElementUtils();
        for (TypeElement type = owner; type != null && type != ancestor;
                type = type.getSuperclass().getKind() == TypeKind.DECLARED
                        ? (TypeElement) ((DeclaredType) type.getSuperclass()).asElement() : null) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (elements.overrides(candidate, method, owner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code type} is a class this processor generates ({@code X_Coroutines} of its superclass). */
    static boolean isGenerated(TypeElement type) {
        // X_Coroutines is top-level; a member of a local or anonymous class has no name to compare
        return type.getNestingKind() == NestingKind.TOP_LEVEL
                && type.getSuperclass().getKind() == TypeKind.DECLARED && generatedName(
                (TypeElement) ((DeclaredType) type.getSuperclass()).asElement()).equals(ClassName.get(type));
    }

    /**
     * Warnings about the user's file that the generated code would raise: naming a second top-level class of it (an
     * auxiliary class), which the user's own file may do freely ({@code -Xlint:auxiliaryclass}).
     */
    private List<String> fileWarnings(TypeElement owner) {
        var path = trees.getPath(owner);
        return path != null && path.getCompilationUnit().getTypeDecls().size() > 1
                ? List.of("auxiliaryclass") : List.of();
    }

    /** {@code @Generated}, where the user's module reads {@code java.compiler} ({@link GeneratedAnnotation}). */
    private Optional<AnnotationSpec> generatedAnnotation(TypeElement owner) {
        return GeneratedAnnotation.isReadableFrom(processingEnv.getElementUtils(), owner)
                ? Optional.of(AnnotationSpec.builder(GeneratedAnnotation.NAME)
                        .addMember("value", "$S", CoroutineProcessor.class.getName()).build())
                : Optional.empty();
    }

    private void write(ClassName name, TypeSpec type) throws IOException {
        javaFile(name, type).writeTo(processingEnv.getFiler());
    }

    /** Writes the machines file with the machines' line tables filled in ({@link LineTable#finish}). */
    private void writeMachinesFile(ClassName name, TypeSpec type, TypeElement owner) throws IOException {
        JavaFileObject source = processingEnv.getFiler().createSourceFile(name.canonicalName(),
                type.originatingElements().toArray(new Element[0]));
        Map<String, String> tables = new LinkedHashMap<>();
        try (Writer writer = source.openWriter()) {
            writer.write(LineTable.finish(javaFile(name, type).toString(), tables));
        }
        if (sourceMaps != null) {
            var path = trees.getPath(owner);
            String sourceName = path == null ? owner.getSimpleName() + ".java"
                    : path.getCompilationUnit().getSourceFile().getName();
            String userFile = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'))
                    + 1);
            String userPath = name.packageName().isEmpty() ? userFile
                    : name.packageName().replace('.', '/') + "/" + userFile;
            tables.forEach((machine, table) -> sourceMaps.expect(name.reflectionName() + "$" + machine,
                    new SourceMaps.SourceMap(name.simpleName() + ".java", userFile, userPath, table)));
        }
    }

    private static JavaFile javaFile(ClassName name, TypeSpec type) {
        return JavaFile.builder(name.packageName(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * Writes {@code X_CoroutineMachines} from the bodies of this round's private copy of the class
     * ({@link CopyAttribution}), or, when the copy has errors, once the class itself can be attributed without
     * changing how javac compiles it afterwards ({@link ClassAttribution}); returns false to wait for a later round.
     * A coroutine whose body has a mistake javac reports gets a machine that is never run. {@code due} names every
     * class whose machines this round writes: one private task attributes them all.
     */
    private boolean writeMachines(TypeElement owner, Map<String, String> machineNames, boolean lastRound,
            List<String> due) throws IOException {
        ClassAttribution attribution = new ClassAttribution(trees, processingEnv.getElementUtils(), owner);
        StringBuilder copyFailure = new StringBuilder();
        Map<ExecutableElement, BodyContext> bodies = attributionMode == CopyAttribution.Mode.IN_PLACE ? null
                : copiedBodies(owner, machineNames, due, copyFailure);
        Set<ExecutableElement> broken = new HashSet<>();
        if (bodies == null) {
            if (!lastRound && waitsForNames(attribution, owner, machineNames)) {
                return false; // the copy did not resolve a name a later round may bring
            }
            if (attributionMode == CopyAttribution.Mode.COPY_ONLY) {
                if (relayCopyErrors(owner)) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                            Message.COPY_FAILED.format(owner.getQualifiedName(), copyFailure), owner);
                } else {
                    reporter.error(owner, Message.COPY_FAILED, owner.getQualifiedName(), copyFailure);
                }
                return true;
            }
            if (verbose && notedInPlace.add(owner.getQualifiedName().toString())) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                        Message.ATTRIBUTED_IN_PLACE.format(owner.getQualifiedName(), copyFailure), owner);
            }
            bodies = new LinkedHashMap<>();
            if (!attributeInPlace(attribution, owner, machineNames, lastRound, bodies, broken)) {
                return false;
            }
            if (bodies.isEmpty()) {
                return true; // refused: attributed in place, javac would compile it wrongly afterwards
            }
            brokenInCopy(owner, bodies.keySet(), broken);
        }
        int errorsBefore = reporter.errorCount();
        ClassName machinesClass = machinesName(owner);
        List<TypeSpec> machines = new ArrayList<>();
        for (Map.Entry<ExecutableElement, BodyContext> entry : bodies.entrySet()) {
            ExecutableElement method = entry.getKey();
            BodyContext body = entry.getValue();
            // Validated when X_Coroutines was written (which happens only when nothing failed): the model alone, of
            // the method whose trees are lowered (the copy's, or the main task's when attributed in place).
            CoroutineModel model = modelOf(body.methodElement, body.owner);
            String machineName = machineNames.get(methodKey(method));
            if (broken.contains(method)) {
                if (!BodyValidator.reportHiddenDsl(body, body.elements, reporter)) {
                    continue;
                }
                if (!brokenByCodeErrors.contains(method)) {
                    leftToJavac.add(PlainCodeCheck.key(method)); // javac must find its erroneous types again
                }
                machines.add(MachineWriter.unreachable(machineName, model, selfType(owner, model),
                        machineTypeVariables(owner, model), exported(owner)));
                continue;
            }
            // '|', not '||': both report what they find
            if (!signatureNamesOnlyVisibleTypes(method, owner) | !BodyValidator.validate(body, reporter)) {
                continue;
            }
            try {
                machines.add(lower(body, model, machineName));
            } catch (LoweringError error) {
                reporter.error(error.tree, body.unit, error.message, error.args);
            }
        }
        if (reporter.errorCount() != errorsBefore) {
            return true;
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(machinesClass.simpleName())
                .addOriginatingElement(owner)
                .addJavadoc("The state machines of the coroutines of {@link $T}, one nested class each.\n",
                        ClassName.get(owner))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        // The bodies are the user's class's code, whose warnings javac reports where the user wrote them: none twice.
        generatedAnnotation(owner).ifPresent(type::addAnnotation);
        List<String> suppressed = new ArrayList<>(fileWarnings(owner));
        suppressed.addAll(WarningSuppressions.BODY_LINTS);
        WarningSuppressions.forGeneratedClass(owner, suppressed).ifPresent(type::addAnnotation);
        if (owner.getModifiers().contains(Modifier.PUBLIC)) {
            // The generated class of a subclass in another package builds these machines for inherited coroutines.
            type.addModifiers(Modifier.PUBLIC);
        }
        machines.forEach(type::addType);
        writeMachinesFile(machinesClass, type.build(), owner);
        return true;
    }

    /**
     * The bodies of {@code owner}'s due coroutines, attributed in this round's private copy ({@link CopyAttribution}),
     * by the main task's method; null when the copy cannot stand for the class, with the reason in {@code why}.
     */
    private Map<ExecutableElement, BodyContext> copiedBodies(TypeElement owner, Map<String, String> machineNames,
            List<String> due, StringBuilder why) {
        if (!copyMade) {
            copyMade = true;
            List<TypeElement> owners = new ArrayList<>();
            for (String name : due) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                if (type != null) {
                    owners.add(type);
                }
            }
            copy = copies.attribute(owners);
        }
        if (copy == null) {
            why.append("no private javac task could be made");
        }
        TypeElement copyOwner = copy == null ? null : copy.classOf(owner, why);
        Map<ExecutableElement, BodyContext> bodies = new LinkedHashMap<>();
        if (copyOwner != null) {
            for (ExecutableElement method : annotatedMethods(owner)) {
                if (!machineNames.containsKey(methodKey(method))) {
                    continue;
                }
                ExecutableElement copied = copy.methodOf(method, copyOwner);
                if (copied == null) {
                    why.append("no copy of ").append(method);
                    bodies = null;
                    break;
                }
                BodyContext body = new BodyContext(copy.trees, copy.elements, copy.types, copied);
                body.markYields();
                if (ErrorTypes.in(copy.trees, body.bodyPath())) {
                    why.append("an erroneous type in ").append(method);
                    bodies = null;
                    break;
                }
                reporter.addCopy(body.unit, trees.getPath(method).getCompilationUnit(), copy.positions());
                bodies.put(method, body);
            }
        } else {
            bodies = null;
        }
        return bodies;
    }

    /**
     * Whether a name that javac's inference or a coroutine body of {@code owner} reads does not resolve yet, and a
     * later round may bring it (docs/analysis.md): then the machines wait. Reads names only; attributes nothing.
     */
    private boolean waitsForNames(ClassAttribution attribution, TypeElement owner, Map<String, String> machineNames) {
        if (attribution.obstacle() != null) {
            return true;
        }
        for (ExecutableElement method : annotatedMethods(owner)) {
            if (machineNames.containsKey(methodKey(method)) && attribution.pendingIn(new BodyContext(trees,
                    processingEnv.getElementUtils(), processingEnv.getTypeUtils(), method)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Attributes the class in place, as javac's own trees, once that cannot change how javac compiles it afterwards
     * ({@link ClassAttribution}), and fills {@code bodies} and the {@code broken} ones (with compile errors). Returns
     * false to wait for a later round; true with no bodies when the class is refused.
     */
    private boolean attributeInPlace(ClassAttribution attribution, TypeElement owner, Map<String, String> machineNames,
            boolean lastRound, Map<ExecutableElement, BodyContext> bodies, Set<ExecutableElement> broken) {
        String topLevel = attribution.topLevelName();
        if (hazardous.contains(topLevel)
                || checkedForHazards.add(topLevel) && refuse(owner, attribution.hazards())) {
            hazardous.add(topLevel);
            return true;
        }
        String reason = attribution.obstacle();
        if (reason != null && !lastRound) {
            return false;
        }
        if (lambdasChecked.add(topLevel) && refuse(owner, attribution.unnameableInferences())) {
            hazardous.add(topLevel);
            return true;
        }
        attribution.attribute();
        for (ExecutableElement method : annotatedMethods(owner)) {
            if (!machineNames.containsKey(methodKey(method))) {
                continue;
            }
            BodyContext body = new BodyContext(trees, processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                    method);
            body.markYields();
            if (ErrorTypes.in(trees, body.bodyPath())) {
                if (!lastRound && attribution.pendingIn(body) != null) {
                    bodies.clear();
                    broken.clear();
                    return false;
                }
                broken.add(method);
            }
            bodies.put(method, body);
        }
        if (lastRound && reason != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                    Message.GENERATED_IN_LAST_ROUND.format(owner.getQualifiedName(), reason), owner);
        }
        return true;
    }

    /**
     * Refuses to attribute {@code owner}'s class in place when there are {@code hazards}: reports the errors javac
     * found in this round's private copy of its file, the user's own mistakes, which javac would report itself (with
     * them the copy could not stand for the class), and the hazards as notes, for the case that those errors are not
     * the user's; or, when the copy had none there, the hazards. Returns whether it refused.
     */
    private boolean refuse(TypeElement owner, List<Reporter.Finding> hazards) {
        if (hazards.isEmpty()) {
            return false;
        }
        if (relayCopyErrors(owner)) {
            for (Reporter.Finding hazard : hazards) {
                reporter.note(hazard, Message.COPY_ERRORS_WITH_HAZARD, hazard.unit().getSourceFile().getName());
            }
            return true;
        }
        return reporter.report(hazards);
    }

    /**
     * Reports the errors javac found in this round's private copy of the file that declares {@code owner}, each once,
     * at its place in the user's file; returns whether there were any.
     */
    private boolean relayCopyErrors(TypeElement owner) {
        var errors = copy == null ? List.<Diagnostic<? extends JavaFileObject>>of() : copy.errorsIn(owner);
        CompilationUnitTree unit = trees.getPath(owner).getCompilationUnit();
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            // javac reports the errors of declarations itself (a field's type, an annotation): only those in code
            if (inCode(unit, error.getPosition()) && relayed.add(error.getSource().toUri() + "@"
                    + error.getStartPosition() + ":" + error.getMessage(null))) {
                reporter.relay(error, unit);
            }
        }
        return !errors.isEmpty();
    }

    /**
     * javac's errors in code that attributes without erroneous types, which javac reports whichever processors run:
     * a body the copy found one of them in is left to javac, as a body with erroneous types is (usertest round 10:
     * the machine of a lambda that changed a captured local had an error of its own about the copy it captures).
     */
    private static final Set<String> CODE_ERRORS = Set.of("compiler.err.cant.ref.non.effectively.final.var",
            "compiler.err.var.might.not.have.been.initialized", "compiler.err.var.might.already.be.assigned",
            "compiler.err.already.defined", "compiler.err.unreachable.stmt", "compiler.err.missing.ret.stmt");

    /** Coroutines whose bodies javac rejects for {@link #CODE_ERRORS}: their stubs need no check by PlainCodeCheck. */
    private final Set<ExecutableElement> brokenByCodeErrors = new HashSet<>();

    /** Adds to {@code broken} the {@code methods} in whose bodies this round's copy has one of the {@link #CODE_ERRORS}. */
    private void brokenInCopy(TypeElement owner, Collection<ExecutableElement> methods,
            Set<ExecutableElement> broken) {
        if (copy == null) {
            return;
        }
        var positions = trees.getSourcePositions();
        for (Diagnostic<? extends JavaFileObject> error : copy.errorsIn(owner)) {
            if (!CODE_ERRORS.contains(error.getCode())) {
                continue;
            }
            for (ExecutableElement method : methods) {
                var path = trees.getPath(method);
                var methodBody = ((com.sun.source.tree.MethodTree) path.getLeaf()).getBody();
                if (methodBody != null && positions.getStartPosition(path.getCompilationUnit(), methodBody)
                        <= error.getPosition() && error.getPosition()
                        < positions.getEndPosition(path.getCompilationUnit(), methodBody)) {
                    broken.add(method);
                    brokenByCodeErrors.add(method);
                }
            }
        }
    }

    /** Whether {@code position} is in a method's body, an initializer block or a field's initializer. */
    private boolean inCode(CompilationUnitTree unit, long position) {
        var positions = trees.getSourcePositions();
        boolean[] found = {false};
        new com.sun.source.util.TreeScanner<Void, Boolean>() {
            @Override
            public Void scan(Tree tree, Boolean code) {
                if (tree == null || found[0] || positions.getStartPosition(unit, tree) > position
                        || positions.getEndPosition(unit, tree) <= position) {
                    return null;
                }
                if (Boolean.TRUE.equals(code)) {
                    found[0] = true;
                    return null;
                }
                return super.scan(tree, false);
            }

            @Override
            public Void visitMethod(com.sun.source.tree.MethodTree node, Boolean code) {
                return scan(node.getBody(), true);
            }

            @Override
            public Void visitClass(com.sun.source.tree.ClassTree node, Boolean code) {
                for (Tree member : node.getMembers()) {
                    if (member instanceof com.sun.source.tree.BlockTree) {
                        scan(member, true);
                    } else if (member instanceof com.sun.source.tree.VariableTree field) {
                        scan(field.getInitializer(), true);
                    } else {
                        scan(member, false);
                    }
                }
                return null;
            }
        }.scan(unit, false);
        return found[0];
    }

    private boolean hasOtherAbstractMethods(TypeElement owner, List<ExecutableElement> coroutines) {
        var elements = processingEnv.getElementUtils();
        List<ExecutableElement> members = ElementFilter.methodsIn(elements.getAllMembers(owner));
        for (ExecutableElement method : members) {
            if (method.getModifiers().contains(Modifier.ABSTRACT) && !coroutines.contains(method)
                    // javac lists List.isEmpty() among AbstractList's subclass's members although the superclass
                    // AbstractCollection implements it
                    && members.stream().noneMatch(concrete -> !concrete.getModifiers().contains(Modifier.ABSTRACT)
                            && concrete.getSimpleName().equals(method.getSimpleName())
                            && elements.overrides(concrete, method, owner))) {
                return true;
            }
        }
        return false;
    }

    private TypeSpec lower(BodyContext body, CoroutineModel model, String machineName) {
        Names names = new Names();
        for (String reserved : List.of("label", "thrown", "escaped", "dispatch")) {
            names.newName(reserved);
        }
        String selfName = model.isStatic() ? null : names.newName("self");
        String lastName = model.passLast() ? names.newName("lastInvocation") : null;
        Variables variables = new Variables(names);
        for (VariableElement parameter : model.element().getParameters()) {
            variables.declare(parameter, parameter.asType(), true);
        }
        StatementLowerer lowerer = new StatementLowerer(body, variables, names, selfName);
        lowerer.lowerBody(body.method.getBody());
        return MachineWriter.write(new MachineWriter.Model(machineName, model, lowerer, variables, selfName,
                selfType(body.owner, model), machineTypeVariables(body.owner, model), lastName,
                exported(body.owner), body.mentionsAuxiliaryClass()));
    }

    /**
     * Whether the machines are public (with public constructors): the generated class of a subclass in another
     * package builds them for the coroutines it inherits.
     */
    private static boolean exported(TypeElement owner) {
        return owner.getModifiers().contains(Modifier.PUBLIC);
    }

    /** The machine's type variables: the class's (for an instance coroutine), then the method's. */
    private static List<TypeVariableName> machineTypeVariables(TypeElement owner, CoroutineModel model) {
        List<TypeVariableName> typeVariables = new ArrayList<>();
        if (!model.isStatic()) {
            typeVariables.addAll(MachineWriter.typeVariables(owner.getTypeParameters()));
        }
        typeVariables.addAll(MachineWriter.typeVariables(model.element().getTypeParameters()));
        return typeVariables;
    }

    /** The type of the machine's {@code self}: the user's class, for an instance coroutine; null for a static one. */
    private static TypeName selfType(TypeElement owner, CoroutineModel model) {
        if (model.isStatic()) {
            return null;
        }
        // The user's class, not the generated one: a subclass's generated class runs inherited coroutines too.
        ClassName ownerClass = ClassName.get(owner);
        List<TypeVariableName> ownerVariables = MachineWriter.typeVariables(owner.getTypeParameters());
        return ownerVariables.isEmpty() ? ownerClass
                : ParameterizedTypeName.get(ownerClass, ownerVariables.toArray(new TypeName[0]));
    }

    /**
     * The rules for the class that declares the methods. Only instance methods need the generated class to extend it:
     * a class whose methods are all static may be final, have only private constructors, or be an enum, a record or
     * an interface.
     */
    private void validateClass(TypeElement owner, List<ExecutableElement> methods, ClassName generated) {
        Set<Modifier> modifiers = owner.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            reporter.error(owner, Message.CLASS_PRIVATE, owner.getSimpleName(), generated.simpleName());
        }
        ExecutableElement firstInstance = methods.stream()
                .filter(m -> !m.getModifiers().contains(Modifier.STATIC)).findFirst().orElse(null);
        if (firstInstance == null) {
            return; // static coroutines of an inner class too (Java 16): they need no instance of it
        }
        if (owner.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)
                && owner.getKind() == ElementKind.CLASS) {
            reporter.error(owner, Message.CLASS_NOT_STATIC, owner.getSimpleName(), generated.simpleName());
        }
        if (owner.getKind() != ElementKind.CLASS) {
            String why = switch (owner.getKind()) {
                case ENUM -> "an enum cannot be extended";
                case RECORD -> "a record is final";
                default -> "it must be a class";
            };
            reporter.error(firstInstance, Message.INSTANCE_METHOD_IN_KIND, annotationOf(firstInstance),
                    firstInstance.getSimpleName(), owner.getKind().toString().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '), owner.getSimpleName(), generated.simpleName(), why);
            return;
        }
        if (modifiers.contains(Modifier.FINAL)) {
            reporter.error(owner, Message.CLASS_FINAL, owner.getSimpleName(), generated.simpleName());
        } else if (!modifiers.contains(Modifier.ABSTRACT)) {
            reporter.error(firstInstance, Message.CLASS_NOT_ABSTRACT, annotationOf(firstInstance),
                    firstInstance.getSimpleName(), generated.simpleName(), owner.getSimpleName());
        }
        if (modifiers.contains(Modifier.SEALED) && owner.getPermittedSubclasses().stream()
                .noneMatch(permitted -> permitted.toString().equals(generated.canonicalName()))) {
            reporter.error(owner, Message.SEALED_WITHOUT_GENERATED, owner.getSimpleName(), generated.simpleName());
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(owner.getEnclosedElements());
        if (!modifiers.contains(Modifier.PRIVATE) // a private class's implicit constructor is private: one error
                && constructors.stream().allMatch(c -> c.getModifiers().contains(Modifier.PRIVATE))) {
            reporter.error(constructors.get(0), Message.ONLY_PRIVATE_CONSTRUCTORS, owner.getSimpleName(),
                    generated.simpleName());
        }
    }

    /** The {@code @Coroutine} methods among {@code methods}. */
    private static List<ExecutableElement> coroutinesIn(List<ExecutableElement> methods) {
        return methods.stream().filter(m -> CoroutineModel.isAnnotated(m, CoroutineModel.COROUTINE)).toList();
    }

    /** Whether the generated class extends the user's: only instance methods need it. */
    private static boolean extendsOwner(List<ExecutableElement> methods) {
        return methods.stream().anyMatch(m -> !m.getModifiers().contains(Modifier.STATIC));
    }

    /** {@code "@Threaded"} or {@code "@Coroutine"}, for messages. */
    private static String annotationOf(ExecutableElement method) {
        return CoroutineModel.isAnnotated(method, CoroutineModel.THREADED) ? "@Threaded" : "@Coroutine";
    }

    /** The rules a {@code @Coroutine} and a {@code @Threaded} method share: the generated class must override it. */
    private void validateOverridable(ExecutableElement method) {
        Set<Modifier> modifiers = method.getModifiers();
        String annotation = annotationOf(method);
        if (modifiers.contains(Modifier.PRIVATE)) {
            reporter.error(method, Message.METHOD_PRIVATE, annotation, method.getSimpleName());
        }
        if (modifiers.contains(Modifier.FINAL) && !modifiers.contains(Modifier.STATIC)) {
            reporter.error(method, Message.METHOD_FINAL, annotation, method.getSimpleName());
        }
        if (modifiers.contains(Modifier.ABSTRACT) || trees.getTree(method) == null
                || trees.getTree(method).getBody() == null) {
            reporter.error(method, Message.NO_BODY, annotation, method.getSimpleName());
        }
    }

    private boolean validateThreaded(ExecutableElement method) {
        int before = reporter.errorCount();
        validateOverridable(method);
        TypeMirror returnType = method.getReturnType();
        if (returnType.getKind() != TypeKind.DECLARED
                || !((DeclaredType) returnType).asElement().toString().equals("kaa.InProgress")) {
            reporter.error(method, Message.THREADED_RETURN_TYPE, method.getSimpleName(), returnType);
        }
        return reporter.errorCount() == before;
    }

    private CoroutineModel validateMethod(ExecutableElement method, TypeElement owner) {
        int before = reporter.errorCount();
        validateOverridable(method);
        if (method.getModifiers().contains(Modifier.SYNCHRONIZED)) {
            reporter.error(method, Message.SYNCHRONIZED_COROUTINE);
        }
        Object interval = CoroutineModel.annotationValue(method, CoroutineModel.COROUTINE, "interval", 0L);
        if (interval instanceof Number n && n.longValue() < 0) {
            reporter.error(method, Message.NEGATIVE_INTERVAL, method.getSimpleName(), n);
        }
        if (!method.getModifiers().contains(Modifier.STATIC)) {
            for (var variable : method.getTypeParameters()) {
                if (owner.getTypeParameters().stream()
                        .anyMatch(p -> p.getSimpleName().equals(variable.getSimpleName()))) {
                    reporter.error(variable, Message.SHADOWED_TYPE_VARIABLE, variable, method.getSimpleName(),
                            owner.getSimpleName());
                }
            }
        }
        TypeMirror object = processingEnv.getElementUtils().getTypeElement("java.lang.Object").asType();
        TypeMirror result = CoroutineModel.resultTypeOf(method.getReturnType(), object);
        if (result == null) {
            reporter.error(method, Message.BAD_RETURN_TYPE, method.getSimpleName(), method.getReturnType());
        }
        if (reporter.errorCount() != before) {
            return null;
        }
        return modelOf(method, owner);
    }

    /**
     * Reports the types of a coroutine's signature that its machine cannot name; returns whether there is none. Checked
     * with the body, in the machines round: an error in the round that writes {@code X_Coroutines} would end
     * annotation processing there, before the machines of every other class are written.
     */
    private boolean signatureNamesOnlyVisibleTypes(ExecutableElement method, TypeElement owner) {
        int before = reporter.errorCount();
        for (VariableElement parameter : method.getParameters()) {
            reportProtectedType(method, parameter, "takes '" + parameter.getSimpleName() + "' of type",
                    parameter.asType(), owner);
        }
        reportProtectedType(method, method, "returns", method.getReturnType(), owner);
        return reporter.errorCount() == before;
    }

    /**
     * Reports a type in a coroutine's signature that is (or is nested in, or has as a type argument) a protected member
     * type of a class in another package: the machine, in the owner's package but no subclass, cannot name it.
     */
    private void reportProtectedType(ExecutableElement method, Element at, String what, TypeMirror type,
            TypeElement owner) {
        TypeElement hidden = BodyValidator.protectedTypeIn(type, owner, processingEnv.getElementUtils());
        if (hidden != null) {
            reporter.error(at, Message.PROTECTED_TYPE_IN_SIGNATURE, method.getSimpleName(), what, type,
                    ((TypeElement) hidden.getEnclosingElement()).getQualifiedName());
        }
    }

    /** The model of a coroutine that passed {@link #validateMethod}. */
    private CoroutineModel modelOf(ExecutableElement method, TypeElement owner) {
        TypeMirror object = processingEnv.getElementUtils().getTypeElement("java.lang.Object").asType();
        TypeMirror result = CoroutineModel.resultTypeOf(method.getReturnType(), object);
        Object unit = CoroutineModel.annotationValue(method, CoroutineModel.COROUTINE, "unit", null);
        Object policy = CoroutineModel.annotationValue(method, CoroutineModel.COROUTINE, "policy", null);
        return new CoroutineModel(method, ClassName.get(owner),
                ((Number) CoroutineModel.annotationValue(method, CoroutineModel.COROUTINE, "interval", 0L))
                        .longValue(),
                unit == null ? "MILLISECONDS" : ((VariableElement) unit).getSimpleName().toString(),
                TypeNames.of(result),
                policy == null ? "NONE" : ((VariableElement) policy).getSimpleName().toString());
    }

    /** {@code Outer_Inner_Coroutines} for {@code Outer.Inner}, in the same package. */
    static ClassName generatedName(TypeElement owner) {
        return generatedName(owner, "_Coroutines");
    }

    /** {@code Outer_Inner_CoroutineMachines} for {@code Outer.Inner}: the state machines of its coroutines. */
    static ClassName machinesName(TypeElement owner) {
        return generatedName(owner, "_CoroutineMachines");
    }

    private static ClassName generatedName(TypeElement owner, String suffix) {
        StringBuilder name = new StringBuilder(owner.getSimpleName());
        for (Element e = owner.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + "_");
        }
        return ClassName.get(ClassName.get(owner).packageName(), name + suffix);
    }

    /**
     * {@code name} with each character outside ASCII as {@code _} and its code point in hex: a machine is a class
     * file named after its method, which javac cannot write in a file system of another encoding (LANG=C) where the
     * user's own class names are ASCII (usertest round 10).
     */
    private static String ascii(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x80) {
                ascii.appendCodePoint(c);
            } else {
                ascii.append('_').append(Integer.toHexString(c));
            }
        });
        return ascii.toString();
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
