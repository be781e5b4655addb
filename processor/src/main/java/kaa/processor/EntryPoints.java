package kaa.processor;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;

/**
 * The members of a generated {@code X_Coroutines} class, which need no attribution of any body: the entry point of each
 * coroutine (it builds the machine, through the method's policy) and of each {@code @Threaded} method, the policy
 * fields, and the mirrored constructors.
 */
final class EntryPoints {
    private static final ClassName INVOCATION_QUEUE = ClassName.get("kaa.internal", "InvocationQueue");
    private static final ClassName LATEST_INVOCATION = ClassName.get("kaa.internal", "LatestInvocation");
    private static final ClassName THREADED_CALL = ClassName.get("kaa.internal", "ThreadedCall");

    private EntryPoints() {}

    /**
     * The state of the method's policy, a field of the generated class (static for a static method): an
     * {@code InvocationQueue} for {@code SYNCHRONIZED}, a {@code LatestInvocation} for {@code SINGLETON} and
     * {@code PASS_LAST}; null for {@code NONE}.
     */
    static FieldSpec policyField(CoroutineModel model, NameAllocator fieldNames) {
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

    static MethodSpec entryPoint(CoroutineModel model, TypeName machineClass, TypeElement owner,
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
        CodeBlock machine = CodeBlock.of("new $T$L($L)", machineClass, typeArgumentList.build(), arguments.build());
        switch (model.policy()) {
            case "SYNCHRONIZED" -> builder.addStatement("return $N.submit($L)", policyField, machine);
            case "SINGLETON" -> builder.addStatement("return $N.singleton(() -> $L)", policyField, machine);
            case "PASS_LAST" -> {
                NameAllocator lambdaNames = new NameAllocator();
                method.getParameters().forEach(p -> lambdaNames.newName(p.getSimpleName().toString()));
                String last = lambdaNames.newName("last");
                CodeBlock withLast = CodeBlock.of("new $T$L($L$L$N)", machineClass, typeArgumentList.build(),
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
    static MethodSpec threadedEntryPoint(ExecutableElement method, TypeElement owner) {
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
    static MethodSpec.Builder overrideOf(ExecutableElement method, boolean override) {
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

    static MethodSpec mirror(ExecutableElement constructor) {
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
}
