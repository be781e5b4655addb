package kaa.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

import com.palantir.javapoet.AnnotationSpec;

/**
 * The warnings the user's code does not raise, which the generated code must not raise either. The generated class
 * holds code written inside the user's class (the bodies, the signatures) in another class, so each scope's
 * suppressions move with it: the user's class and those around it to the generated class, a coroutine method's to
 * its entry point and to its machine class, which holds the copied body.
 */
final class WarningSuppressions {
    private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";
    private static final String DEPRECATED = "java.lang.Deprecated";

    private WarningSuppressions() {}

    /**
     * For the generated class of {@code owner}: the {@code @SuppressWarnings} values of {@code owner} and of the
     * classes it is nested in, plus {@code deprecation} (and {@code removal}) when the outermost class declares a
     * deprecated element. javac never warns about a deprecated element used inside the outermost class that
     * declares it (JLS 9.6.4.6), so the user's body may use such members freely; copied into the generated class,
     * the same use would warn. Any other deprecated API the body uses still warns where the user wrote it, in the
     * user's own file, so nothing is hidden.
     */
    static Optional<AnnotationSpec> forGeneratedClass(TypeElement owner, Collection<String> more) {
        TreeSet<String> warnings = new TreeSet<>(more);
        Element outermost = owner;
        for (Element scope = owner; scope != null && scope.getKind() != ElementKind.PACKAGE
                && scope.getKind() != ElementKind.MODULE; scope = scope.getEnclosingElement()) {
            warnings.addAll(declaredOn(scope));
            outermost = scope;
        }
        addDeprecationOfOwnMembers(outermost, warnings);
        return annotation(warnings);
    }

    /**
     * Every lint category javac reports in code inside method bodies (JDK 17 to 25; an unknown name is ignored). The
     * machines hold copies of the bodies, which javac also compiles where the user wrote them: a warning there is
     * reported at the user's line, and its copy in the machine would report it a second time (usertest round 10).
     */
    static final List<String> BODY_LINTS = List.of("cast", "dangling-doc-comments", "deprecation", "divzero", "empty",
            "fallthrough", "finally", "identity", "lossy-conversions", "overloads", "overrides", "preview", "rawtypes",
            "removal", "restricted", "serial", "static", "strictfp", "synchronization", "text-blocks", "this-escape",
            "try", "unchecked", "varargs");

    /** The values of {@code element}'s own {@code @SuppressWarnings}, for the generated scope that mirrors it. */
    static List<String> declaredOn(Element element) {
        List<String> warnings = new ArrayList<>();
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            if (annotation.getAnnotationType().asElement().toString().equals(SUPPRESS_WARNINGS)) {
                for (AnnotationValue values : annotation.getElementValues().values()) {
                    for (Object value : (List<?>) values.getValue()) {
                        warnings.add(String.valueOf(((AnnotationValue) value).getValue()));
                    }
                }
            }
        }
        return warnings;
    }

    /** {@code @SuppressWarnings} with the given values, sorted and distinct; empty for none. */
    static Optional<AnnotationSpec> annotation(Collection<String> warnings) {
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        // one line, not JavaPoet's one value a line: the machines suppress two dozen categories
        List<com.palantir.javapoet.CodeBlock> values = new TreeSet<>(warnings).stream()
                .map(warning -> com.palantir.javapoet.CodeBlock.of("$S", warning)).toList();
        return Optional.of(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", values.size() == 1
                ? values.get(0) : com.palantir.javapoet.CodeBlock.of("{$L}",
                        com.palantir.javapoet.CodeBlock.join(values, ", "))).build());
    }

    private static void addDeprecationOfOwnMembers(Element element, TreeSet<String> warnings) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            if (annotation.getAnnotationType().asElement().toString().equals(DEPRECATED)) {
                warnings.add("deprecation");
                annotation.getElementValues().forEach((name, value) -> {
                    if (name.getSimpleName().contentEquals("forRemoval") && Boolean.TRUE.equals(value.getValue())) {
                        warnings.add("removal");
                    }
                });
            }
        }
        for (Element enclosed : element.getEnclosedElements()) {
            addDeprecationOfOwnMembers(enclosed, warnings);
        }
    }
}
