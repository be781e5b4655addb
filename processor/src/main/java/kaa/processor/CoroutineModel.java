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
 */
record CoroutineModel(ExecutableElement element, ClassName ownerClass, long interval, String unit,
        TypeName resultType) {

    static final String COROUTINE = "kaa.Coroutine";

    boolean isStatic() {
        return element.getModifiers().contains(Modifier.STATIC);
    }

    /** {@code name(Type, Type)} for a javadoc link. */
    String javadocSignature() {
        return element.getSimpleName() + "(" + element.getParameters().stream()
                .map(p -> p.asType().getKind() == TypeKind.TYPEVAR ? "Object" : p.asType().toString()
                        .replaceAll("<.*>", ""))
                .collect(Collectors.joining(", ")) + ")";
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

    /** Reads {@code interval} and {@code unit} from the method's {@code @Coroutine}. */
    static Object annotationValue(ExecutableElement method, String name, Object fallback) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().toString().equals(COROUTINE)) {
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
}
