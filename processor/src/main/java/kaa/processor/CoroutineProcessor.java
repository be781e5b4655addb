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
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private Trees trees;
    private Reporter reporter;

    /**
     * {@code @Coroutine}, and {@code @Generated}, which the generated classes carry: claiming it keeps
     * {@code -Xlint:processing} from warning that no processor claimed it in the next round.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(CoroutineModel.COROUTINE, GENERATED.canonicalName());
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
        TypeElement coroutine = processingEnv.getElementUtils().getTypeElement(CoroutineModel.COROUTINE);
        if (coroutine == null) {
            return false;
        }
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(coroutine))) {
            byClass.computeIfAbsent((TypeElement) method.getEnclosingElement(), c -> new ArrayList<>()).add(method);
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
        NameAllocator machineNames = new NameAllocator();
        for (ExecutableElement method : methods) {
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
            entryPoints.add(entryPoint(model, generated, machineName, owner));
        }
        if (reporter.errorCount() != errorsBefore) {
            return;
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(generated.simpleName())
                .addOriginatingElement(owner)
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", CoroutineProcessor.class.getName()).build())
                .addJavadoc("The coroutines of {@link $T}, rewritten into state machines by kaa-processor.\n",
                        ClassName.get(owner))
                .addTypeVariables(MachineWriter.typeVariables(owner.getTypeParameters()))
                .superclass(TypeName.get(owner.asType()));
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
                selfType, typeVariables));
    }

    private MethodSpec entryPoint(CoroutineModel model, ClassName generated, String machineName,
            TypeElement owner) {
        ExecutableElement method = model.element();
        MethodSpec.Builder builder = MethodSpec.methodBuilder(method.getSimpleName().toString())
                .returns(TypeName.get(method.getReturnType()))
                .addTypeVariables(MachineWriter.typeVariables(method.getTypeParameters()))
                .varargs(method.isVarArgs());
        for (Modifier modifier : method.getModifiers()) {
            if (modifier == Modifier.PUBLIC || modifier == Modifier.PROTECTED || modifier == Modifier.STATIC) {
                builder.addModifiers(modifier);
            }
        }
        if (!model.isStatic()) {
            builder.addAnnotation(Override.class);
        }
        copyWarningAnnotations(method, builder);
        for (TypeMirror thrown : method.getThrownTypes()) {
            builder.addException(TypeName.get(thrown));
        }
        CodeBlock.Builder arguments = CodeBlock.builder();
        if (!model.isStatic()) {
            arguments.add("this");
        }
        for (VariableElement parameter : method.getParameters()) {
            builder.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()),
                    parameter.getSimpleName().toString()).build());
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
        return builder.addStatement("return new $L$L($L).start()", machineName, typeArgumentList.build(),
                arguments.build()).build();
    }

    /**
     * The user's {@code @SuppressWarnings} and {@code @SafeVarargs} hold for the generated method too (a generic
     * varargs parameter warns about heap pollution in both places). Under {@code @SafeVarargs} the generated method
     * hands the array to the machine, which only stores it: javac's {@code varargs} lint is suppressed for that.
     */
    private static void copyWarningAnnotations(ExecutableElement method, MethodSpec.Builder builder) {
        List<String> suppressed = new ArrayList<>();
        for (var annotation : method.getAnnotationMirrors()) {
            String name = annotation.getAnnotationType().asElement().toString();
            if (name.equals("java.lang.SafeVarargs")) {
                builder.addAnnotation(SafeVarargs.class);
                suppressed.add("varargs");
            } else if (name.equals("java.lang.SuppressWarnings")) {
                for (var entry : annotation.getElementValues().entrySet()) {
                    for (Object value : (List<?>) entry.getValue().getValue()) {
                        suppressed.add(String.valueOf(((javax.lang.model.element.AnnotationValue) value).getValue()));
                    }
                }
            }
        }
        if (!suppressed.isEmpty()) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(SuppressWarnings.class);
            suppressed.stream().distinct().sorted().forEach(warning -> annotation.addMember("value", "$S", warning));
            builder.addAnnotation(annotation.build());
        }
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
        boolean hasInstanceCoroutine = methods.stream().anyMatch(m -> !m.getModifiers().contains(Modifier.STATIC));
        Set<Modifier> modifiers = owner.getModifiers();
        if (owner.getKind() != ElementKind.CLASS) {
            reporter.error(owner, Message.CLASS_NOT_ABSTRACT, methods.get(0).getSimpleName(), generated.simpleName(),
                    owner.getSimpleName());
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
        } else if (hasInstanceCoroutine && !modifiers.contains(Modifier.ABSTRACT)) {
            ExecutableElement first = methods.stream().filter(m -> !m.getModifiers().contains(Modifier.STATIC))
                    .findFirst().orElseThrow();
            reporter.error(first, Message.CLASS_NOT_ABSTRACT, first.getSimpleName(), generated.simpleName(),
                    owner.getSimpleName());
        }
    }

    private CoroutineModel validateMethod(ExecutableElement method, TypeElement owner) {
        int before = reporter.errorCount();
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            reporter.error(method, Message.METHOD_PRIVATE, method.getSimpleName());
        }
        if (modifiers.contains(Modifier.SYNCHRONIZED)) {
            reporter.error(method, Message.SYNCHRONIZED_COROUTINE);
        }
        if (modifiers.contains(Modifier.FINAL) && !modifiers.contains(Modifier.STATIC)) {
            reporter.error(method, Message.METHOD_FINAL, method.getSimpleName());
        }
        if (modifiers.contains(Modifier.ABSTRACT) || trees.getTree(method) == null
                || trees.getTree(method).getBody() == null) {
            reporter.error(method, Message.NO_BODY, method.getSimpleName());
        }
        TypeMirror object = processingEnv.getElementUtils().getTypeElement("java.lang.Object").asType();
        TypeMirror result = CoroutineModel.resultTypeOf(method.getReturnType(), object);
        if (result == null) {
            reporter.error(method, Message.BAD_RETURN_TYPE, method.getSimpleName(), method.getReturnType());
        }
        if (reporter.errorCount() != before) {
            return null;
        }
        Object unit = CoroutineModel.annotationValue(method, "unit", null);
        return new CoroutineModel(method, ClassName.get(owner),
                ((Number) CoroutineModel.annotationValue(method, "interval", 0L)).longValue(),
                unit == null ? "MILLISECONDS" : ((VariableElement) unit).getSimpleName().toString(),
                TypeNames.of(result));
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
