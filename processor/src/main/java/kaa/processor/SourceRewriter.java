package kaa.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;

/**
 * Copies source text of the body into generated code, with splices: local variables get their unique (possibly
 * field) names, unqualified members of the enclosing class are qualified with {@code self} or their class,
 * {@code this} becomes {@code self}, type names become JavaPoet {@code $T} (so the generated file's imports never depend
 * on the user's), and trees the lowering replaced (spilled sub-expressions, jumps, returns) take their replacement.
 * Nothing is re-printed from trees, so every expression form survives as written.
 */
final class SourceRewriter {
    private final BodyContext body;
    private final Variables variables;
    private final Map<Tree, Supplier<CodeBlock>> replacements;
    private final String selfName;
    private final Names names;
    private boolean uncheckedCasts;
    /**
     * The machine's static field holding the user's class's assertion status, once an {@code assert} of the body
     * needs it; null until then.
     */
    private String assertionsField;
    /** Type variables naming the intersections inside the types of fields that reads cast back. */
    final IntersectionVariables intersections;
    /** The local each hoisted pattern binding is first bound to (see {@code boundToField}). */
    private final java.util.Map<Variables.Var, String> boundNames = new java.util.HashMap<>();
    /** Final copies of hoisted variables that lambdas and local classes in the part being rendered read. */
    private final List<CodeBlock> captureCopies = new ArrayList<>();
    private final Map<Variables.Var, String> copyNames = new java.util.HashMap<>();

    private final LocalClasses localClasses;
    /** Rendering a member of a class hoisted to the top of resume(): captured variables are read as fields. */
    private boolean renderingHoisted;
    /** The class whose member is being rendered, for {@link #renderMember}. */
    private TypeElement hoistedOwner;

    SourceRewriter(BodyContext body, Variables variables, Map<Tree, Supplier<CodeBlock>> replacements,
            String selfName, Names names, LocalClasses localClasses) {
        this.localClasses = localClasses;
        this.body = body;
        this.variables = variables;
        this.replacements = replacements;
        this.selfName = selfName;
        this.names = names;
        this.intersections = new IntersectionVariables(body.types, names);
    }

    /**
     * The final copies of hoisted variables needed by the lambdas and local classes rendered since the last call:
     * the caller declares them before the statement that creates them (docs/lowering.md, "Lambdas").
     */
    CodeBlock takeCaptureCopies() {
        CodeBlock.Builder result = CodeBlock.builder();
        captureCopies.forEach(result::add);
        captureCopies.clear();
        copyNames.clear();
        return result.build();
    }

    /** A member of a class declared at the top of resume() (see {@link LocalClasses}). */
    CodeBlock renderMember(Tree member, TypeElement owner) {
        renderingHoisted = true;
        hoistedOwner = owner;
        try {
            return render(member);
        } finally {
            renderingHoisted = false;
            hoistedOwner = null;
        }
    }

    /**
     * A statement that is the body of an {@code if} branch copied as written: rewritten like {@link #render}, and
     * replaced itself when it is a jump the lowering translates ({@code if (c) break;} is no block, so the
     * translation, several statements, gets braces).
     */
    CodeBlock renderBranch(Tree statement) {
        Supplier<CodeBlock> replacement = replacements.get(statement);
        return replacement == null ? render(statement) : CodeBlock.of("{\n$>$L$<}", replacement.get());
    }

    /** The source of {@code tree} rewritten; replacements apply to the trees inside it, not to itself. */
    CodeBlock render(Tree tree) {
        List<Splice> splices = new ArrayList<>();
        new Collector(splices, tree).scan(body.path(tree), null);
        splices.sort(Comparator.comparingInt(Splice::start));
        int from = body.start(tree);
        int to = body.end(tree);
        int baseIndent = indentOfLine(from);
        Pattern indentation = Pattern.compile("\n[ \t]{0," + baseIndent + "}");
        NavigableMap<Integer, Long> lineStarts = statementLines(tree);
        CodeBlock.Builder out = CodeBlock.builder();
        for (Splice splice : splices) {
            if (splice.start < from) {
                continue;
            }
            text(out, from, splice.start, indentation, lineStarts.subMap(from, true, splice.start, true));
            // A multi-line replacement continues at the indentation its first line has in the copied text.
            int levels = Math.max(0, indentOfLine(splice.start) - baseIndent) / 4;
            for (int i = 0; i < levels; i++) {
                out.indent();
            }
            CodeBlock code = splice.code.get();
            out.add(code);
            for (int i = 0; i < levels; i++) {
                out.unindent();
            }
            from = splice.end;
            if (code.toString().endsWith("\n")) {
                from = skipLineEnd(from, to, baseIndent);
            }
        }
        text(out, from, to, indentation, lineStarts.subMap(from, true, to, false));
        return out.build();
    }

    /**
     * Where the statements inside {@code tree} that begin a line of their own start, with that line: the copy marks
     * each ({@link LineTable#marker}), so a statement inside a copied {@code if} or loop body runs under its own line
     * in traces, slow-step reports and a debugger, not the header's (usertest round 13).
     */
    private NavigableMap<Integer, Long> statementLines(Tree tree) {
        NavigableMap<Integer, Long> starts = new TreeMap<>();
        long treeLine = body.line(tree);
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree nested, Void unused) {
                if (nested instanceof StatementTree && !(nested instanceof BlockTree) && nested != tree
                        && body.start(nested) >= 0) {
                    long line = body.line(nested);
                    if (line != treeLine) {
                        starts.putIfAbsent(body.start(nested), line);
                    }
                }
                return super.scan(nested, unused);
            }
        }.scan(tree, null);
        return starts;
    }

    /**
     * After code that ended its own line: the rest of the source line if it is blank, with the newline and the next
     * line's copied-tree indentation.
     */
    private int skipLineEnd(int from, int to, int baseIndent) {
        int at = from;
        while (at < to && (body.source.charAt(at) == ' ' || body.source.charAt(at) == '\t')) {
            at++;
        }
        if (at >= to || body.source.charAt(at) != '\n') {
            return from;
        }
        at++;
        for (int skipped = 0; skipped < baseIndent && at < to && body.source.charAt(at) == ' '; skipped++) {
            at++;
        }
        return at;
    }

    /**
     * The width of the leading whitespace of the source line holding {@code position}: removed from a copied tree's
     * following lines, since JavaPoet indents the generated code anew.
     */
    private int indentOfLine(int position) {
        int lineStart = position;
        while (lineStart > 0 && body.source.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int indent = 0;
        while (lineStart + indent < position && Character.isWhitespace(body.source.charAt(lineStart + indent))) {
            indent += body.source.charAt(lineStart + indent) == '\t' ? 4 : 1;
        }
        return indent;
    }

    /**
     * The source in [from, to), re-indented, with the markers of {@code lineStarts}, the statement lines that start in
     * it (or at {@code to}, where a splice begins: {@code System.out.println(...)} starts with a replaced name).
     */
    private void text(CodeBlock.Builder out, int from, int to, Pattern indentation,
            NavigableMap<Integer, Long> lineStarts) {
        int at = from;
        for (Map.Entry<Integer, Long> start : lineStarts.entrySet()) {
            text(out, at, start.getKey(), indentation);
            out.add("$L", LineTable.marker(Math.toIntExact(start.getValue())));
            at = start.getKey();
        }
        text(out, at, to, indentation);
    }

    private void text(CodeBlock.Builder out, int from, int to, Pattern indentation) {
        if (to > from) {
            String text = indentation.matcher(body.source.subSequence(from, to)).replaceAll("\n");
            out.add("$L", text);
        }
    }

    /** A piece of source, [start, end), replaced by code. */
    private record Splice(int start, int end, Supplier<CodeBlock> code) {}

    private String boundName(Variables.Var var) {
        return boundNames.computeIfAbsent(var, v -> names.newName(v.name + "Bound"));
    }

    /**
     * Stores a matched binding into its field, as an expression that is always true: {@code (s = sBound) != null}
     * (a matched reference is never null), {@code ((y = yBound) == yBound | true)} for a primitive component of a
     * record pattern (NaN is not equal to itself).
     */
    private CodeBlock store(Variables.Var var) {
        String local = boundName(var);
        return var.type.getKind().isPrimitive() ? CodeBlock.of("(($N = $N) == $N | true)", var.name, local, local)
                : CodeBlock.of("($N = $N) != null", var.name, local);
    }

    /**
     * The stores of the hoisted bindings that {@code pattern} (a case label's) declares, each as {@code " && store"},
     * for the lowered pattern switch to append after its {@code instanceof}.
     */
    CodeBlock bindingStores(Tree pattern) {
        CodeBlock.Builder stores = CodeBlock.builder();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element element = body.elementOf(node);
                if (Variables.isLocal(element) && variables.get(element).hoisted()) {
                    stores.add(" && $L", store(variables.get(element)));
                }
                return super.visitVariable(node, unused);
            }
        }.scan(body.path(pattern), null);
        return stores.build();
    }

    private final class Collector extends TreePathScanner<Void, Void> {
        private final List<Splice> splices;
        private int nestedClassDepth;
        private int lambdaDepth;
        /** The classes (local, anonymous) the scanner is inside, innermost last. */
        private final List<TypeElement> nestedClasses = new ArrayList<>();
        /**
         * The pattern bindings declared in the code being rendered: a hoisted one is written with its bound local
         * ({@link #boundName}), which is in scope wherever the binding was within that code.
         */
        private final java.util.Set<Element> bindingsDeclaredHere = new java.util.HashSet<>();

        /** The tree being rendered: an assignment to a protected field is rewritten only when all of it is. */
        private final Tree rendered;

        Collector(List<Splice> splices, Tree rendered) {
            this.splices = splices;
            this.rendered = rendered;
            if (hoistedOwner != null) {
                nestedClasses.add(hoistedOwner);
                nestedClassDepth = 1;
            }
        }

        private void splice(Tree tree, Supplier<CodeBlock> code) {
            int start = body.start(tree);
            // An identifier is its name; javac's end position of one used as a resource (try (r; ...)) covers the ';'.
            int end = tree instanceof IdentifierTree ? start + ((IdentifierTree) tree).getName().length()
                    : body.end(tree);
            // javac synthesizes trees without source (the inferred type of an implicit lambda parameter on JDK 21+).
            if (start >= 0 && end > start) {
                splices.add(new Splice(start, end, code));
            }
        }

        @Override
        public Void scan(Tree tree, Void unused) {
            Supplier<CodeBlock> replacement = tree == null ? null : replacements.get(tree);
            if (replacement != null) {
                boolean needsBlock = tree instanceof StatementTree && !(getCurrentPath().getLeaf() instanceof BlockTree
                        || getCurrentPath().getLeaf() instanceof CaseTree);
                splice(tree, needsBlock ? () -> CodeBlock.of("{\n$>$L$<}", replacement.get()) : replacement);
                return null;
            }
            return super.scan(tree, unused);
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            nestedClassDepth++;
            nestedClasses.add((TypeElement) BodyContext.elementAt(body.trees, getCurrentPath()));
            try {
                return super.visitClass(node, unused);
            } finally {
                nestedClassDepth--;
                nestedClasses.remove(nestedClasses.size() - 1);
            }
        }

        /**
         * An annotation: its type, and the values of its arguments. Not the argument names: javac turns
         * {@code @SuppressWarnings("unchecked")} into {@code value = "unchecked"}, where {@code value} has no source
         * of its own and names a method of the annotation, not a member of the class.
         */
        @Override
        public Void visitAnnotation(com.sun.source.tree.AnnotationTree node, Void unused) {
            TreePath annotation = getCurrentPath();
            List<TreePath> parts = new ArrayList<>();
            parts.add(new TreePath(annotation, node.getAnnotationType()));
            for (Tree argument : node.getArguments()) {
                TreePath argumentPath = new TreePath(annotation, argument);
                parts.add(argument instanceof com.sun.source.tree.AssignmentTree assignment
                        ? new TreePath(argumentPath, assignment.getExpression()) : argumentPath);
            }
            for (TreePath part : parts) {
                scan(part, null); // resets the scanner's path when done: the caller's scan restores it
            }
            return null;
        }

        /**
         * {@code new Inner()} of an inner (non-static) member class of the coroutine's class: its outer instance was
         * {@code this}, so in the machine it is {@code self.new Inner()}.
         */
        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            Tree named = node.getIdentifier() instanceof com.sun.source.tree.ParameterizedTypeTree parameterized
                    ? parameterized.getType() : node.getIdentifier();
            Element created = BodyContext.elementAt(body.trees, new TreePath(getCurrentPath(), node.getIdentifier()));
            if (created == null && named != node.getIdentifier()) {
                created = BodyContext.elementAt(body.trees, new TreePath(new TreePath(getCurrentPath(),
                        node.getIdentifier()), named));
            }
            if (node.getEnclosingExpression() != null) {
                // 'outer.new Inner(...)': the name is Inner's simple name, resolved in the type of 'outer', so it is
                // written as it is (qualified, 'self.new Main.Inner(...)' is no Java)
                scan(node.getEnclosingExpression(), null);
                return scanAllButTheName(node, named);
            }
            // 'new Inner(...)' of an inner member class, whose enclosing instance is the user's object: also in a
            // local or anonymous class of the body (which the machine declares, so 'this' there is no user object),
            // unless that class is itself a subclass that gives the enclosing instance
            if (selfName != null && created instanceof TypeElement type && type.getNestingKind() == NestingKind.MEMBER
                    && !type.getModifiers().contains(Modifier.STATIC) && type.getKind() == ElementKind.CLASS
                    && (nestedClassDepth == 0 || !inheritedByNestedClass(type))
                    && body.start(node) >= 0 && body.end(named) > body.start(node)) {
                ClassName name = ClassName.get(type);
                splices.add(new Splice(body.start(node), body.end(named),
                        () -> CodeBlock.of("$N.new $L", selfName, name.simpleName())));
                return scanAllButTheName(node, named);
            }
            return super.visitNewClass(node, unused);
        }

        /** Scans what {@code node} has besides its enclosing expression and the class name {@code named}. */
        private Void scanAllButTheName(NewClassTree node, Tree named) {
            for (Tree argument : node.getTypeArguments()) {
                scan(argument, null);
            }
            if (named != node.getIdentifier()) {
                for (Tree argument : ((com.sun.source.tree.ParameterizedTypeTree) node.getIdentifier())
                        .getTypeArguments()) {
                    scan(argument, null);
                }
            }
            scan(node.getArguments(), null);
            scan(node.getClassBody(), null);
            return null;
        }

        private static boolean isConstructor(Tree member) {
            return member instanceof com.sun.source.tree.MethodTree method
                    && method.getName().contentEquals("<init>");
        }

        @Override
        public Void visitMethod(com.sun.source.tree.MethodTree node, Void unused) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            if (isConstructor(node) && parent instanceof ClassTree
                    && getCurrentPath().getParentPath().getParentPath().getLeaf() instanceof NewClassTree) {
                return null; // an anonymous class declares no constructor: javac adds one, without source
            }
            return super.visitMethod(node, unused);
        }

        /** An enum constant: a field of an enum whose modifiers and type javac made up (they have no source). */
        private boolean isEnumConstant(VariableTree node) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            return parent.getKind() == Tree.Kind.ENUM
                    && node.getModifiers().getFlags().contains(Modifier.STATIC)
                    && body.start(node.getModifiers()) < 0;
        }

        /**
         * The parameterized type whose member {@code type} is, when {@code type} is an inner class of a generic class
         * named here as a type ({@code Node} in {@code Main<K>} is {@code Main<K>.Node}: qualified by the raw
         * {@code Main}, its members would lose their types); null otherwise.
         */
        private TypeName enclosingInstanceType(TypeElement type) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            if (type.getNestingKind() != NestingKind.MEMBER || type.getModifiers().contains(Modifier.STATIC)
                    || parent instanceof MemberSelectTree select && select.getExpression() == getCurrentPath().getLeaf()
                    || !(body.trees.getTypeMirror(getCurrentPath()) instanceof javax.lang.model.type.DeclaredType d)
                    || !(d.getEnclosingType() instanceof javax.lang.model.type.DeclaredType enclosing)
                    || enclosing.getTypeArguments().isEmpty() && !(enclosing.getEnclosingType()
                            instanceof javax.lang.model.type.DeclaredType)) {
                return null;
            }
            return TypeNames.of(enclosing);
        }

        /** A constant value as a constant expression of its type. */
        private static CodeBlock literal(Object value) {
            if (value instanceof String text) {
                return CodeBlock.of("$S", text);
            }
            if (value instanceof Character c) {
                return c >= ' ' && c < 0x7f && c != '\'' && c != '\\' ? CodeBlock.of("'$L'", c)
                        : CodeBlock.of("(char) $L", (int) c);
            }
            if (value instanceof Float f) {
                return f.isNaN() ? CodeBlock.of("$T.NaN", Float.class) : f.isInfinite()
                        ? CodeBlock.of("$T.$L", Float.class, f > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
                        : CodeBlock.of("($LF)", Float.toString(f));
            }
            if (value instanceof Double d) {
                return d.isNaN() ? CodeBlock.of("$T.NaN", Double.class) : d.isInfinite()
                        ? CodeBlock.of("$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
                        : CodeBlock.of("($LD)", Double.toString(d));
            }
            if (value instanceof Long l) {
                return CodeBlock.of("($LL)", l);
            }
            if (value instanceof Short || value instanceof Byte) {
                return CodeBlock.of("(($L) $L)", value instanceof Short ? "short" : "byte", value);
            }
            return CodeBlock.of("($L)", value); // int, boolean
        }

        /** Whether a class the scanner is inside has {@code member} itself (then it needs no qualifier). */
        private boolean inheritedByNestedClass(Element member) {
            for (TypeElement nested : nestedClasses) {
                if (nested != null && body.types.isSubtype(body.types.erasure(nested.asType()),
                        body.types.erasure(member.getEnclosingElement().asType()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code assert c : d;} as {@code if (ASSERTIONS && !(c)) throw new AssertionError(d);}: javac would enable a
         * machine's asserts by the generated class's assertion status, so {@code -ea:Owner} (the user's class)
         * would not reach them (usertest finding 13).
         */
        @Override
        public Void visitAssert(com.sun.source.tree.AssertTree node, Void unused) {
            int start = body.start(node);
            int end = body.end(node);
            Tree condition = node.getCondition();
            Tree detail = node.getDetail();
            if (start >= 0 && end > start && body.start(condition) > start) {
                String field = assertionsField();
                splices.add(new Splice(start, body.start(condition),
                        () -> CodeBlock.of("if ($N && !(", field)));
                if (detail == null) {
                    splices.add(new Splice(body.end(condition), end,
                            () -> CodeBlock.of(")) throw new $T();", AssertionError.class)));
                } else {
                    splices.add(new Splice(body.end(condition), body.start(detail),
                            () -> CodeBlock.of(")) throw new $T(", AssertionError.class)));
                    splices.add(new Splice(body.end(detail), end, () -> CodeBlock.of(");")));
                }
            }
            return super.visitAssert(node, unused);
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
            lambdaDepth++;
            try {
                return super.visitLambdaExpression(node, unused);
            } finally {
                lambdaDepth--;
            }
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
            Element element = BodyContext.elementAt(body.trees, getCurrentPath());
            if (isEnumConstant(node)) {
                // javac gives an enum constant a type and a 'new' that span the constant's own name: only its
                // arguments and body are source.
                if (node.getInitializer() instanceof com.sun.source.tree.NewClassTree creation) {
                    TreePath init = new TreePath(getCurrentPath(), creation);
                    for (Tree argument : creation.getArguments()) {
                        scan(new TreePath(init, argument), null);
                    }
                    ClassTree constantBody = creation.getClassBody();
                    if (constantBody != null) {
                        // Its members only: after attribution the body 'extends' the same synthetic name.
                        TreePath bodyPath = new TreePath(init, constantBody);
                        nestedClassDepth++;
                        nestedClasses.add((TypeElement) BodyContext.elementAt(body.trees, bodyPath));
                        try {
                            for (Tree member : constantBody.getMembers()) {
                                if (!isConstructor(member)) { // an anonymous class's constructor is javac's own
                                    scan(new TreePath(bodyPath, member), null);
                                }
                            }
                        } finally {
                            nestedClassDepth--;
                            nestedClasses.remove(nestedClasses.size() - 1);
                        }
                    }
                }
                return null;
            }
            if (Variables.isLocal(element)) {
                Variables.Var var = variables.get(element);
                boolean binding = getCurrentPath().getParentPath().getLeaf().getKind() == Tree.Kind.BINDING_PATTERN;
                if (binding) {
                    bindingsDeclaredHere.add(element);
                }
                if (!var.unnamed() && (binding || !var.name.contentEquals(node.getName()))) {
                    int searchFrom = body.hasWrittenType(node) ? body.end(node.getType()) : body.start(node);
                    int searchTo = node.getInitializer() != null ? body.start(node.getInitializer()) : body.end(node);
                    Matcher m = Pattern.compile("\\b" + Pattern.quote(node.getName().toString()) + "\\b")
                            .matcher(body.source.subSequence(0, Math.max(searchTo, searchFrom)));
                    Tree instanceOf = binding ? enclosingInstanceOf(getCurrentPath()) : null;
                    // A binding of a case label's pattern: the lowered switch appends the stores (bindingStores).
                    boolean nested = binding && (instanceOf == null
                            || getCurrentPath().getParentPath().getParentPath().getLeaf() != instanceOf);
                    if (m.find(Math.max(0, searchFrom))) {
                        int at = m.start();
                        splices.add(new Splice(at, at + node.getName().length(), () -> !binding || !var.hoisted()
                                ? CodeBlock.of("$N", var.name)
                                : nested ? CodeBlock.of("$N", boundName(var)) : boundToField(var)));
                    }
                    if (nested && instanceOf != null) {
                        // A binding inside a record pattern: the store follows the whole instanceof, which may not
                        // have an && inside its parentheses.
                        int end = body.end(instanceOf);
                        splices.add(new Splice(end, end, () -> var.hoisted() ? CodeBlock.of(" && $L", store(var))
                                : CodeBlock.of("")));
                    }
                }
            }
            // What TreeScanner visits, less a type that is not written (var, an implicit lambda parameter's).
            scan(node.getModifiers(), null);
            if (body.hasWrittenType(node)) {
                scan(node.getType(), null);
            }
            scan(node.getNameExpression(), null);
            return scan(node.getInitializer(), null);
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            Element element = BodyContext.elementAt(body.trees, getCurrentPath());
            if (element == null) {
                return null;
            }
            String name = node.getName().toString();
            if (name.equals("this")) {
                if (nestedClassDepth == 0) {
                    splice(node, () -> CodeBlock.of("$N", selfName));
                }
            } else if (Variables.isLocal(element) && element instanceof javax.lang.model.element.VariableElement local
                    && local.getConstantValue() != null) {
                // A constant variable (a final local with a constant initializer) is its value, as javac compiles it:
                // a field would not be constant (case labels, narrowing, string interning; usertest round 10)
                CodeBlock value = literal(local.getConstantValue());
                splice(node, () -> value);
            } else if (Variables.isLocal(element)) {
                Variables.Var var = variables.get(element);
                boolean captured = !renderingHoisted && (nestedClassDepth > 0 || lambdaDepth > 0)
                        && !declaredInsideNested(element);
                boolean assigned = isAssignmentTarget(getCurrentPath());
                boolean readForItsType = !assigned && !isInstanceofOperand(getCurrentPath());
                // A lambda or class in the statement that matched the binding reads its bound local: a copy made before
                // the statement would hold the field's value from before the match (fuzzer, seed 20261217).
                boolean boundHere = bindingsDeclaredHere.contains(element);
                splice(node, () -> {
                    if (captured && var.hoisted()) {
                        return CodeBlock.of("$N", boundHere ? boundName(var) : copyOf(var));
                    }
                    boolean castNeeded = localClasses.forType(var.type) != null || mentionsHoistedType(var.type)
                            ? !assigned : readForItsType;
                    CodeBlock field = CodeBlock.of("$N", var.name);
                    return var.hoisted() && castNeeded ? castBack(var.type, field) : field;
                });
            } else if (localClasses.get(element) != null) {
                splice(node, () -> CodeBlock.of("$N", localClasses.get(element).name()));
            } else if (isType(element)) {
                TypeName enclosing = enclosingInstanceType((TypeElement) element);
                ClassName type = ClassName.get((TypeElement) element);
                splice(node, () -> enclosing != null ? CodeBlock.of("$T.$L", enclosing, type.simpleName())
                        : CodeBlock.of("$T", type));
            } else if (isLast(element)) {
                return null; // the machine's own last(): see MachineWriter
            } else if (isStaticCoroutine(element)) {
                ClassName generated = CoroutineProcessor.generatedName((TypeElement) element.getEnclosingElement());
                splice(node, () -> CodeBlock.of("$T.$L", generated, name));
            } else if (spliceProtected(node, element)) {
                return null;
            } else if (isMember(element) && (!BodyContext.isCaseLabel(getCurrentPath())
                    || element.getKind() != ElementKind.ENUM_CONSTANT)) {
                // A constant as a case label may be qualified (case Owner.LIMIT:), an enum constant may not.
                if (element.getModifiers().contains(Modifier.STATIC)) {
                    TypeName ownerType = ClassName.get((TypeElement) element.getEnclosingElement());
                    splice(node, () -> CodeBlock.of("$T.$L", ownerType, name));
                } else if (!inheritedByNestedClass(element)) {
                    splice(node, () -> CodeBlock.of("$N.$L", selfName, name));
                }
            }
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            Element element = BodyContext.elementAt(body.trees, getCurrentPath());
            if (element != null && isType(element)) {
                ClassName type = ClassName.get((TypeElement) element);
                splice(node, () -> CodeBlock.of("$T", type));
                return null;
            }
            if (element != null && isLast(element)) {
                splice(node, () -> CodeBlock.of("last"));
                return null;
            }
            if (element != null && isStaticCoroutine(element)) {
                ClassName generated = CoroutineProcessor.generatedName((TypeElement) element.getEnclosingElement());
                splice(node, () -> CodeBlock.of("$T.$L", generated, node.getIdentifier()));
                return null;
            }
            if (element != null && spliceProtected(node, element)) {
                return null;
            }
            // 'Owner.this' is the coroutine's this, also inside an anonymous or local class of the body, which now
            // sits in the machine: a static nested class of another top-level class.
            if (node.getIdentifier().contentEquals("this") && (nestedClassDepth == 0 || BodyContext.elementAt(
                    body.trees, new TreePath(getCurrentPath(), node.getExpression())) == body.owner)) {
                splice(node, () -> CodeBlock.of("$N", selfName));
                return null;
            }
            if (element != null && element.getKind() == ElementKind.PACKAGE) {
                return null;
            }
            return super.visitMemberSelect(node, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree node, Void unused) {
            Element element = BodyContext.elementAt(body.trees, getCurrentPath());
            if (element != null && isStaticCoroutine(element)) {
                // Owner::m reaches the generated code as a call does (usertest round 4, finding 05).
                ClassName generated = CoroutineProcessor.generatedName((TypeElement) element.getEnclosingElement());
                splice(node.getQualifierExpression(), () -> CodeBlock.of("$T", generated));
                scan(node.getTypeArguments(), unused);
                return null;
            }
            if (selfName != null && node.getMode() == MemberReferenceTree.ReferenceMode.NEW
                    && element instanceof ExecutableElement constructor && !constructor.isVarArgs()
                    && constructor.getEnclosingElement() instanceof TypeElement type
                    && type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                    && (nestedClassDepth == 0 || !inheritedByNestedClass(type))
                    && node.getTypeArguments() == null) {
                // Inner::new needs the user's object as the enclosing instance, which the machine is not: a lambda
                List<String> parameters = new ArrayList<>();
                for (int i = 0; i < constructor.getParameters().size(); i++) {
                    parameters.add(names.newName("argument"));
                }
                boolean generic = !type.getTypeParameters().isEmpty()
                        && !(node.getQualifierExpression() instanceof com.sun.source.tree.ParameterizedTypeTree);
                Tree qualifier = node.getQualifierExpression();
                Tree simple = qualifier instanceof com.sun.source.tree.ParameterizedTypeTree parameterized
                        ? parameterized.getType() : qualifier;
                int typeArguments = simple == qualifier ? -1 : body.end(simple);
                splices.add(new Splice(body.start(node), body.end(node), () -> CodeBlock.of("($L) -> $N.new $L$L$L($L)",
                        String.join(", ", parameters), selfName, type.getSimpleName(),
                        typeArguments < 0 ? "" : body.source.subSequence(typeArguments, body.end(qualifier)),
                        generic ? "<>" : "", String.join(", ", parameters))));
                return null;
            }
            return super.visitMemberReference(node, unused);
        }

        /**
         * A protected member of a class in another package, used through an accessor of {@code X_Coroutines}
         * ({@link ProtectedAccess}): {@code m(a)} becomes {@code X_Coroutines.kaa$m(self, a)}, a read of {@code f}
         * {@code X_Coroutines.kaa$get$f(self)}, {@code f = v} {@code X_Coroutines.kaa$set$f(self, v)}. False when
         * {@code member} is no such member (or the use is not one an accessor does: the validator reported it).
         */
        private boolean spliceProtected(Tree named, Element member) {
            if (!ProtectedAccess.isProtectedElsewhere(member, body.owner, body.elements)
                    || ProtectedAccess.inheritedInside(getCurrentPath(), member, body)) {
                return false;
            }
            ProtectedAccess.Use use = ProtectedAccess.use(getCurrentPath(), member, body);
            if (use == null) {
                return false;
            }
            ClassName generated = CoroutineProcessor.generatedName(body.owner);
            boolean isStatic = member.getModifiers().contains(Modifier.STATIC);
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            int namedEnd = named instanceof IdentifierTree id ? body.start(named) + id.getName().length()
                    : body.end(named);
            switch (use) {
                case CALL -> {
                    splice(named, () -> CodeBlock.of("$T.$N", generated, ProtectedAccess.callName(member)));
                    if (!isStatic) {
                        var call = (com.sun.source.tree.MethodInvocationTree) parent;
                        boolean noArguments = call.getArguments().isEmpty();
                        int to = noArguments ? body.end(call) : body.start(call.getArguments().get(0));
                        splices.add(new Splice(namedEnd, to, () -> CodeBlock.of(noArguments ? "($N)" : "($N, ",
                                selfName)));
                    }
                }
                case READ -> splice(named, () -> isStatic
                        ? CodeBlock.of("$T.$N()", generated, ProtectedAccess.getterName(member))
                        : CodeBlock.of("$T.$N($N)", generated, ProtectedAccess.getterName(member), selfName));
                case ASSIGN -> {
                    // The spiller writes an assignment whose value suspends itself (protectedSetter); here the
                    // assignment is copied whole.
                    var assignment = (com.sun.source.tree.AssignmentTree) parent;
                    if (body.start(assignment) < body.start(rendered) || body.end(assignment) > body.end(rendered)) {
                        return false;
                    }
                    int end = body.end(assignment);
                    CodeBlock setter = setterCall(member);
                    splices.add(new Splice(body.start(assignment), body.start(assignment.getExpression()),
                            () -> setter));
                    splices.add(new Splice(end, end, () -> CodeBlock.of(")")));
                }
            }
            return true;
        }

        private boolean declaredInsideNested(Element local) {
            TreePath declaration = body.trees.getPath(local);
            if (declaration == null) {
                Tree decl = findDeclaration(local);
                return decl != null && isInsideCurrentNested(decl);
            }
            return isInsideCurrentNested(declaration.getLeaf());
        }

        private Tree findDeclaration(Element local) {
            Tree[] found = new Tree[1];
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree node, Void unused) {
                    if (BodyContext.elementAt(body.trees, getCurrentPath()) == local) {
                        found[0] = node;
                    }
                    return super.visitVariable(node, unused);
                }
            }.scan(body.methodPath, null);
            return found[0];
        }

        /**
         * A pattern binding whose variable lives across a suspension: the pattern declares a local of its own, and a
         * successful match stores it into the field ({@code o instanceof String s} becomes
         * {@code o instanceof String sBound && (s = sBound) != null}; a matched value is never null, so the added
         * test is always true and the field is set exactly when the pattern matched).
         */
        private CodeBlock boundToField(Variables.Var var) {
            return CodeBlock.of("$N && $L", boundName(var), store(var));
        }

        /** The instanceof whose pattern declares the binding at {@code path}, or null (a case label's pattern). */
        private Tree enclosingInstanceOf(TreePath path) {
            for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
                Tree leaf = p.getLeaf();
                if (leaf instanceof com.sun.source.tree.InstanceOfTree) {
                    return leaf;
                }
                if (!(leaf instanceof com.sun.source.tree.PatternTree)) {
                    return null;
                }
            }
            return null;
        }

        /** Whether {@code decl} lies inside the innermost lambda or class the scanner is in. */
        private boolean isInsideCurrentNested(Tree decl) {
            for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
                Tree leaf = p.getLeaf();
                if (leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
                    int start = body.start(leaf);
                    int end = body.end(leaf);
                    int at = body.start(decl);
                    return at >= start && at < end;
                }
            }
            return false;
        }
    }

    /**
     * {@code X_Coroutines.kaa$set$f(self, } when {@code assignment} stores into a protected field of a class in another
     * package through an accessor ({@link ProtectedAccess}), else null: the caller writes the value and {@code )}.
     */
    CodeBlock protectedSetter(com.sun.source.tree.AssignmentTree assignment) {
        TreePath target = body.path(assignment.getVariable());
        Element member = BodyContext.elementAt(body.trees, target);
        if (member == null || !ProtectedAccess.isProtectedElsewhere(member, body.owner, body.elements)
                || ProtectedAccess.use(target, member, body) != ProtectedAccess.Use.ASSIGN) {
            return null;
        }
        return setterCall(member);
    }

    private CodeBlock setterCall(Element member) {
        ClassName generated = CoroutineProcessor.generatedName(body.owner);
        return member.getModifiers().contains(Modifier.STATIC)
                ? CodeBlock.of("$T.$N(", generated, ProtectedAccess.setterName(member))
                : CodeBlock.of("$T.$N($N, ", generated, ProtectedAccess.setterName(member), selfName);
    }

    private String copyOf(Variables.Var var) {
        return copyNames.computeIfAbsent(var, v -> {
            String copy = names.newName(v.name + "Captured");
            CodeBlock exactType = exactTypeOf(v.type);
            captureCopies.add(exactType != null
                    ? CodeBlock.of("final var $N = ($L) $N;\n", copy, exactType, v.name)
                    : CodeBlock.of("final $T $N = $N;\n", TypeNames.of(v.type), copy, v.name));
            return copy;
        });
    }

    /**
     * The type a field holding a value of {@code type} is declared with: {@link TypeNames#of}, but {@code Object} for
     * an auxiliary class, which a field declared in another file cannot name without javac's {@code auxiliaryclass}
     * lint (javac checks field types outside the reach of {@code @SuppressWarnings}); reads cast back.
     */
    TypeName fieldType(javax.lang.model.type.TypeMirror type) {
        return body.isAuxiliaryClass(type) ? ClassName.OBJECT : TypeNames.of(type);
    }

    /**
     * The type a field holding a value of {@code type} must be cast back to on reads, because it is declared with
     * another (a local class: its nearest named supertype; an intersection: its first bound; an auxiliary class:
     * Object; a type argument that is an intersection: a wildcard); null where the field
     * has the type. For variables and for the lowering's temporaries alike.
     */
    CodeBlock exactTypeOf(javax.lang.model.type.TypeMirror type) {
        if (body.isAuxiliaryClass(type)) {
            uncheckedCasts |= !((javax.lang.model.type.DeclaredType) type).getTypeArguments().isEmpty();
            return CodeBlock.of("$T", TypeNames.of(type));
        }
        LocalClasses.Hoisted localType = localClasses.forType(type);
        if (localType != null) {
            // In a generic class or method, a local class is an inner class of a generic type: the cast is unchecked.
            uncheckedCasts = true;
            return CodeBlock.of("$N", localType.name());
        }
        if (type.getKind() == javax.lang.model.type.TypeKind.INTERSECTION) {
            CodeBlock.Builder bounds = CodeBlock.builder();
            for (var bound : ((javax.lang.model.type.IntersectionType) type).getBounds()) {
                bounds.add(bounds.isEmpty() ? "$T" : " & $T", TypeNames.of(bound));
            }
            return bounds.build();
        }
        if (mentionsHoistedType(type)) {
            // List<Local> is declared List<?>: reads cast back, an unchecked cast that MachineWriter suppresses.
            uncheckedCasts = true;
            return CodeBlock.of("$L", withLocalNames(type));
        }
        if (intersections.inside(type)) {
            // List<A & B> is declared List<?>: reads cast back to List<Lub>, Lub a type variable bounded by A & B.
            uncheckedCasts = true;
            return intersections.render(type);
        }
        return null;
    }

    /**
     * {@code type} as code inside {@code resume()} writes it: the body's local types by their names there (they are
     * declared at its top), intersections inside the type by their type variables ({@link IntersectionVariables}),
     * anything else as {@link TypeNames#of} makes it denotable. For locals that stay in one state and the type
     * arguments of {@code awaitedValue()}; a field cannot name local types and has {@link #fieldType}.
     */
    CodeBlock typeInResume(javax.lang.model.type.TypeMirror type) {
        if (localClasses.forType(type) != null || mentionsHoistedType(type)) {
            return withLocalNames(type);
        }
        if (intersections.inside(type)) {
            return intersections.render(type);
        }
        return CodeBlock.of("$T", TypeNames.of(type));
    }

    /** {@code value}, a field or what reads one, cast back to {@code type} where {@link #exactTypeOf} says so. */
    CodeBlock castBack(javax.lang.model.type.TypeMirror type, CodeBlock value) {
        CodeBlock exactType = exactTypeOf(type);
        return exactType == null ? value : CodeBlock.of("(($L) $L)", exactType, value);
    }

    /** The name of the machine's assertion-status field ({@link #assertionsField()} named it), or null. */
    String assertionsFieldName() {
        return assertionsField;
    }

    private String assertionsField() {
        if (assertionsField == null) {
            assertionsField = names.newName("ASSERTIONS");
        }
        return assertionsField;
    }

    /** Whether the body's code casts a field back to a type with a local type as an argument (unchecked). */
    boolean uncheckedCasts() {
        return uncheckedCasts;
    }

    /**
     * Whether a type argument or array component of {@code type}, at any depth, is a local type of the body, hoisted
     * into resume().
     */
    private boolean mentionsHoistedType(javax.lang.model.type.TypeMirror type) {
        if (type.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
            javax.lang.model.type.TypeMirror component = ((javax.lang.model.type.ArrayType) type).getComponentType();
            return localClasses.forType(component) != null || mentionsHoistedType(component);
        }
        if (type.getKind() != javax.lang.model.type.TypeKind.DECLARED) {
            return false;
        }
        for (var argument : ((javax.lang.model.type.DeclaredType) type).getTypeArguments()) {
            if (localClasses.forType(argument) != null || mentionsHoistedType(argument)) {
                return true;
            }
        }
        return false;
    }

    /** The source of {@code type}, naming the body's local types as they are declared in resume(). */
    private CodeBlock withLocalNames(javax.lang.model.type.TypeMirror type) {
        LocalClasses.Hoisted local = localClasses.forType(type);
        if (local != null) {
            return CodeBlock.of("$N", local.name());
        }
        if (type.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
            return CodeBlock.of("$L[]", withLocalNames(((javax.lang.model.type.ArrayType) type).getComponentType()));
        }
        if (type.getKind() == javax.lang.model.type.TypeKind.DECLARED
                && !((javax.lang.model.type.DeclaredType) type).getTypeArguments().isEmpty()) {
            var declared = (javax.lang.model.type.DeclaredType) type;
            CodeBlock.Builder code = CodeBlock.builder().add("$T<", ClassName.get((TypeElement) declared.asElement()));
            List<? extends javax.lang.model.type.TypeMirror> arguments = declared.getTypeArguments();
            for (int i = 0; i < arguments.size(); i++) {
                code.add(i == 0 ? "$L" : ", $L", withLocalNames(arguments.get(i)));
            }
            return code.add(">").build();
        }
        return CodeBlock.of("$T", TypeNames.of(type));
    }

    /**
     * Whether the value at {@code path} is what an {@code instanceof} tests: an intersection is cast back to its exact
     * type wherever it is read, except there (javac 17 crashes on an intersection cast under {@code instanceof}).
     */
    private static boolean isInstanceofOperand(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        return parent instanceof com.sun.source.tree.InstanceOfTree instanceOf
                && instanceOf.getExpression() == path.getLeaf();
    }

    /** Whether the identifier at {@code path} is the variable an assignment or increment writes. */
    private static boolean isAssignmentTarget(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        if (parent instanceof com.sun.source.tree.AssignmentTree) {
            return ((com.sun.source.tree.AssignmentTree) parent).getVariable() == path.getLeaf();
        }
        if (parent instanceof com.sun.source.tree.CompoundAssignmentTree) {
            return ((com.sun.source.tree.CompoundAssignmentTree) parent).getVariable() == path.getLeaf();
        }
        return parent instanceof com.sun.source.tree.UnaryTree && switch (parent.getKind()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    /** {@code Async.last()}, which a {@code PASS_LAST} machine implements itself. */
    private static boolean isLast(Element element) {
        return element.getKind() == ElementKind.METHOD && element.getSimpleName().contentEquals("last")
                && ((TypeElement) element.getEnclosingElement()).getQualifiedName().contentEquals(BodyContext.ASYNC);
    }

    /** A static {@code @Coroutine} or {@code @Threaded} method: it works only through the generated class. */
    private static boolean isStaticCoroutine(Element element) {
        return element.getKind() == ElementKind.METHOD && element.getModifiers().contains(Modifier.STATIC)
                && (CoroutineModel.isAnnotated(element, CoroutineModel.COROUTINE)
                        || CoroutineModel.isAnnotated(element, CoroutineModel.THREADED));
    }

    private boolean isType(Element element) {
        ElementKind kind = element.getKind();
        if (!(kind.isClass() || kind.isInterface())) {
            return false;
        }
        NestingKind nesting = ((TypeElement) element).getNestingKind();
        if (nesting == NestingKind.MEMBER) {
            // a member of a local or anonymous class has no canonical name: it is named from inside, as written
            return isType(element.getEnclosingElement());
        }
        return nesting == NestingKind.TOP_LEVEL;
    }

    private boolean isMember(Element element) {
        ElementKind kind = element.getKind();
        return (kind == ElementKind.FIELD || kind == ElementKind.METHOD || kind == ElementKind.ENUM_CONSTANT)
                && element.getEnclosingElement() instanceof TypeElement
                && isType(element.getEnclosingElement());
    }
}
