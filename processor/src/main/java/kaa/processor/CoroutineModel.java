package kaa.processor;

import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * One valid {@code @Coroutine} method: what the generated code needs to know about it besides its body.
 *
 * @param element the method
 * @param ownerClass the class that declares it
 * @param interval the annotation's interval
 * @param unit the name of the annotation's {@code TimeUnit} constant
 * @param resultType {@code T} of its {@code InProgress<T>} return type
 * @param policy the name of the annotation's {@code Policy} constant
 */
record CoroutineModel(ExecutableElement element, ClassName ownerClass, long interval, String unit,
        TypeName resultType, String policy) {

    static final String COROUTINE = "kaa.Coroutine";
    static final String THREADED = "kaa.Threaded";

    boolean passLast() {
        return policy.equals("PASS_LAST");
    }

    boolean isStatic() {
        return element.getModifiers().contains(Modifier.STATIC);
    }

    /** {@code name(Type, Type)} for a javadoc link. */
    String javadocSignature() {
        return element.getSimpleName() + "(" + element.getParameters().stream()
                .map(p -> erased(p.asType()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A parameter type as javadoc finds a method by: its erasure ({@code T extends Comparable<T>} is
     * {@code java.lang.Comparable}, {@code T[]} is {@code java.lang.Object[]}; usertest round 8).
     */
    private static String erased(TypeMirror type) {
        return switch (type.getKind()) {
            case TYPEVAR -> erased(((javax.lang.model.type.TypeVariable) type).getUpperBound());
            case INTERSECTION -> erased(((javax.lang.model.type.IntersectionType) type).getBounds().get(0));
            case ARRAY -> erased(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> ((javax.lang.model.element.TypeElement) ((DeclaredType) type).asElement())
                    .getQualifiedName().toString();
            default -> type.toString();
        };
    }

    /** The {@code T} of a return type {@code InProgress<T>} or {@code CoroutineInProgress<T>}, or null. */
    static TypeMirror resultTypeOf(TypeMirror returnType, TypeMirror objectType) {
        if (returnType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) returnType;
        String name = declared.asElement().toString();
        if (!(name.equals("kaa.InProgress") || name.equals("kaa.CoroutineInProgress"))
                || declared.getTypeArguments().size() != 1) {
            return null;
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument.getKind() == TypeKind.WILDCARD) {
            TypeMirror bound = ((WildcardType) argument).getExtendsBound();
            return bound != null ? bound : objectType;
        }
        return argument;
    }

    /** Reads a member of the method's {@code annotation} ({@link #COROUTINE} or {@link #THREADED}). */
    static Object annotationValue(ExecutableElement method, String annotation, String name, Object fallback) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().toString().equals(annotation)) {
                for (var entry : mirror.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals(name)) {
                        AnnotationValue value = entry.getValue();
                        return value.getValue();
                    }
                }
            }
        }
        return fallback;
    }

    /** Whether {@code element} carries {@code annotation} ({@link #COROUTINE} or {@link #THREADED}). */
    static boolean isAnnotated(javax.lang.model.element.Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
                .anyMatch(a -> a.getAnnotationType().asElement().toString().equals(annotation));
    }
}
