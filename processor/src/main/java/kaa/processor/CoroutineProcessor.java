package kaa.processor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import com.sun.source.util.Trees;

/**
 * Finds the {@code @Coroutine} methods of each class and writes its {@code Outer_Inner_Coroutines} class. Never lets
 * an exception reach javac: an unexpected failure becomes one error naming the method, and other classes go on.
 */
@AutoService(Processor.class)
public final class CoroutineProcessor extends AbstractProcessor {
    private static final ClassName INVOCATION_QUEUE = ClassName.get("kaa.internal", "InvocationQueue");
    private static final ClassName LATEST_INVOCATION = ClassName.get("kaa.internal", "LatestInvocation");
    private static final ClassName THREADED_CALL = ClassName.get("kaa.internal", "ThreadedCall");

    private Trees trees;
    private Reporter reporter;

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
        trees = Trees.instance(processingEnv);
        reporter = new Reporter(trees, processingEnv.getMessager());
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        for (String annotation : List.of(CoroutineModel.COROUTINE, CoroutineModel.THREADED)) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type == null) {
                continue;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(type))) {
                List<ExecutableElement> methods =
                        byClass.computeIfAbsent((TypeElement) method.getEnclosingElement(), c -> new ArrayList<>());
                if (!methods.contains(method)) {
                    methods.add(method);
                }
            }
        }
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            try {
                StrayYieldFinder.scan(trees, reporter, type);
            } catch (RuntimeException unexpected) {
                reportInternalError(type, unexpected);
            }
        }
        for (Map.Entry<TypeElement, List<ExecutableElement>> entry : byClass.entrySet()) {
            try {
                generate(entry.getKey(), entry.getValue());
            } catch (Throwable unexpected) {
                reportInternalError(entry.getKey(), unexpected);
            }
        }
        return true;
    }

    private void reportInternalError(TypeElement type, Throwable unexpected) {
        StringWriter trace = new StringWriter();
        unexpected.printStackTrace(new PrintWriter(trace));
        reporter.error(type, Message.INTERNAL_ERROR, type.getQualifiedName(), trace);
    }

    private void generate(TypeElement owner, List<ExecutableElement> methods) throws IOException {
        int errorsBefore = reporter.errorCount();
        ClassName generated = generatedName(owner);
        validateClass(owner, methods, generated);
        List<TypeSpec> machines = new ArrayList<>();
        List<MethodSpec> entryPoints = new ArrayList<>();
        List<FieldSpec> policyFields = new ArrayList<>();
        NameAllocator machineNames = new NameAllocator();
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
                    entryPoints.add(threadedEntryPoint(method, owner));
                }
                continue;
            }
            CoroutineModel model = validateMethod(method, owner);
            if (model == null) {
                continue;
            }
            BodyContext body = new BodyContext(trees, processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                    method);
            if (!BodyValidator.validate(body, reporter)) {
                continue;
            }
            // "Machine" keeps the nested class from hiding a user type named after the method.
            String machineName = machineNames.newName(capitalize(method.getSimpleName().toString()) + "Machine");
            try {
                machines.add(lower(body, model, generated, machineName));
            } catch (LoweringError error) {
                reporter.error(error.tree, body.unit, error.message, error.args);
                continue;
            }
            FieldSpec policyField = policyField(model, fieldNames);
            if (policyField != null) {
                policyFields.add(policyField);
            }
            entryPoints.add(entryPoint(model, machineName, owner, policyField));
        }
        if (reporter.errorCount() != errorsBefore) {
            return;
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(generated.simpleName())
                .addOriginatingElement(owner)
                .addJavadoc("The coroutines of {@link $T}, rewritten into state machines by kaa-processor.\n",
                        ClassName.get(owner))
                .addTypeVariables(MachineWriter.typeVariables(owner.getTypeParameters()))
                .superclass(TypeName.get(owner.asType()));
        if (GeneratedAnnotation.isReadableFrom(processingEnv.getElementUtils(), owner)) {
            type.addAnnotation(AnnotationSpec.builder(GeneratedAnnotation.NAME)
                    .addMember("value", "$S", CoroutineProcessor.class.getName()).build());
        }
        WarningSuppressions.forGeneratedClass(owner).ifPresent(type::addAnnotation);
        if (owner.getModifiers().contains(Modifier.PUBLIC)) {
            type.addModifiers(Modifier.PUBLIC);
        }
        if (hasOtherAbstractMethods(owner, methods)) {
            // The user's class leaves more to implement: the generated class is what they subclass.
            type.addModifiers(Modifier.ABSTRACT);
        } else {
            type.addModifiers(Modifier.FINAL);
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
            if (!constructor.getModifiers().contains(Modifier.PRIVATE)) {
                type.addMethod(mirror(constructor));
            }
        }
        policyFields.forEach(type::addField);
        entryPoints.forEach(type::addMethod);
        machines.forEach(type::addType);
        JavaFile.builder(generated.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(processingEnv.getFiler());
    }

    private boolean hasOtherAbstractMethods(TypeElement owner, List<ExecutableElement> coroutines) {
        for (ExecutableElement method : ElementFilter.methodsIn(
                processingEnv.getElementUtils().getAllMembers(owner))) {
            if (method.getModifiers().contains(Modifier.ABSTRACT) && !coroutines.contains(method)) {
                return true;
            }
        }
        return false;
    }

    private TypeSpec lower(BodyContext body, CoroutineModel model, ClassName generated, String machineName) {
        NameAllocator names = new NameAllocator();
        for (String reserved : List.of("label", "thrown", "escaped", "dispatch")) {
            names.newName(reserved, reserved);
        }
        String selfName = model.isStatic() ? null : names.newName("self", "self");
        String lastName = model.passLast() ? names.newName("lastInvocation", "lastInvocation") : null;
        Variables variables = new Variables(names);
        for (VariableElement parameter : model.element().getParameters()) {
            variables.declare(parameter, parameter.asType(), true);
        }
        StatementLowerer lowerer = new StatementLowerer(body, variables, names, selfName);
        lowerer.lowerBody(body.method.getBody());
        TypeElement owner = body.owner;
        List<TypeVariableName> typeVariables = new ArrayList<>();
        if (!model.isStatic()) {
            typeVariables.addAll(MachineWriter.typeVariables(owner.getTypeParameters()));
        }
        typeVariables.addAll(MachineWriter.typeVariables(model.element().getTypeParameters()));
        TypeName selfType = null;
        if (!model.isStatic()) {
            List<TypeVariableName> ownerVariables = MachineWriter.typeVariables(owner.getTypeParameters());
            selfType = ownerVariables.isEmpty() ? generated
                    : ParameterizedTypeName.get(generated, ownerVariables.toArray(new TypeName[0]));
        }
        return MachineWriter.write(new MachineWriter.Model(machineName, model, lowerer, variables, selfName,
                selfType, typeVariables, lastName));
    }

    /**
     * The state of the method's policy, a field of the generated class (static for a static method): an
     * {@code InvocationQueue} for {@code SYNCHRONIZED}, a {@code LatestInvocation} for {@code SINGLETON} and
     * {@code PASS_LAST}; null for {@code NONE}.
     */
    private static FieldSpec policyField(CoroutineModel model, NameAllocator fieldNames) {
        ClassName type;
        String suffix;
        switch (model.policy()) {
            case "SYNCHRONIZED" -> {
                type = INVOCATION_QUEUE;
                suffix = "Queue";
            }
            case "SINGLETON", "PASS_LAST" -> {
                type = LATEST_INVOCATION;
                suffix = "Latest";
            }
            default -> {
                return null;
            }
        }
        String method = model.element().getSimpleName().toString();
        FieldSpec.Builder field;
        if (model.isStatic()) {
            String name = fieldNames.newName(method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(
                    java.util.Locale.ROOT) + "_" + suffix.toUpperCase(java.util.Locale.ROOT));
            field = FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        } else {
            field = FieldSpec.builder(type, fieldNames.newName(method + suffix), Modifier.PRIVATE, Modifier.FINAL);
        }
        return field.addJavadoc("The $L policy state of {@link #$L}.\n", model.policy(), model.javadocSignature())
                .initializer("new $T()", type).build();
    }

    private MethodSpec entryPoint(CoroutineModel model, String machineName, TypeElement owner,
            FieldSpec policyField) {
        ExecutableElement method = model.element();
        MethodSpec.Builder builder = overrideOf(method, !model.isStatic());
        CodeBlock.Builder arguments = CodeBlock.builder();
        if (!model.isStatic()) {
            arguments.add("this");
        }
        for (VariableElement parameter : method.getParameters()) {
            if (!arguments.isEmpty()) {
                arguments.add(", ");
            }
            arguments.add("$N", parameter.getSimpleName().toString());
        }
        List<TypeVariableName> typeArguments = new ArrayList<>();
        if (!model.isStatic()) {
            typeArguments.addAll(MachineWriter.typeVariables(owner.getTypeParameters()));
        }
        typeArguments.addAll(MachineWriter.typeVariables(method.getTypeParameters()));
        // Explicit type arguments: the diamond would infer captures from wildcard parameters and fail to convert.
        CodeBlock.Builder typeArgumentList = CodeBlock.builder();
        for (int i = 0; i < typeArguments.size(); i++) {
            typeArgumentList.add(i == 0 ? "<$T" : ", $T", typeArguments.get(i));
        }
        if (!typeArguments.isEmpty()) {
            typeArgumentList.add(">");
        }
        CodeBlock machine = CodeBlock.of("new $L$L($L)", machineName, typeArgumentList.build(), arguments.build());
        switch (model.policy()) {
            case "SYNCHRONIZED" -> builder.addStatement("return $N.submit($L)", policyField, machine);
            case "SINGLETON" -> builder.addStatement("return $N.singleton(() -> $L)", policyField, machine);
            case "PASS_LAST" -> {
                NameAllocator lambdaNames = new NameAllocator();
                method.getParameters().forEach(p -> lambdaNames.newName(p.getSimpleName().toString()));
                String last = lambdaNames.newName("last");
                CodeBlock withLast = CodeBlock.of("new $L$L($L$L$N)", machineName, typeArgumentList.build(),
                        arguments.build(), arguments.isEmpty() ? "" : ", ", last);
                builder.addStatement("return $N.passLast($N -> $L)", policyField, last, withLast);
            }
            default -> builder.addStatement("return $L.start()", machine);
        }
        return builder.build();
    }

    /**
     * The generated method of a {@code @Threaded} method: runs the user's body (the super method, or the static
     * method itself) where the annotation says and returns an {@code InProgress} of its result.
     */
    private MethodSpec threadedEntryPoint(ExecutableElement method, TypeElement owner) {
        boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
        MethodSpec.Builder builder = overrideOf(method, !isStatic);
        CodeBlock.Builder call = CodeBlock.builder();
        if (isStatic) {
            call.add("$T.", ClassName.get(owner));
        } else {
            call.add("super.");
        }
        List<TypeVariableName> typeArguments = MachineWriter.typeVariables(method.getTypeParameters());
        for (int i = 0; i < typeArguments.size(); i++) {
            call.add(i == 0 ? "<$T" : ", $T", typeArguments.get(i));
        }
        if (!typeArguments.isEmpty()) {
            call.add(">");
        }
        call.add("$N(", method.getSimpleName().toString());
        for (int i = 0; i < method.getParameters().size(); i++) {
            call.add(i == 0 ? "$N" : ", $N", method.getParameters().get(i).getSimpleName().toString());
        }
        call.add(")");
        String pool = (String) CoroutineModel.annotationValue(method, CoroutineModel.THREADED, "pool", "");
        int priority = (Integer) CoroutineModel.annotationValue(method, CoroutineModel.THREADED, "priority", 0);
        String name = String.join(".", ClassName.get(owner).simpleNames()) + "." + method.getSimpleName();
        return builder.addStatement("return $T.run($S, $L, $S, () -> $L)", THREADED_CALL, pool, priority, name,
                call.build()).build();
    }

    /** The signature of the user's {@code method} as the generated class declares it, without a body yet. */
    private static MethodSpec.Builder overrideOf(ExecutableElement method, boolean override) {
        MethodSpec.Builder builder = MethodSpec.methodBuilder(method.getSimpleName().toString())
                .returns(TypeName.get(method.getReturnType()))
                .addTypeVariables(MachineWriter.typeVariables(method.getTypeParameters()))
                .varargs(method.isVarArgs());
        for (Modifier modifier : method.getModifiers()) {
            if (modifier == Modifier.PUBLIC || modifier == Modifier.PROTECTED || modifier == Modifier.STATIC) {
                builder.addModifiers(modifier);
            }
        }
        if (override) {
            builder.addAnnotation(Override.class);
        }
        copyWarningAnnotations(method, builder);
        for (TypeMirror thrown : method.getThrownTypes()) {
            builder.addException(TypeName.get(thrown));
        }
        for (VariableElement parameter : method.getParameters()) {
            builder.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()),
                    parameter.getSimpleName().toString()).build());
        }
        return builder;
    }

    /**
     * The user's {@code @SuppressWarnings} and {@code @SafeVarargs} hold for the generated method too (a generic
     * varargs parameter warns about heap pollution in both places). Under {@code @SafeVarargs} the generated method
     * hands the array to the machine, which only stores it: javac's {@code varargs} lint is suppressed for that.
     */
    private static void copyWarningAnnotations(ExecutableElement method, MethodSpec.Builder builder) {
        List<String> suppressed = new ArrayList<>(WarningSuppressions.declaredOn(method));
        if (method.getAnnotation(SafeVarargs.class) != null) {
            builder.addAnnotation(SafeVarargs.class);
            suppressed.add("varargs");
        }
        WarningSuppressions.annotation(suppressed).ifPresent(builder::addAnnotation);
    }

    private static MethodSpec mirror(ExecutableElement constructor) {
        MethodSpec.Builder builder = MethodSpec.constructorBuilder()
                .addTypeVariables(MachineWriter.typeVariables(constructor.getTypeParameters()))
                .varargs(constructor.isVarArgs());
        for (Modifier modifier : constructor.getModifiers()) {
            if (modifier == Modifier.PUBLIC || modifier == Modifier.PROTECTED) {
                builder.addModifiers(modifier);
            }
        }
        List<String> arguments = new ArrayList<>();
        for (VariableElement parameter : constructor.getParameters()) {
            builder.addParameter(TypeName.get(parameter.asType()), parameter.getSimpleName().toString());
            arguments.add(parameter.getSimpleName().toString());
        }
        copyWarningAnnotations(constructor, builder);
        for (TypeMirror thrown : constructor.getThrownTypes()) {
            builder.addException(TypeName.get(thrown));
        }
        return builder.addStatement("super($L)", String.join(", ", arguments)).build();
    }

    private void validateClass(TypeElement owner, List<ExecutableElement> methods, ClassName generated) {
        Set<Modifier> modifiers = owner.getModifiers();
        if (owner.getKind() != ElementKind.CLASS) {
            ExecutableElement first = methods.get(0);
            reporter.error(owner, Message.CLASS_NOT_ABSTRACT, annotationOf(first), first.getSimpleName(),
                    generated.simpleName(), owner.getSimpleName());
            return;
        }
        if (modifiers.contains(Modifier.PRIVATE)) {
            reporter.error(owner, Message.CLASS_PRIVATE, owner.getSimpleName(), generated.simpleName());
        }
        if (owner.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)) {
            reporter.error(owner, Message.CLASS_NOT_STATIC, owner.getSimpleName(), generated.simpleName());
        }
        if (modifiers.contains(Modifier.FINAL)) {
            reporter.error(owner, Message.CLASS_FINAL, owner.getSimpleName(), generated.simpleName());
        } else if (!modifiers.contains(Modifier.ABSTRACT)) {
            methods.stream().filter(m -> !m.getModifiers().contains(Modifier.STATIC)).findFirst().ifPresent(
                    first -> reporter.error(first, Message.CLASS_NOT_ABSTRACT, annotationOf(first),
                            first.getSimpleName(), generated.simpleName(), owner.getSimpleName()));
        }
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
        TypeMirror object = processingEnv.getElementUtils().getTypeElement("java.lang.Object").asType();
        TypeMirror result = CoroutineModel.resultTypeOf(method.getReturnType(), object);
        if (result == null) {
            reporter.error(method, Message.BAD_RETURN_TYPE, method.getSimpleName(), method.getReturnType());
        }
        if (reporter.errorCount() != before) {
            return null;
        }
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
        StringBuilder name = new StringBuilder(owner.getSimpleName());
        for (Element e = owner.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + "_");
        }
        return ClassName.get(ClassName.get(owner).packageName(), name + "_Coroutines");
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
