package kaa.processor;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

/**
 * Local classes of a coroutine body: their instances can live across a {@code yield_}, but a class declared in one
 * state is out of scope in the next. Such a class is declared once, at the top of {@code resume()}, where every state
 * sees it. (Anonymous classes stay where they are written; a {@code var} holding one is a compile error, see
 * {@link Message#VAR_OF_ANONYMOUS_CLASS}.) The variables it captures are fields of the machine, which it reads directly: that equals Java's capture exactly when
 * each captured variable is assigned once per invocation, so a captured variable that a loop declares anew is a
 * compile error. Fields holding such objects have the class's nearest named supertype; reads cast back.
 */
final class LocalClasses {
    /** One class declared at the top of resume(). */
    record Hoisted(TypeElement element, String name, ClassTree declaration) {}

    private final BodyContext body;
    private final Variables variables;
    private final Names names;
    private final Map<Element, Hoisted> hoisted = new LinkedHashMap<>();
    /** The machine's field holding the coroutine's this; null for a static coroutine. */
    private final String selfName;

    LocalClasses(BodyContext body, Variables variables, Names names, String selfName) {
        this.body = body;
        this.variables = variables;
        this.names = names;
        this.selfName = selfName;
    }

    /** Hoists a local class declaration statement. */
    void hoist(ClassTree declaration) {
        TypeElement element = (TypeElement) BodyContext.elementAt(body.trees, body.path(declaration));
        if (!declaration.getTypeParameters().isEmpty()) {
            throw new LoweringError(declaration, Message.UNSUPPORTED, "A generic local class",
                    "Declare it as a static nested class of " + body.owner.getSimpleName() + ".");
        }
        TypeElement innerSuperclass = innerSuperclass(element);
        if (innerSuperclass != null && (selfName == null || hasConstructor(declaration)
                || !body.types.isSubtype(body.types.erasure(body.owner.asType()),
                        body.types.erasure(innerSuperclass.getEnclosingElement().asType())))) {
            throw new LoweringError(declaration, Message.UNSUPPORTED, "A local class that extends the inner class "
                    + innerSuperclass.getSimpleName() + (selfName == null ? "" : " and declares a constructor"
                    + " or has another outer instance than this"), "Declare it as an inner class of "
                    + body.owner.getSimpleName() + ", next to the coroutine.");
        }
        String name = names.newName(element.getSimpleName().toString());
        if (!name.contentEquals(element.getSimpleName())) {
            throw new LoweringError(declaration, Message.UNSUPPORTED, "A second local class named "
                    + element.getSimpleName(), "Give each local class of the coroutine its own name.");
        }
        forceCaptures(declaration);
        hoisted.put(element, new Hoisted(element, name, declaration));
    }

    /** The inner (non-static member) class that {@code local} extends, or null. */
    private static TypeElement innerSuperclass(TypeElement local) {
        if (local.getSuperclass() instanceof DeclaredType superclass
                && superclass.asElement() instanceof TypeElement superElement
                && superElement.getNestingKind() == javax.lang.model.element.NestingKind.MEMBER
                && !superElement.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                && superElement.getKind() == javax.lang.model.element.ElementKind.CLASS) {
            return superElement;
        }
        return null;
    }

    /** Whether the class declares a constructor in its source (javac's default one has no position). */
    private boolean hasConstructor(ClassTree declaration) {
        for (Tree member : declaration.getMembers()) {
            if (member instanceof com.sun.source.tree.MethodTree method && method.getName().contentEquals("<init>")
                    && body.start(member) >= 0 && body.end(member) > body.start(member)) {
                return true;
            }
        }
        return false;
    }

    /** The hoisted class for a type element, or null. */
    Hoisted get(Element element) {
        return hoisted.get(element);
    }

    /**
     * The hoisted class a value of {@code type} belongs to (reads of fields holding it cast to it), or null. For a
     * member class of a hoisted class, its name in resume(): {@code Local.Member}.
     */
    Hoisted forType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        Element element = ((DeclaredType) type).asElement();
        String name = "";
        for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
            Hoisted local = hoisted.get(e);
            if (local != null) {
                return e == element ? local : new Hoisted((TypeElement) element, local.name() + name, null);
            }
            name = "." + e.getSimpleName() + name;
        }
        return null;
    }

    /** Every variable the class body reads from the coroutine body becomes a field; none may be redeclared. */
    private void forceCaptures(Tree classBody) {
        int classStart = body.start(classBody);
        int classEnd = body.end(classBody);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element element = BodyContext.elementAt(body.trees, getCurrentPath());
                if (Variables.isLocal(element)) {
                    TreePath declaration = declarationOf(element);
                    int at = declaration == null ? -1 : body.start(declaration.getLeaf());
                    if (at < classStart || at >= classEnd) {
                        if (declaration != null && insideLoop(declaration)) {
                            throw new LoweringError(node, Message.UNSUPPORTED, "A local or anonymous class"
                                    + " that lives across yield_() and captures '" + element.getSimpleName()
                                    + "', which a loop declares anew,", "Pass the value to a constructor instead.");
                        }
                        Variables.Var captured = variables.get(element);
                        captured.forced = true;
                        captured.capturedByLocalClass = true;
                    }
                }
                return null;
            }
        }.scan(body.path(classBody), null);
    }

    private TreePath declarationOf(Element local) {
        TreePath[] found = new TreePath[1];
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(com.sun.source.tree.VariableTree node, Void unused) {
                if (BodyContext.elementAt(body.trees, getCurrentPath()) == local) {
                    found[0] = getCurrentPath();
                }
                return super.visitVariable(node, unused);
            }
        }.scan(body.methodPath, null);
        return found[0];
    }

    /**
     * Whether the declaration at {@code path} runs once per iteration of a loop: in its body, condition or update,
     * or as a for-each's variable; not in a for-each's expression or a for's initializer, which run once per loop
     * (fuzzer, seed 20261218: a class declared in a switch arm of a for-each's array).
     */
    private boolean insideLoop(TreePath path) {
        Tree child = path.getLeaf();
        for (TreePath p = path.getParentPath(); p != null && p.getLeaf() != body.method;
                child = p.getLeaf(), p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            boolean oncePerLoop = leaf instanceof com.sun.source.tree.EnhancedForLoopTree forEach
                    ? forEach.getExpression() == child
                    : leaf instanceof com.sun.source.tree.ForLoopTree loop && loop.getInitializer().contains(child);
            switch (leaf.getKind()) {
                case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, ENHANCED_FOR_LOOP -> {
                    if (!oncePerLoop) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The declarations for the top of resume(). */
    CodeBlock declarations(SourceRewriter rewriter) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Hoisted h : hoisted.values()) {
            code.add("$L", declaration(h, rewriter));
        }
        return code.build();
    }

    private CodeBlock declaration(Hoisted h, SourceRewriter rewriter) {
        TypeElement element = h.element();
        if (element.getKind() != javax.lang.model.element.ElementKind.CLASS) {
            // A local record, enum or interface is implicitly static: it captures nothing, so it moves as written.
            return CodeBlock.of("$L\n", rewriter.render(h.declaration()));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        if (element.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
            code.add("abstract ");
        }
        code.add("class $N", h.name());
        TypeMirror superclass = element.getSuperclass();
        if (superclass.getKind() == TypeKind.DECLARED && !TypeNames.isLocal(superclass)
                && !TypeName.get(superclass).equals(ClassName.OBJECT)) {
            code.add(" extends $T", TypeNames.of(superclass));
        } else if (forType(superclass) != null) {
            code.add(" extends $N", forType(superclass).name()); // another local class of the body, hoisted too
        }
        for (int i = 0; i < element.getInterfaces().size(); i++) {
            TypeMirror implemented = element.getInterfaces().get(i);
            code.add(i == 0 ? " implements " : ", ");
            code.add(forType(implemented) != null ? CodeBlock.of("$N", forType(implemented).name())
                    : CodeBlock.of("$T", TypeNames.of(implemented)));
        }
        code.add(" {\n").indent();
        if (innerSuperclass(element) != null) {
            // Its superclass's outer instance was the coroutine's this; resume() is the machine's, so say which.
            code.add("$N() {\n$>$N.super();\n$<}\n", h.name(), selfName);
        }
        for (Tree member : h.declaration().getMembers()) {
            if (body.start(member) >= 0 && body.end(member) > body.start(member)) {
                code.add("$L\n", rewriter.renderMember(member, element));
            }
        }
        return code.unindent().add("}\n").build();
    }
}
