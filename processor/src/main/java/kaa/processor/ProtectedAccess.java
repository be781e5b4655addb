package kaa.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

/**
 * Protected members of a class in another package, used by a coroutine body (docs/lowering.md, "Protected members").
 * The machines sit in {@code X_CoroutineMachines}, in the user's package but no subclass of the class that declares
 * the member, so they cannot use it; {@code X_Coroutines} is such a subclass. In the round that writes it, before any
 * body is attributed, the names the coroutine bodies mention are matched against the protected members {@code X}
 * inherits from other packages, and {@code X_Coroutines} gets a package-private static accessor for each: a call
 * ({@code kaa$name}), a field read ({@code kaa$get$name}) and assignment ({@code kaa$set$name}). The machines, written
 * once the bodies are attributed, call the accessor wherever the body uses such a member through {@code this}
 * (written or not), or a static one through any class name.
 */
final class ProtectedAccess {
    private ProtectedAccess() {}

    /** How a body uses a protected member, when an accessor can do it for the machine. */
    enum Use {
        /** {@code m(args)}, {@code this.m(args)}, {@code Base.m(args)} for a static {@code m}. */
        CALL,
        /** {@code f}, {@code this.f} as a value. */
        READ,
        /** {@code f = value}, {@code this.f = value}. */
        ASSIGN
    }

    static String callName(Element member) {
        return "kaa$" + member.getSimpleName();
    }

    static String getterName(Element field) {
        return "kaa$get$" + field.getSimpleName();
    }

    static String setterName(Element field) {
        return "kaa$set$" + field.getSimpleName();
    }

    /**
     * Whether {@code member} is protected and declared in a class of another package than {@code owner}'s: a machine
     * cannot use it directly.
     */
    static boolean isProtectedElsewhere(Element member, TypeElement owner, Elements elements) {
        return member.getModifiers().contains(Modifier.PROTECTED)
                && member.getEnclosingElement() instanceof TypeElement declaring
                && !elements.getPackageOf(declaring).equals(elements.getPackageOf(owner));
    }

    /**
     * The protected fields and methods {@code owner} inherits from classes of other packages that the bodies of
     * {@code coroutines} may use: those whose simple name the bodies mention (read from syntax alone, so this works
     * before anything is attributed), whose types {@code X_Coroutines} can write, in {@code owner}'s members' order.
     */
    static List<Element> usedMembers(TypeElement owner, List<ExecutableElement> coroutines, Trees trees,
            Elements elements, Types types) {
        Set<String> names = new HashSet<>();
        for (ExecutableElement coroutine : coroutines) {
            MethodTree tree = trees.getTree(coroutine);
            if (tree == null || tree.getBody() == null) {
                continue;
            }
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitIdentifier(IdentifierTree node, Void unused) {
                    names.add(node.getName().toString());
                    return null;
                }

                @Override
                public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                    names.add(node.getIdentifier().toString());
                    return super.visitMemberSelect(node, unused);
                }
            }.scan(tree.getBody(), null);
        }
        List<Element> used = new ArrayList<>();
        if (names.isEmpty()) {
            return used;
        }
        // The member each name resolves to, whatever its access: a protected field that the class or a superclass in
        // between hides needs no accessor (commons-math3's EmpiricalDistribution and its randomData, corpus).
        List<Element> resolved = new ArrayList<>();
        for (Element member : elements.getAllMembers(owner)) {
            if ((member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.FIELD)
                    && names.contains(member.getSimpleName().toString())
                    && resolved.stream().noneMatch(other -> sameAccessor(other, member, elements, types))) {
                resolved.removeIf(other -> sameAccessor(member, other, elements, types));
                resolved.add(member);
            }
        }
        DeclaredType self = (DeclaredType) owner.asType();
        for (Element member : resolved) {
            if (!isProtectedElsewhere(member, owner, elements)) {
                continue;
            }
            TypeMirror type = types.asMemberOf(self, member);
            boolean nameable;
            if (type instanceof ExecutableType method) {
                ExecutableElement element = (ExecutableElement) member;
                nameable = nameable(method.getReturnType(), owner, element, elements, types)
                        && method.getParameterTypes().stream().allMatch(t -> nameable(t, owner, element, elements,
                                types))
                        && method.getThrownTypes().stream().allMatch(t -> nameable(t, owner, element, elements,
                                types))
                        && noClash(owner, element)
                        // a generic varargs parameter would warn of heap pollution in X_Coroutines
                        && (!element.isVarArgs() || reifiable(method.getParameterTypes().get(
                                method.getParameterTypes().size() - 1)));
            } else {
                nameable = nameable(type, owner, null, elements, types);
            }
            if (nameable) {
                used.add(member);
            }
        }
        return used;
    }

    /**
     * Whether {@code member} has {@code other}'s name (and, for methods, erased parameters), and {@code other} is the
     * one the body's name resolves to: javac's getAllMembers also lists a field that a subclass hides
     * (MetalScrollBarUI's and BasicScrollBarUI's {@code scrollBarWidth}: "method kaa$get$scrollBarWidth is already
     * defined", corpus) and an interface method a superclass implements.
     */
    private static boolean sameAccessor(Element other, Element member, Elements elements, Types types) {
        if (other.getKind() != member.getKind() || !other.getSimpleName().equals(member.getSimpleName())) {
            return false;
        }
        if (member instanceof ExecutableElement method) {
            List<? extends VariableElement> a = ((ExecutableElement) other).getParameters();
            List<? extends VariableElement> b = method.getParameters();
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!types.isSameType(types.erasure(a.get(i).asType()), types.erasure(b.get(i).asType()))) {
                    return false;
                }
            }
        }
        // The one declared in a subclass of the other's class wins (it hides or overrides the other).
        return !types.isSubtype(types.erasure(member.getEnclosingElement().asType()),
                types.erasure(other.getEnclosingElement().asType()))
                || types.isSameType(types.erasure(member.getEnclosingElement().asType()),
                        types.erasure(other.getEnclosingElement().asType()));
    }

    /**
     * The name of an instance member whose accessor the machines of {@code ancestor}'s coroutines may use, or null.
     * Such an accessor casts {@code self} to {@code ancestor}'s generated class, which the generated class of a
     * subclass is not: that subclass cannot run those coroutines. Read from the bodies when they are in this
     * compilation, else from the accessors of the compiled generated class.
     */
    static String inheritedUse(TypeElement ancestor, List<ExecutableElement> coroutines, Trees trees,
            Elements elements, Types types) {
        for (Element member : usedMembers(ancestor, coroutines, trees, elements, types)) {
            if (!member.getModifiers().contains(Modifier.STATIC)) {
                return member.getSimpleName().toString();
            }
        }
        TypeElement generated = elements.getTypeElement(CoroutineProcessor.generatedName(ancestor).canonicalName());
        if (generated == null) {
            return null;
        }
        for (ExecutableElement accessor : ElementFilter.methodsIn(generated.getEnclosedElements())) {
            String name = accessor.getSimpleName().toString();
            if (name.startsWith("kaa$") && !accessor.getParameters().isEmpty() && types.isSameType(
                    types.erasure(accessor.getParameters().get(0).asType()), types.erasure(ancestor.asType()))) {
                return name.substring(name.lastIndexOf('$') + 1);
            }
        }
        return null;
    }

    /** A method type variable named like one of the class's would shadow it in the accessor's own list. */
    private static boolean noClash(TypeElement owner, ExecutableElement method) {
        Set<String> classVariables = new HashSet<>();
        owner.getTypeParameters().forEach(p -> classVariables.add(p.getSimpleName().toString()));
        return method.getTypeParameters().stream().noneMatch(p -> classVariables.contains(
                p.getSimpleName().toString()));
    }

    /**
     * Whether a static method of a subclass of {@code owner} in its package, declaring the type variables of
     * {@code owner} and of {@code method} (null for a field), can write {@code type}.
     */
    private static boolean nameable(TypeMirror type, TypeElement owner, ExecutableElement method, Elements elements,
            Types types) {
        switch (type.getKind()) {
            case ERROR:
                return false;
            case TYPEVAR:
                // not one of a class around owner's: the accessor is static
                Element declaredBy = ((javax.lang.model.type.TypeVariable) type).asElement().getEnclosingElement();
                return declaredBy.equals(owner) || declaredBy.equals(method);
            case ARRAY:
                return nameable(((ArrayType) type).getComponentType(), owner, method, elements, types);
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                return (wildcard.getExtendsBound() == null || nameable(wildcard.getExtendsBound(), owner, method,
                        elements, types)) && (wildcard.getSuperBound() == null || nameable(wildcard.getSuperBound(),
                        owner, method, elements, types));
            case DECLARED:
                for (Element e = ((DeclaredType) type).asElement(); e instanceof TypeElement t;
                        e = t.getEnclosingElement()) {
                    Set<Modifier> modifiers = t.getModifiers();
                    boolean samePackage = elements.getPackageOf(t).equals(elements.getPackageOf(owner));
                    boolean reachable = modifiers.contains(Modifier.PUBLIC)
                            || (samePackage && !modifiers.contains(Modifier.PRIVATE))
                            || (modifiers.contains(Modifier.PROTECTED)
                                    && t.getEnclosingElement() instanceof TypeElement declaring
                                    && types.isSubtype(types.erasure(owner.asType()),
                                            types.erasure(declaring.asType())));
                    if (!reachable) {
                        return false;
                    }
                }
                return ((DeclaredType) type).getTypeArguments().stream()
                        .allMatch(t -> nameable(t, owner, method, elements, types));
            default:
                return true; // primitives, void
        }
    }

    /** Whether the last parameter's type of a varargs method ({@code array}) has a reifiable component type. */
    private static boolean reifiable(TypeMirror array) {
        TypeMirror component = ((ArrayType) array).getComponentType();
        return component.getKind().isPrimitive() || component.getKind() == javax.lang.model.type.TypeKind.DECLARED
                && ((DeclaredType) component).getTypeArguments().stream().allMatch(argument ->
                        argument instanceof WildcardType wildcard && wildcard.getExtendsBound() == null
                                && wildcard.getSuperBound() == null);
    }

    /** Whether {@code type} is, or has inside, a raw use of a generic class ({@code -Xlint:rawtypes} warns). */
    private static boolean mentionsRawType(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return mentionsRawType(((ArrayType) type).getComponentType());
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                return wildcard.getExtendsBound() != null && mentionsRawType(wildcard.getExtendsBound())
                        || wildcard.getSuperBound() != null && mentionsRawType(wildcard.getSuperBound());
            case DECLARED:
                DeclaredType declared = (DeclaredType) type;
                if (declared.getTypeArguments().isEmpty()
                        && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
                    return true;
                }
                return declared.getTypeArguments().stream().anyMatch(ProtectedAccess::mentionsRawType)
                        || declared.getEnclosingType().getKind() == javax.lang.model.type.TypeKind.DECLARED
                                && mentionsRawType(declared.getEnclosingType());
            default:
                return false;
        }
    }

    /**
     * The accessors {@code X_Coroutines} declares for {@code members} ({@link #usedMembers}). An instance member is
     * reached through {@code self}, the user's class as the machines hold it, cast to {@code X_Coroutines}: the
     * instance a machine runs for is one (an inherited coroutine run by a subclass's generated class is refused,
     * {@link #inheritedUse}).
     */
    static List<MethodSpec> accessors(TypeElement owner, ClassName generated, List<Element> members, Types types,
            Elements elements) {
        List<TypeVariableName> classVariables = MachineWriter.typeVariables(owner.getTypeParameters());
        TypeName ownerType = TypeName.get(owner.asType());
        TypeName generatedType = classVariables.isEmpty() ? generated
                : ParameterizedTypeName.get(generated, classVariables.toArray(new TypeName[0]));
        DeclaredType self = (DeclaredType) owner.asType();
        List<MethodSpec> result = new ArrayList<>();
        for (Element member : members) {
            boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
            CodeBlock receiver = isStatic ? CodeBlock.of("$T", ClassName.get(owner))
                    : CodeBlock.of("(($T) self)", generatedType);
            String javadoc = "Lets the state machines use {@code $L}, protected in {@link $T} of another package.\n";
            ClassName declaring = ClassName.get((TypeElement) member.getEnclosingElement());
            if (member instanceof ExecutableElement method) {
                ExecutableType type = (ExecutableType) types.asMemberOf(self, method);
                List<TypeMirror> signature = new ArrayList<>(type.getParameterTypes());
                signature.add(type.getReturnType());
                signature.addAll(type.getThrownTypes());
                MethodSpec.Builder accessor = accessor(callName(method), javadoc, member, declaring, isStatic,
                        classVariables, ownerType, signature, elements)
                        .addTypeVariables(MachineWriter.typeVariables(method.getTypeParameters()))
                        .returns(TypeName.get(type.getReturnType()))
                        .varargs(method.isVarArgs());
                List<String> arguments = new ArrayList<>();
                for (int i = 0; i < type.getParameterTypes().size(); i++) {
                    accessor.addParameter(TypeName.get(type.getParameterTypes().get(i)), "a" + i);
                    arguments.add("a" + i);
                }
                type.getThrownTypes().forEach(thrown -> accessor.addException(TypeName.get(thrown)));
                CodeBlock call = CodeBlock.of("$L.$N($L)", receiver, method.getSimpleName().toString(),
                        String.join(", ", arguments));
                accessor.addStatement(type.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID
                        ? CodeBlock.of("$L", call) : CodeBlock.of("return $L", call));
                result.add(accessor.build());
            } else {
                TypeMirror fieldType = types.asMemberOf(self, member);
                TypeName type = TypeName.get(fieldType);
                String name = member.getSimpleName().toString();
                result.add(accessor(getterName(member), javadoc, member, declaring, isStatic, classVariables,
                        ownerType, List.of(fieldType), elements).returns(type)
                        .addStatement("return $L.$N", receiver, name).build());
                if (!member.getModifiers().contains(Modifier.FINAL)) {
                    result.add(accessor(setterName(member), javadoc, member, declaring, isStatic, classVariables,
                            ownerType, List.of(fieldType), elements).returns(type).addParameter(type, "value")
                            .addStatement("return $L.$N = value", receiver, name).build());
                }
            }
        }
        return result;
    }

    /**
     * An accessor's declaration. It suppresses what the user's use of the member does not raise where the accessor
     * does: the unchecked cast of {@code self} to a generic {@code X_Coroutines}, a raw type in the member's signature
     * (old Swing's {@code protected Vector v}), the deprecation of the member (the user's use warns in the user's
     * file, or the user suppressed it there).
     */
    private static MethodSpec.Builder accessor(String name, String javadoc, Element member, ClassName declaring,
            boolean isStatic, List<TypeVariableName> classVariables, TypeName ownerType, List<TypeMirror> signature,
            Elements elements) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
                .addJavadoc(javadoc, member.getSimpleName(), declaring);
        List<String> suppressed = new ArrayList<>();
        if (!isStatic) {
            accessor.addTypeVariables(classVariables).addParameter(ownerType, "self");
            if (!classVariables.isEmpty()) {
                suppressed.add("unchecked");
            }
        }
        if (signature.stream().anyMatch(ProtectedAccess::mentionsRawType)) {
            suppressed.add("rawtypes");
        }
        if (elements.isDeprecated(member)) {
            suppressed.add("deprecation");
            suppressed.add("removal");
        }
        WarningSuppressions.annotation(suppressed).ifPresent(accessor::addAnnotation);
        return accessor;
    }

    /**
     * How the tree at {@code path}, which names {@code member} (protected elsewhere), uses it, if an accessor of
     * {@code X_Coroutines} can do it for the machine; null if none can (a compound assignment, another object's
     * member, a method reference, explicit type arguments), or the accessor is missing.
     */
    static Use use(TreePath path, Element member, BodyContext body) {
        Tree node = path.getLeaf();
        boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
        if (node instanceof MemberSelectTree select) {
            Element qualifier = BodyContext.elementAt(body.trees, new TreePath(path, select.getExpression()));
            boolean throughThis = select.getExpression() instanceof IdentifierTree id
                    ? id.getName().contentEquals("this") && classesAround(path, body).isEmpty()
                    : select.getExpression() instanceof MemberSelectTree outer
                            && outer.getIdentifier().contentEquals("this") && qualifierIsOwner(path, outer, body);
            boolean throughType = qualifier instanceof TypeElement && isStatic;
            if (!throughThis && !throughType) {
                return null;
            }
        } else if (!(node instanceof IdentifierTree)) {
            return null;
        }
        Tree parent = path.getParentPath().getLeaf();
        Use use;
        if (member.getKind() == ElementKind.METHOD) {
            use = parent instanceof MethodInvocationTree call && call.getMethodSelect() == node
                    && call.getTypeArguments().isEmpty() ? Use.CALL : null;
        } else if (parent instanceof AssignmentTree assignment && assignment.getVariable() == node) {
            use = Use.ASSIGN;
        } else if (parent instanceof com.sun.source.tree.CompoundAssignmentTree
                || parent instanceof com.sun.source.tree.UnaryTree
                        && parent.getKind() != Tree.Kind.UNARY_MINUS && parent.getKind() != Tree.Kind.UNARY_PLUS
                        && parent.getKind() != Tree.Kind.BITWISE_COMPLEMENT
                        && parent.getKind() != Tree.Kind.LOGICAL_COMPLEMENT) {
            use = null; // f += v, f++: the accessors read or write, not both
        } else {
            use = Use.READ;
        }
        return use != null && hasAccessor(member, use, body) ? use : null;
    }

    /**
     * Whether a local or anonymous class of the body around {@code path} inherits {@code member}: there the member is
     * that class's own, which it reaches as Java does, wherever the class is declared.
     */
    static boolean inheritedInside(TreePath path, Element member, BodyContext body) {
        javax.lang.model.type.TypeMirror declaring = body.types.erasure(member.getEnclosingElement().asType());
        for (TypeElement nested : classesAround(path, body)) {
            if (body.types.isSubtype(body.types.erasure(nested.asType()), declaring)) {
                return true;
            }
        }
        return false;
    }

    /** The local and anonymous classes of the body that {@code path} is inside. */
    private static List<TypeElement> classesAround(TreePath path, BodyContext body) {
        List<TypeElement> classes = new ArrayList<>();
        for (TreePath p = path.getParentPath(); p != null && p.getLeaf() != body.method; p = p.getParentPath()) {
            if (p.getLeaf() instanceof com.sun.source.tree.ClassTree
                    && BodyContext.elementAt(body.trees, p) instanceof TypeElement nested) {
                classes.add(nested);
            }
        }
        return classes;
    }

    private static boolean qualifierIsOwner(TreePath path, MemberSelectTree outerThis, BodyContext body) {
        TreePath thisPath = new TreePath(path, ((MemberSelectTree) path.getLeaf()).getExpression());
        return BodyContext.elementAt(body.trees, new TreePath(thisPath, outerThis.getExpression())) == body.owner;
    }

    /** Whether {@code X_Coroutines}, written in an earlier round, declares the accessor for this use. */
    private static boolean hasAccessor(Element member, Use use, BodyContext body) {
        TypeElement generated = body.elements.getTypeElement(
                CoroutineProcessor.generatedName(body.owner).canonicalName());
        if (generated == null) {
            return false;
        }
        String name = switch (use) {
            case CALL -> callName(member);
            case READ -> getterName(member);
            case ASSIGN -> setterName(member);
        };
        int self = member.getModifiers().contains(Modifier.STATIC) ? 0 : 1;
        for (ExecutableElement accessor : ElementFilter.methodsIn(generated.getEnclosedElements())) {
            if (!accessor.getSimpleName().contentEquals(name)) {
                continue;
            }
            if (!(member instanceof ExecutableElement method)) {
                return true;
            }
            List<? extends VariableElement> parameters = accessor.getParameters();
            if (parameters.size() == method.getParameters().size() + self && sameErasures(
                    parameters.subList(self, parameters.size()), method, body)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameErasures(List<? extends VariableElement> parameters, ExecutableElement method,
            BodyContext body) {
        ExecutableType type = (ExecutableType) body.types.asMemberOf((DeclaredType) body.owner.asType(), method);
        for (int i = 0; i < parameters.size(); i++) {
            if (!body.types.isSameType(body.types.erasure(parameters.get(i).asType()),
                    body.types.erasure(type.getParameterTypes().get(i)))) {
                return false;
            }
        }
        return true;
    }
}
