package kaa.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;

import kaa.processor.MachineStates.Region;
import kaa.processor.MachineStates.State;

/**
 * Writes one machine class (docs/lowering.md, pass 6): fields for the hoisted variables and temporaries, the
 * constructor, and {@code resume()} as a labelled loop around the dispatch switch, with the exception table as a
 * second switch when the body has lowered {@code try} statements.
 */
final class MachineWriter {
    static final ClassName MACHINE = ClassName.get("kaa.internal", "CoroutineMachine");
    static final ClassName IN_PROGRESS = ClassName.get("kaa", "InProgress");
    static final ClassName COROUTINE_IN_PROGRESS = ClassName.get("kaa", "CoroutineInProgress");
    private static final TypeName WILD_COROUTINE_IN_PROGRESS = ParameterizedTypeName.get(COROUTINE_IN_PROGRESS,
            com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));

    /** Everything the writer needs about one lowered coroutine. */
    record Model(
            String className,
            CoroutineModel method,
            StatementLowerer lowerer,
            Variables variables,
            String selfName,
            TypeName selfType,
            List<TypeVariableName> typeVariables,
            String lastName,
            boolean exported,
            boolean auxiliaryClasses) {}

    /**
     * The size of the states' code (characters) above which each state becomes a method of its own, so that a body
     * javac compiles as one method compiles as a machine: the JVM limits a method to 64 KB of bytecode, and a state
     * machine's code is larger than the method it came from (fields instead of locals, the dispatch). Bug 24's body
     * (2 300 statements, 300 yield_ points) renders about 240 000 characters of states, and its single resume() was
     * over 64 KB: roughly 0.3 bytes per character, so 30 000 characters stay far below the limit, also for code
     * that compiles denser than that.
     */
    static final int SPLIT_THRESHOLD = 30_000;

    private MachineWriter() {}

    static TypeSpec write(Model model) {
        CoroutineModel method = model.method();
        StatementLowerer lowerer = model.lowerer();
        TypeName resultType = method.resultType();
        TypeSpec.Builder type = TypeSpec.classBuilder(model.className())
                .addModifiers(visibility(model.exported()))
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addTypeVariables(model.typeVariables())
                .superclass(ParameterizedTypeName.get(MACHINE, resultType))
                .addJavadoc("The state machine of {@link $T#$L}.\n", method.ownerClass(), method.javadocSignature());
        // The machine's resume() holds the method's body: the user's suppressions for it hold here too.
        List<String> suppressions = new ArrayList<>(WarningSuppressions.declaredOn(method.element()));
        if (model.auxiliaryClasses()) {
            // The user's file may use its own auxiliary classes; this file, generated from it, may too.
            suppressions.add("auxiliaryclass");
        }
        WarningSuppressions.annotation(suppressions).ifPresent(type::addAnnotation);

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(visibility(model.exported()))
                .addStatement("super($L, $T.$L)", method.interval(), TimeUnit.class, method.unit());
        // The fields, added once resume() is rendered: the self field only if the body uses it.
        List<FieldSpec> fields = new ArrayList<>();
        CodeBlock.Builder assignments = CodeBlock.builder();
        if (model.selfType() != null) {
            // The entry point always passes this (it is written before the body is analysed).
            constructor.addParameter(model.selfType(), model.selfName());
        }
        if (model.lastName() != null) {
            // PASS_LAST: the body's last() reads this (the method below), so the generated text never names it and
            // liveness must not clear it; clearFields() does, once the body has completed.
            fields.add(FieldSpec.builder(WILD_COROUTINE_IN_PROGRESS, model.lastName(), Modifier.PRIVATE).build());
            type.addMethod(MethodSpec.methodBuilder("last")
                    .addJavadoc("{@code last()} in the body: the invocation that was unfinished when this one was"
                            + " called, or null.\n")
                    .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                            .addMember("value", "$S", "unchecked").build())
                    .addModifiers(Modifier.PRIVATE)
                    .addTypeVariable(TypeVariableName.get("V"))
                    .returns(ParameterizedTypeName.get(COROUTINE_IN_PROGRESS, TypeVariableName.get("V")))
                    .addStatement("return ($T) $N", ParameterizedTypeName.get(COROUTINE_IN_PROGRESS,
                            TypeVariableName.get("V")), model.lastName())
                    .build());
        }
        List<String> references = new ArrayList<>();
        List<String> setByConstructor = new ArrayList<>();
        for (VariableElement parameter : method.element().getParameters()) {
            Variables.Var var = model.variables().get(parameter);
            TypeName fieldType = lowerer.rewriter.fieldType(var.type);
            fields.add(FieldSpec.builder(fieldType, var.name, Modifier.PRIVATE).build());
            constructor.addParameter(fieldType, var.name);
            assignments.addStatement("this.$N = $N", var.name, var.name);
            if (!fieldType.isPrimitive()) {
                references.add(var.name);
                setByConstructor.add(var.name);
            }
        }
        for (Variables.Var var : model.variables().hoisted()) {
            if (var.parameter) {
                continue;
            }
            TypeName fieldType = lowerer.rewriter.fieldType(var.type);
            fields.add(FieldSpec.builder(fieldType, var.name, Modifier.PRIVATE).build());
            if (!fieldType.isPrimitive()) {
                references.add(var.name);
            }
        }
        for (Map.Entry<String, TypeName> field : lowerer.machine.fields.entrySet()) {
            fields.add(FieldSpec.builder(field.getValue(), field.getKey(), Modifier.PRIVATE).build());
            if (!field.getValue().isPrimitive()) {
                references.add(field.getKey());
            }
        }
        Exits exits = lowerer.exits;
        if (exits.resultStored()) {
            for (String field : concat(exits.resultField, exits.keptResultFields)) {
                fields.add(FieldSpec.builder(resultType, field, Modifier.PRIVATE).build());
                references.add(field);
            }
        }
        if (exits.followStored()) {
            TypeName followType = ParameterizedTypeName.get(IN_PROGRESS,
                    com.palantir.javapoet.WildcardTypeName.subtypeOf(resultType));
            for (String field : concat(exits.followField, exits.keptFollowFields)) {
                fields.add(FieldSpec.builder(followType, field, Modifier.PRIVATE).build());
                references.add(field);
            }
        }
        if (model.lastName() != null) {
            constructor.addParameter(WILD_COROUTINE_IN_PROGRESS, model.lastName());
            assignments.addStatement("this.$N = $N", model.lastName(), model.lastName());
        }
        List<MethodSpec> resume = resume(model.className(), lowerer, references, setByConstructor);
        if (model.selfType() != null && usesName(resume, model.selfName())) {
            type.addField(model.selfType(), model.selfName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = $N", model.selfName(), model.selfName());
        }
        fields.forEach(type::addField);
        type.addMethod(constructor.addCode(assignments.build()).build());
        LineTable.describe(type, model.className(), lowerer.names.newName("MACHINE_INFO"), method,
                lowerer.body.fileName(), lowerer.states());
        resume.forEach(type::addMethod);
        if (lowerer.rewriter.assertionsFieldName() != null) {
            // The body's asserts follow the assertion status of the user's top-level class (-ea:Owner), as they
            // would in it (JLS 14.10: a nested class's asserts follow its top-level class's status).
            ClassName owner = method.ownerClass();
            while (owner.enclosingClassName() != null) {
                owner = owner.enclosingClassName();
            }
            type.addField(FieldSpec.builder(boolean.class, lowerer.rewriter.assertionsFieldName(), Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.class.desiredAssertionStatus()", owner)
                    .build());
        }
        if (model.lastName() != null) {
            references.add(model.lastName());
        }
        if (!references.isEmpty()) {
            MethodSpec.Builder clear = MethodSpec.methodBuilder("clearFields")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED);
            for (String field : references) {
                clear.addStatement("$N = null", field);
            }
            type.addMethod(clear.build());
        }
        return type.build();
    }

    /** Whether an identifier of the code of {@code methods} is {@code name} (outside comments and literals). */
    private static boolean usesName(List<MethodSpec> methods, String name) {
        return methods.stream().anyMatch(m -> Liveness.identifiers(m.code().toString()).contains(name));
    }

    /**
     * The machine of a coroutine whose body has compile errors: javac reports them where the user wrote them and
     * writes no class file, so it never runs ({@link PlainCodeCheck} makes sure javac did report them).
     */
    static TypeSpec unreachable(String className, CoroutineModel method, TypeName selfType,
            List<TypeVariableName> typeVariables, boolean exported) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(visibility(exported))
                .addStatement("super(0, $T.MILLISECONDS)", TimeUnit.class);
        if (selfType != null) {
            constructor.addParameter(selfType, "self");
        }
        for (VariableElement parameter : method.element().getParameters()) {
            constructor.addParameter(TypeNames.of(parameter.asType()), parameter.getSimpleName().toString());
        }
        if (method.passLast()) {
            constructor.addParameter(WILD_COROUTINE_IN_PROGRESS, "last");
        }
        return TypeSpec.classBuilder(className)
                .addModifiers(visibility(exported))
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addTypeVariables(typeVariables)
                .superclass(ParameterizedTypeName.get(MACHINE, method.resultType()))
                .addJavadoc("Not generated: the body of {@link $T#$L} has compile errors.\n", method.ownerClass(),
                        method.javadocSignature())
                .addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("resume")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .addStatement("throw new $T($S)", AssertionError.class,
                                "not generated: " + method.element().getSimpleName() + " has compile errors")
                        .build())
                .build();
    }

    /** {@code public} for the machines of a public class (see {@code CoroutineProcessor.exported}), else none. */
    private static Modifier[] visibility(boolean exported) {
        return exported ? new Modifier[] {Modifier.PUBLIC} : new Modifier[0];
    }

    /**
     * resume(), and the generic method it calls when the body needs type variables for intersections: a method of
     * its own with them.
     */
    private static List<MethodSpec> resume(String className, StatementLowerer lowerer,
            List<String> referenceFields, List<String> setByConstructor) {
        List<State> states = lowerer.states();
        MachineStates machine = lowerer.machine;
        Map<State, CodeBlock> bodies = new LinkedHashMap<>();
        Map<State, String> texts = new LinkedHashMap<>();
        int size = 0;
        for (State state : states) {
            machine.renderingState(state);
            CodeBlock.Builder body = CodeBlock.builder().add(lowerer.liveness.entryClears(state));
            for (var part : state.parts) {
                CodeBlock statement = part.get();
                body.add(lowerer.rewriter.takeCaptureCopies()).add(statement);
            }
            CodeBlock rendered = body.build();
            bodies.put(state, rendered);
            String text = rendered.toString();
            texts.put(state, text);
            size += text.length();
        }
        machine.renderingState(null);
        // A field a local class reads is read whenever an instance runs, which no state's code shows: kept.
        java.util.Set<String> captured = lowerer.variables.capturedByLocalClasses();
        lowerer.liveness.compute(texts, machine.successors,
                referenceFields.stream().filter(field -> !captured.contains(field)).toList(), setByConstructor);
        // A state nothing jumps, resumes or falls to (the code after a try whose every way out jumps elsewhere) is
        // not written; the others keep their numbers.
        states = reachable(states, machine.successors);
        // The statements that leave a state are printed from here on, when the file is written.
        machine.machineClass = className;
        machine.split = size > SPLIT_THRESHOLD;
        boolean handlers = states.stream().anyMatch(s -> s.region != null);
        CodeBlock.Builder code = CodeBlock.builder();
        code.add(lowerer.localClasses.declarations(lowerer.rewriter));
        String statesClass = null;
        String statesLocal = null;
        if (machine.split) {
            statesClass = lowerer.names.newName("States");
            statesLocal = lowerer.names.newName("states");
            code.add("// The states, a method each: the body is too large for one method.\n");
            code.beginControlFlow("final class $N", statesClass);
            for (State state : states) {
                code.add("$L// $L\n", LineTable.marker(LineTable.lineOf(state)),
                        LineTable.comment(state, lowerer.body.fileName()));
                code.beginControlFlow("boolean state$L($L) throws $T", state.id(),
                        handlers ? CodeBlock.of("$T thrown", Throwable.class) : "", Throwable.class);
                code.add(bodies.get(state));
                code.endControlFlow();
            }
            code.endControlFlow();
            code.addStatement("$N $N = new $N()", statesClass, statesLocal, statesClass);
        }
        if (handlers) {
            code.addStatement("$T thrown = null", Throwable.class);
        }
        code.add("$L:\n", MachineStates.DISPATCH).beginControlFlow("for (;;)");
        if (handlers) {
            code.beginControlFlow("try");
        }
        code.beginControlFlow("switch (label)");
        for (State state : states) {
            if (machine.split) {
                code.add("$Lcase $L:\n$>if ($N.state$L($L)) {\n$>continue $L;\n$<}\nreturn;\n$<",
                        LineTable.marker(LineTable.lineOf(state)), state.id(), statesLocal, state.id(),
                        handlers ? "thrown" : "", MachineStates.DISPATCH);
            } else {
                code.add("$Lcase $L: { // $L\n", LineTable.marker(LineTable.lineOf(state)), state.id(),
                        LineTable.comment(state, lowerer.body.fileName())).indent();
                code.add(bodies.get(state));
                code.unindent().add("}\n");
            }
        }
        code.add("$Ldefault:\n", LineTable.marker(0)).indent()
                .addStatement("throw new $T($S + label)", IllegalStateException.class, "no such state: ")
                .unindent();
        code.endControlFlow();
        if (handlers) {
            code.nextControlFlow("catch ($T escaped)", Throwable.class);
            code.beginControlFlow("switch (label)");
            for (State handler : handlerStates(states)) {
                for (State state : states) {
                    if (state.region != null && state.region.handler == handler) {
                        code.add("case $L:\n", state.id());
                    }
                }
                code.indent().addStatement("thrown = escaped").addStatement("label = $L", handler.id())
                        .addStatement("continue $L", MachineStates.DISPATCH).unindent();
            }
            code.add("default:\n").indent().addStatement("throw escaped").unindent();
            code.endControlFlow();
            code.endControlFlow();
        }
        code.endControlFlow();
        List<TypeVariableName> intersections = lowerer.rewriter.intersections.declared();
        // With type variables for intersections (IntersectionVariables), the body is a generic method of its own.
        MethodSpec.Builder resume = intersections.isEmpty()
                ? MethodSpec.methodBuilder("resume").addAnnotation(Override.class)
                : MethodSpec.methodBuilder(lowerer.names.newName("resumeTyped")).addTypeVariables(intersections);
        // A local variable's @SuppressWarnings covers its initializer, which is an assignment in a state when the
        // variable is a field; fields holding a List<Local> are List<?>, and reading them casts back (unchecked).
        java.util.SortedSet<String> suppressed = new java.util.TreeSet<>(lowerer.body.localSuppressions());
        if (lowerer.rewriter.uncheckedCasts()) {
            suppressed.add("unchecked");
        }
        if (!machine.split) {
            // A state that goes on in the next one falls through into its case.
            suppressed.add("fallthrough");
        }
        if (!suppressed.isEmpty()) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(SuppressWarnings.class);
            suppressed.forEach(warning -> annotation.addMember("value", "$S", warning));
            resume.addAnnotation(annotation.build());
        }
        resume.addModifiers(intersections.isEmpty() ? Modifier.PROTECTED : Modifier.PRIVATE)
                .addException(Throwable.class)
                .addCode(code.build());
        if (intersections.isEmpty()) {
            return List.of(resume.build());
        }
        MethodSpec typed = resume.build();
        return List.of(MethodSpec.methodBuilder("resume").addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED).addException(Throwable.class)
                .addStatement("$N()", typed).build(), typed);
    }

    /** The states reachable from the first one by jumps, resumptions, fall-through and exception handlers. */
    private static List<State> reachable(List<State> states, Map<State, java.util.Set<State>> successors) {
        java.util.Set<State> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<State> work = new java.util.ArrayDeque<>();
        work.add(states.get(0));
        while (!work.isEmpty()) {
            State state = work.poll();
            if (!seen.add(state)) {
                continue;
            }
            work.addAll(successors.getOrDefault(state, java.util.Set.of()));
            for (Region r = state.region; r != null; r = r.parent) {
                work.add(r.handler);
            }
        }
        return states.stream().filter(seen::contains).toList();
    }

    private static List<State> handlerStates(List<State> states) {
        List<State> handlers = new ArrayList<>();
        for (State state : states) {
            Region region = state.region;
            if (region != null && !handlers.contains(region.handler)) {
                handlers.add(region.handler);
            }
        }
        return handlers;
    }

    static List<TypeVariableName> typeVariables(List<? extends TypeParameterElement> parameters) {
        List<TypeVariableName> result = new ArrayList<>();
        for (TypeParameterElement parameter : parameters) {
            result.add(TypeVariableName.get(parameter));
        }
        return result;
    }

    /** {@code first}, then {@code rest}. */
    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
