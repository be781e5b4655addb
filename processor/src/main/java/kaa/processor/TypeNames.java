package kaa.processor;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;

/** JavaPoet names for the types of hoisted variables and temporaries, made denotable where javac's are not. */
final class TypeNames {
    private TypeNames() {}

    /** A type that source code can write for a value of {@code type}: captures and intersections become bounds. */
    static TypeName of(TypeMirror type) {
        switch (type.getKind()) {
            case NULL:
            case NONE:
                return ClassName.OBJECT;
            case INTERSECTION:
                List<? extends TypeMirror> bounds = ((IntersectionType) type).getBounds();
                return of(bounds.get(0));
            case UNION:
                return ClassName.get(Throwable.class);
            case TYPEVAR:
                if (isCaptured((TypeVariable) type)) {
                    return of(((TypeVariable) type).getUpperBound());
                }
                return TypeName.get(type);
            case WILDCARD:
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                return bound == null ? ClassName.OBJECT : of(bound);
            case ARRAY:
                return com.palantir.javapoet.ArrayTypeName.of(
                        of(((javax.lang.model.type.ArrayType) type).getComponentType()));
            case DECLARED:
                if (isLocal(type)) {
                    return of(nearestNamedSupertype((TypeElement) ((DeclaredType) type).asElement()));
                }
                return isDenotable(type) ? TypeName.get(type) : denotableArguments((DeclaredType) type);
            default:
                return TypeName.get(type);
        }
    }

    /**
     * Whether {@code type} is a local or anonymous class, or a member of one, which code outside its declaring block
     * cannot name.
     */
    static boolean isLocal(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        for (javax.lang.model.element.Element e = ((DeclaredType) type).asElement(); e instanceof TypeElement t;
                e = e.getEnclosingElement()) {
            NestingKind nesting = t.getNestingKind();
            if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
                return true;
            }
        }
        return false;
    }

    /** The supertype a field holding a local or anonymous class is declared with: its class, else its interface. */
    static TypeMirror nearestNamedSupertype(TypeElement local) {
        TypeMirror superclass = local.getSuperclass();
        boolean plainObject = superclass.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) superclass).asElement()).getQualifiedName()
                        .contentEquals("java.lang.Object");
        if (plainObject && !local.getInterfaces().isEmpty()) {
            return local.getInterfaces().get(0);
        }
        return superclass;
    }

    /** The boxed form of {@code type} for use as a type argument. */
    static TypeName boxed(TypeMirror type, Types types) {
        if (type.getKind().isPrimitive()) {
            return TypeName.get(types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType());
        }
        return of(type);
    }

    /** The least common superclass of a multi-catch parameter's alternatives. */
    static TypeMirror unionBound(UnionType union, Types types) {
        List<? extends TypeMirror> alternatives = union.getAlternatives();
        TypeMirror candidate = alternatives.get(0);
        while (candidate.getKind() == TypeKind.DECLARED) {
            boolean fitsAll = true;
            for (TypeMirror alternative : alternatives) {
                fitsAll &= types.isAssignable(alternative, candidate);
            }
            if (fitsAll) {
                return candidate;
            }
            List<? extends TypeMirror> supers = types.directSupertypes(candidate);
            if (supers.isEmpty()) {
                break;
            }
            candidate = supers.get(0);
        }
        return candidate;
    }

    /** Whether a type variable is a captured wildcard ({@code capture#1 of ? extends X}), which no source names. */
    static boolean isCaptured(TypeVariable variable) {
        return variable.toString().startsWith("capture#");
    }

    /** Whether source code can write {@code type} as it is (no captures, no intersections inside). */
    private static boolean isDenotable(TypeMirror type) {
        switch (type.getKind()) {
            case TYPEVAR:
                return !isCaptured((TypeVariable) type);
            case INTERSECTION:
            case UNION:
                return false;
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound()
                        : wildcard.getSuperBound();
                return bound == null || isDenotable(bound);
            case ARRAY:
                return isDenotable(((javax.lang.model.type.ArrayType) type).getComponentType());
            case DECLARED:
                if (isLocal(type)) {
                    return false; // as a type argument: Enum<Color> of a local enum Color is Enum<?>
                }
                for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    if (!isDenotable(argument)) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /** {@code List<capture of ? extends X>} becomes {@code List<? extends X>}; what cannot be written, {@code ?}. */
    private static TypeName denotableArguments(DeclaredType type) {
        return denotableArguments(type, 0);
    }

    /**
     * {@code depth} counts the bounds followed: a capture's bound can mention the capture again
     * ({@code E extends Enum<E>}), and past a few levels {@code ?} is as precise as the generated code needs.
     */
    private static TypeName denotableArguments(DeclaredType type, int depth) {
        ClassName raw = ClassName.get((TypeElement) type.asElement());
        List<TypeName> arguments = new ArrayList<>();
        for (TypeMirror argument : type.getTypeArguments()) {
            arguments.add(depth > 3 ? WildcardTypeName.subtypeOf(Object.class) : argument(argument, depth));
        }
        return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
    }

    private static TypeName argument(TypeMirror argument, int depth) {
        if (isDenotable(argument)) {
            return TypeName.get(argument);
        }
        TypeMirror upper = null;
        TypeMirror lower = null;
        if (argument.getKind() == TypeKind.TYPEVAR) {
            upper = ((TypeVariable) argument).getUpperBound();
            lower = ((TypeVariable) argument).getLowerBound();
        } else if (argument.getKind() == TypeKind.WILDCARD) {
            upper = ((WildcardType) argument).getExtendsBound();
            lower = ((WildcardType) argument).getSuperBound();
        }
        // capture of ? super V: a consumer of V, so ? super V, not ? (which only produces Objects)
        if (lower != null && lower.getKind() != TypeKind.NULL && lower.getKind() != TypeKind.NONE
                && isDenotable(lower)) {
            return WildcardTypeName.supertypeOf(TypeName.get(lower));
        }
        if (upper != null && isDenotable(upper)) {
            return WildcardTypeName.subtypeOf(TypeName.get(upper));
        }
        if (upper != null && upper.getKind() == TypeKind.DECLARED) {
            return WildcardTypeName.subtypeOf(denotableArguments((DeclaredType) upper, depth + 1));
        }
        return WildcardTypeName.subtypeOf(Object.class);
    }
}
