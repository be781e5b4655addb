package kaa.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;

/**
 * Type variables that stand for the intersection types inside the type of a variable, so that code can name them.
 *
 * <p>{@code var pair = List.of(1, "a")} has the type {@code List<Serializable & Comparable<...> & Constable &
 * ConstantDesc>}, which no source can write: a field holding it is declared {@code List<?>}. Reads cast it back to
 * {@code List<Lub>}, where {@code Lub} is a type variable of the method that holds the body, bounded by the
 * intersection's types, so {@code pair.get(0).describeConstable()} compiles as it did, and every read has the same
 * type ({@code pair.set(0, pair.get(1))} compiles too). Calling that method without type arguments infers each
 * variable as its bounds' intersection; the casts are unchecked and erase to nothing.
 */
final class IntersectionVariables {
    private final Types types;
    private final Names names;
    private final Map<IntersectionType, TypeVariableName> variables = new LinkedHashMap<>();

    IntersectionVariables(Types types, Names names) {
        this.types = types;
        this.names = names;
    }

    /** The type variables to declare, in the order they were named; empty when no read needed one. */
    List<TypeVariableName> declared() {
        return new ArrayList<>(variables.values());
    }

    /**
     * Whether {@code type} has an intersection inside (a type argument, a wildcard's bound or an array's component,
     * at any depth) that a type variable can stand for; a top-level intersection is not inside.
     */
    boolean inside(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return nameable(((ArrayType) type).getComponentType());
        }
        if (type.getKind() == TypeKind.DECLARED) {
            for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                if (nameable(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean nameable(TypeMirror type) {
        return switch (type.getKind()) {
            case INTERSECTION -> boundsAllowed((IntersectionType) type);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound()
                        : wildcard.getSuperBound();
                yield bound != null && nameable(bound);
            }
            default -> inside(type);
        };
    }

    /** A type variable's bounds: a class or interface first, then interfaces; no type variable among several. */
    private static boolean boundsAllowed(IntersectionType intersection) {
        for (TypeMirror bound : intersection.getBounds()) {
            if (bound.getKind() != TypeKind.DECLARED) {
                return false;
            }
        }
        return true;
    }

    /** The source of {@code type} with a type variable for each intersection inside it. */
    CodeBlock render(TypeMirror type) {
        switch (type.getKind()) {
            case INTERSECTION:
                return CodeBlock.of("$T", variableFor((IntersectionType) type));
            case ARRAY:
                return CodeBlock.of("$L[]", render(((ArrayType) type).getComponentType()));
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    return CodeBlock.of("? extends $L", render(wildcard.getExtendsBound()));
                }
                if (wildcard.getSuperBound() != null) {
                    return CodeBlock.of("? super $L", render(wildcard.getSuperBound()));
                }
                return CodeBlock.of("?");
            case DECLARED:
                DeclaredType declared = (DeclaredType) type;
                if (!declared.getTypeArguments().isEmpty() && inside(type)) {
                    CodeBlock.Builder code = CodeBlock.builder()
                            .add("$T<", ClassName.get((TypeElement) declared.asElement()));
                    List<? extends TypeMirror> arguments = declared.getTypeArguments();
                    for (int i = 0; i < arguments.size(); i++) {
                        code.add(i == 0 ? "$L" : ", $L", render(arguments.get(i)));
                    }
                    return code.add(">").build();
                }
                return CodeBlock.of("$T", TypeNames.of(type));
            default:
                return CodeBlock.of("$T", TypeNames.of(type));
        }
    }

    private TypeVariableName variableFor(IntersectionType intersection) {
        for (Map.Entry<IntersectionType, TypeVariableName> known : variables.entrySet()) {
            if (types.isSameType(known.getKey(), intersection)) {
                return known.getValue();
            }
        }
        List<TypeName> bounds = new ArrayList<>();
        for (TypeMirror bound : intersection.getBounds()) {
            // A bound that is itself not denotable (Comparable<? extends an intersection>) is written as its bound.
            bounds.add(TypeNames.of(bound));
        }
        TypeVariableName variable = TypeVariableName.get(names.newName("Lub"), bounds.toArray(new TypeName[0]));
        variables.put(intersection, variable);
        return variable;
    }
}
