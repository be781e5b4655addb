package kaa.fuzz.corpus;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns the methods of one real compilation unit into coroutine tests. It parses the unit with javac
 * ({@code JavacTask.parse}, no attribution) and, for each method with a body in a named class, writes a fresh abstract
 * class holding the method as a {@code @Coroutine}: the text of the body as written, with insertions only —
 * {@code return e;} becomes {@code return done(e);} (with a cast to a primitive return type), {@code yield_();}
 * goes before some statements of every block and switch case and into some unbraced if/else/loop bodies (wrapped
 * in braces), and some call results assigned to a declared variable, an assignment or a return are awaited as
 * {@code yield_(kaa.InProgress.finished(call))}. Never inside a lambda, a class body or a {@code synchronized}
 * block, where a {@code yield_} cannot suspend — except in the deliberate {@code misplaced} variant, which puts
 * exactly one there and expects the tagged rejection.
 */
final class Extractor {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "short", "char", "int", "long", "float",
            "double");
    private static final Map<String, String> BOXES = Map.of("boolean", "Boolean", "byte", "Byte", "short", "Short",
            "char", "Character", "int", "Integer", "long", "Long", "float", "Float", "double", "Double",
            "void", "Void");
    /** Tokens that make a body look nondeterministic or effectful: no differential run for it. */
    private static final Pattern IMPURE = Pattern.compile("\\b(System|Thread|Runtime|Random|ThreadLocalRandom|"
            + "SecureRandom|UUID|File|Files|Path|Paths|Socket|URL|Class|ClassLoader|Unsafe|SharedSecrets|"
            + "identityHashCode|nanoTime|currentTimeMillis|random|hashCode|getClass|synchronized|wait|notify|"
            + "Locale|TimeZone|Clock|Instant|LocalDate|LocalDateTime|Charset|reflect|invoke|Reference|"
            + "AccessController|StackWalker|Process|exit|gc|lock|Lock|Atomic\\w*|volatile|intern|MethodHandles?|"
            + "VarHandle|static|new\\s+Object|Throwable|StackTrace|getStackTrace)\\b");

    private final StandardJavaFileManager files;
    private final long seed;
    private int counter;

    Extractor(long seed) {
        this.seed = seed;
        this.files = JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    /** Parse result: the candidates, or the reason the unit was skipped. */
    record Unit(List<Candidate> candidates, boolean parsed) {}

    /**
     * The candidates of one unit. {@code relocate}: put the classes in {@code kc.<package>} and import the original
     * package (needed for {@code java.*}, which no class path code may declare); else the original package.
     */
    Unit extract(String codeBase, String path, String text, boolean relocate, boolean misplacedVariants) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        // Java 17's syntax; not --release, which opens the platform's class archive for every task (a parse needs none)
        JavacTask task = (JavacTask) JAVAC.getTask(null, files, diagnostics,
                List.of("-proc:none", "--source", "17", "-Xlint:-options", "-XDshould-stop.at=PARSE"), null,
                List.of(source));
        CompilationUnitTree unit;
        try {
            Iterable<? extends CompilationUnitTree> units = task.parse();
            unit = units.iterator().next();
        } catch (IOException | RuntimeException e) {
            return new Unit(List.of(), false);
        }
        if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)) {
            return new Unit(List.of(), false);
        }
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        Ctx ctx = new Ctx(codeBase, path, text, unit, positions, relocate);
        List<Candidate> out = new ArrayList<>();
        for (Tree type : unit.getTypeDecls()) {
            if (type instanceof ClassTree) {
                collect(ctx, List.of((ClassTree) type), out, misplacedVariants);
            }
        }
        return new Unit(out, true);
    }

    private static final class Ctx {
        final String codeBase;
        final String path;
        final String text;
        final CompilationUnitTree unit;
        final SourcePositions positions;
        final boolean relocate;
        final String pkg;
        int ordinal;

        Ctx(String codeBase, String path, String text, CompilationUnitTree unit, SourcePositions positions,
                boolean relocate) {
            this.codeBase = codeBase;
            this.path = path;
            this.text = text;
            this.unit = unit;
            this.positions = positions;
            this.relocate = relocate;
            this.pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        }

        int start(Tree t) {
            return (int) positions.getStartPosition(unit, t);
        }

        int end(Tree t) {
            return (int) positions.getEndPosition(unit, t);
        }

        String src(Tree t) {
            int from = start(t);
            int to = end(t);
            return from < 0 || to < from ? "" : text.substring(from, to);
        }
    }

    private void collect(Ctx ctx, List<ClassTree> chain, List<Candidate> out, boolean misplacedVariants) {
        ClassTree type = chain.get(chain.size() - 1);
        for (Tree member : type.getMembers()) {
            if (member instanceof ClassTree) {
                List<ClassTree> inner = new ArrayList<>(chain);
                inner.add((ClassTree) member);
                collect(ctx, inner, out, misplacedVariants);
            } else if (member instanceof MethodTree) {
                MethodTree method = (MethodTree) member;
                ctx.ordinal++;
                if (method.getBody() == null || method.getReturnType() == null
                        || method.getName().contentEquals("<init>") || ctx.start(method.getBody()) < 0
                        || ctx.end(method.getBody()) < 0) {
                    continue;
                }
                String key = ctx.codeBase + ":" + ctx.path + ":" + names(chain) + "." + method.getName() + "#"
                        + ctx.ordinal;
                try {
                    Candidate c = candidate(ctx, chain, method, key, false);
                    if (c != null) {
                        out.add(c);
                        if (misplacedVariants) {
                            Candidate m = candidate(ctx, chain, method, key, true);
                            if (m != null) {
                                out.add(m);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    // positions javac did not record: leave the method out
                }
            }
        }
    }

    private static String names(List<ClassTree> chain) {
        StringBuilder s = new StringBuilder();
        for (ClassTree c : chain) {
            s.append(s.length() == 0 ? "" : ".").append(c.getSimpleName());
        }
        return s.toString();
    }

    private Candidate candidate(Ctx ctx, List<ClassTree> chain, MethodTree method, String key, boolean misplaced) {
        Random random = new Random(seed * 31 + key.hashCode());
        boolean isStatic = method.getModifiers().getFlags().contains(Modifier.STATIC);
        ClassTree owner = chain.get(chain.size() - 1);
        String returnType = ctx.src(method.getReturnType());
        boolean isVoid = returnType.equals("void");
        String primitive = PRIMITIVES.contains(returnType) ? returnType : null;

        Rewriter rewriter = new Rewriter(ctx, random, primitive, misplaced);
        rewriter.scan(method.getBody(), null);
        if (misplaced && rewriter.misplacedTag == null) {
            return null;
        }
        BlockTree body = method.getBody();
        if (isVoid && canCompleteNormally(body)) {
            rewriter.insert(ctx.end(body) - 1, 0, "return done(); ");
        }
        String newBody = rewriter.apply(ctx.start(body), ctx.end(body));

        String id = "Kc" + (++counter) + (misplaced ? "m" : "");
        String pkg = ctx.relocate ? (ctx.pkg.isEmpty() ? "kc" : "kc." + ctx.pkg) : ctx.pkg;
        String header = header(ctx, chain, pkg, ctx.text.substring(ctx.start(method), ctx.end(method)));
        String typeParams = "";
        if (!isStatic && !owner.getTypeParameters().isEmpty()) {
            typeParams = "<" + list(ctx, owner.getTypeParameters()) + ">";
        }
        if (!isStatic && extensible(ctx, chain)) {
            // the method's class as superclass: its inherited (non-private) fields and methods are in scope
            StringBuilder sup = new StringBuilder(" extends ");
            sup.append(ctx.pkg.isEmpty() ? "" : ctx.pkg + ".").append(names(chain));
            if (!owner.getTypeParameters().isEmpty()) {
                sup.append('<');
                for (int k = 0; k < owner.getTypeParameters().size(); k++) {
                    sup.append(k == 0 ? "" : ", ").append(owner.getTypeParameters().get(k).getName());
                }
                sup.append('>');
            }
            typeParams += sup;
        }
        String methodTypeParams = method.getTypeParameters().isEmpty() ? ""
                : "<" + list(ctx, method.getTypeParameters()) + "> ";
        String params = method.getParameters().isEmpty() ? "" : list(ctx, method.getParameters());
        String throwsClause = method.getThrows().isEmpty() ? "" : " throws " + list(ctx, method.getThrows());
        String boxed = BOXES.getOrDefault(returnType, returnType);
        String coroutineName = "co_" + method.getName();
        String members = siblings(ctx, owner, method, isStatic, false);
        String source = header + "abstract class " + id + typeParams + " {\n" + members + "    @kaa.Coroutine\n    "
                + (isStatic ? "static " : "") + methodTypeParams + "kaa.InProgress<" + boxed + "> " + coroutineName
                + "(" + params + ")" + throwsClause + " " + newBody + "\n}\n";

        String plainName = null;
        String plainSource = null;
        List<String> paramTypes = null;
        if (!misplaced && isStatic && method.getTypeParameters().isEmpty()
                && (isVoid || primitive != null || returnType.equals("String"))) {
            List<String> types = new ArrayList<>();
            boolean simple = true;
            for (VariableTree p : method.getParameters()) {
                String t = ctx.src(p.getType());
                if (!PRIMITIVES.contains(t) && !t.equals("String")) {
                    simple = false;
                }
                types.add(t);
            }
            String bodyText = ctx.src(body);
            if (simple && !IMPURE.matcher(bodyText).find()) {
                plainName = id + "P";
                paramTypes = types;
                plainSource = header + "abstract class " + plainName + " {\n"
                        + siblings(ctx, owner, method, true, true) + "    static " + returnType + " "
                        + method.getName() + "(" + params + ")" + throwsClause + " " + bodyText + "\n}\n";
            }
        }
        return new Candidate(key, ctx.codeBase, pkg, id, source, coroutineName, plainName, plainSource, paramTypes,
                returnType, misplaced, rewriter.misplacedTag);
    }

    /**
     * The fields and methods of the method's own class that it mentions by name (and those that these mention, two
     * levels deep), copied into the fresh class without {@code private} (a coroutine cannot use its class's private
     * members) and without annotations; a field without initialiser loses {@code final}. Methods keep their names,
     * so a recursive call reaches the plain copy of the method.
     */
    private static String siblings(Ctx ctx, ClassTree owner, MethodTree method, boolean isStatic,
            boolean withoutItself) {
        Set<String> words = words(ctx.src(method.getBody()));
        Set<Tree> chosen = new java.util.LinkedHashSet<>();
        for (int depth = 0; depth < 3; depth++) {
            Set<String> more = new java.util.HashSet<>();
            for (Tree member : owner.getMembers()) {
                String name = member instanceof VariableTree ? ((VariableTree) member).getName().toString()
                        : member instanceof MethodTree ? ((MethodTree) member).getName().toString() : null;
                if (name == null || !words.contains(name) || chosen.contains(member)
                        || withoutItself && member == method) {
                    continue;
                }
                Set<Modifier> flags = member instanceof VariableTree ? ((VariableTree) member).getModifiers().getFlags()
                        : ((MethodTree) member).getModifiers().getFlags();
                if (isStatic && !flags.contains(Modifier.STATIC) || flags.contains(Modifier.ABSTRACT)
                        || flags.contains(Modifier.NATIVE)) {
                    continue;
                }
                if (member instanceof MethodTree && (((MethodTree) member).getBody() == null
                        || ((MethodTree) member).getReturnType() == null)) {
                    continue;
                }
                chosen.add(member);
                more.addAll(words(ctx.src(member)));
            }
            words = more;
        }
        StringBuilder out = new StringBuilder();
        for (Tree member : chosen) {
            if (member instanceof VariableTree) {
                VariableTree v = (VariableTree) member;
                Set<Modifier> flags = v.getModifiers().getFlags();
                if (v.getType() == null || ctx.start(v.getType()) < 0) {
                    return "";
                }
                out.append("    ").append(flags.contains(Modifier.STATIC) ? "static " : "")
                        .append(flags.contains(Modifier.FINAL) && v.getInitializer() != null ? "final " : "")
                        .append(ctx.src(v.getType())).append(' ').append(v.getName());
                if (v.getInitializer() != null) {
                    out.append(" = ").append(ctx.src(v.getInitializer()));
                }
                out.append(";\n");
            } else {
                MethodTree m = (MethodTree) member;
                Set<Modifier> flags = m.getModifiers().getFlags();
                out.append("    ").append(flags.contains(Modifier.STATIC) ? "static " : "")
                        .append(m.getTypeParameters().isEmpty() ? "" : "<" + list(ctx, m.getTypeParameters()) + "> ")
                        .append(ctx.src(m.getReturnType())).append(' ').append(m.getName()).append('(')
                        .append(m.getParameters().isEmpty() ? "" : list(ctx, m.getParameters())).append(')')
                        .append(m.getThrows().isEmpty() ? "" : " throws " + list(ctx, m.getThrows())).append(' ')
                        .append(ctx.src(m.getBody())).append('\n');
            }
        }
        return out.toString();
    }

    private static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Whether a fresh class can extend the method's class: a concrete (an abstract one would leave the generated
     * subclass abstract methods to implement), non-final, non-sealed class, static if nested, whose constructors
     * include an accessible one without parameters; public for the relocated JDK.
     */
    private static boolean extensible(Ctx ctx, List<ClassTree> chain) {
        for (int k = 0; k < chain.size(); k++) {
            ClassTree c = chain.get(k);
            Set<Modifier> flags = c.getModifiers().getFlags();
            if (flags.contains(Modifier.PRIVATE) || ctx.relocate && !flags.contains(Modifier.PUBLIC)
                    || k > 0 && !flags.contains(Modifier.STATIC) && chain.get(k - 1).getKind() == Tree.Kind.CLASS) {
                return false;
            }
        }
        ClassTree owner = chain.get(chain.size() - 1);
        Set<Modifier> flags = owner.getModifiers().getFlags();
        if (owner.getKind() != Tree.Kind.CLASS || flags.contains(Modifier.FINAL) || flags.contains(Modifier.ABSTRACT)
                || flags.contains(Modifier.SEALED) || owner.getExtendsClause() != null && false) {
            return false;
        }
        boolean anyConstructor = false;
        for (Tree member : owner.getMembers()) {
            if (member instanceof MethodTree && ((MethodTree) member).getName().contentEquals("<init>")) {
                anyConstructor = true;
                MethodTree ctor = (MethodTree) member;
                Set<Modifier> cf = ctor.getModifiers().getFlags();
                if (ctor.getParameters().isEmpty() && !cf.contains(Modifier.PRIVATE)
                        && (!ctx.relocate || cf.contains(Modifier.PUBLIC) || cf.contains(Modifier.PROTECTED))) {
                    return true;
                }
            }
        }
        return !anyConstructor;
    }

    private static String list(Ctx ctx, List<? extends Tree> trees) {
        return ctx.text.substring(ctx.start(trees.get(0)), ctx.end(trees.get(trees.size() - 1)));
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /**
     * The package, the unit's imports that the method can use (a single import whose name the method's text does not
     * mention is left out, and for the JDK every import outside {@code java.*}/{@code javax.*}, which would not
     * resolve), the DSL, and the enclosing classes' members.
     */
    private static String header(Ctx ctx, List<ClassTree> chain, String pkg, String methodText) {
        StringBuilder h = new StringBuilder();
        if (!pkg.isEmpty()) {
            h.append("package ").append(pkg).append(";\n");
        }
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(methodText);
        while (m.find()) {
            words.add(m.group());
        }
        for (ImportTree i : ctx.unit.getImports()) {
            String name = i.getQualifiedIdentifier().toString();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (ctx.relocate && !name.startsWith("java.") && !name.startsWith("javax.")) {
                continue;
            }
            if (simple.equals("*") || words.contains(simple)) {
                h.append(ctx.src(i)).append('\n');
            }
        }
        h.append("import static kaa.Async.*;\n");
        if (ctx.relocate && !ctx.pkg.isEmpty()) {
            h.append("import ").append(ctx.pkg).append(".*;\n");
        }
        String prefix = ctx.pkg.isEmpty() ? "" : ctx.pkg + ".";
        for (ClassTree c : chain) {
            if (c.getModifiers().getFlags().contains(Modifier.PRIVATE)
                    || ctx.relocate && !c.getModifiers().getFlags().contains(Modifier.PUBLIC)
                    && c.getKind() != Tree.Kind.INTERFACE) {
                break;
            }
            prefix += c.getSimpleName();
            if (!ctx.pkg.isEmpty()) {
                h.append("import ").append(prefix).append(".*;\n");
                h.append("import static ").append(prefix).append(".*;\n");
            }
            prefix += ".";
        }
        return h.toString();
    }

    /** JLS 14.22, approximately: whether a statement can complete normally (true when unsure). */
    static boolean canCompleteNormally(StatementTree s) {
        if (s == null) {
            return true;
        }
        switch (s.getKind()) {
            case RETURN:
            case THROW:
            case BREAK:
            case CONTINUE:
            case YIELD:
                return false;
            case BLOCK: {
                List<? extends StatementTree> list = ((BlockTree) s).getStatements();
                return list.isEmpty() || canCompleteNormally(list.get(list.size() - 1));
            }
            case IF: {
                IfTree i = (IfTree) s;
                return i.getElseStatement() == null || canCompleteNormally(i.getThenStatement())
                        || canCompleteNormally(i.getElseStatement());
            }
            case WHILE_LOOP:
                return !isTrue(((WhileLoopTree) s).getCondition()) || hasBreak(s);
            case FOR_LOOP: {
                ForLoopTree f = (ForLoopTree) s;
                return f.getCondition() != null && !isTrue(f.getCondition()) || hasBreak(s);
            }
            case DO_WHILE_LOOP: {
                DoWhileLoopTree d = (DoWhileLoopTree) s;
                return !isTrue(d.getCondition()) && canCompleteNormally(d.getStatement()) || hasBreak(s);
            }
            case SYNCHRONIZED:
                return canCompleteNormally(((SynchronizedTree) s).getBlock());
            case LABELED_STATEMENT:
                return canCompleteNormally(((LabeledStatementTree) s).getStatement()) || hasBreak(s);
            case TRY: {
                TryTree t = (TryTree) s;
                if (t.getFinallyBlock() != null && !canCompleteNormally(t.getFinallyBlock())) {
                    return false;
                }
                boolean any = canCompleteNormally(t.getBlock());
                for (var c : t.getCatches()) {
                    any |= canCompleteNormally(c.getBlock());
                }
                return any;
            }
            case SWITCH: {
                SwitchTree sw = (SwitchTree) s;
                boolean hasDefault = false;
                for (CaseTree c : sw.getCases()) {
                    if (c.getExpressions().isEmpty()) {
                        hasDefault = true;
                    }
                    if (c.getBody() != null) {
                        if (c.getBody() instanceof StatementTree ? canCompleteNormally((StatementTree) c.getBody())
                                : true) {
                            return true;
                        }
                    }
                }
                if (!hasDefault || hasBreak(s)) {
                    return true;
                }
                List<? extends CaseTree> cases = sw.getCases();
                CaseTree last = cases.get(cases.size() - 1);
                if (last.getBody() != null) {
                    return false;
                }
                List<? extends StatementTree> st = last.getStatements();
                return st == null || st.isEmpty() || canCompleteNormally(st.get(st.size() - 1));
            }
            default:
                return true;
        }
    }

    private static boolean isTrue(ExpressionTree e) {
        while (e instanceof com.sun.source.tree.ParenthesizedTree) {
            e = ((com.sun.source.tree.ParenthesizedTree) e).getExpression();
        }
        return e instanceof LiteralTree && Boolean.TRUE.equals(((LiteralTree) e).getValue());
    }

    /** Whether a break (any, conservatively) occurs inside {@code s} outside nested classes and lambdas. */
    private static boolean hasBreak(StatementTree s) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitBreak(BreakTree node, Void p) {
                found[0] = true;
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void p) {
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void p) {
                return null;
            }
        }.scan(s, null);
        return found[0];
    }

    /** Collects insertions into the method body. */
    private static final class Rewriter extends TreeScanner<Void, Void> {
        private record Edit(int pos, int priority, int seq, String text) {}

        private final Ctx ctx;
        private final Random random;
        private final String primitive;
        private final boolean misplaced;
        private final List<Edit> edits = new ArrayList<>();
        /** Inside a lambda or class body (returns are not ours, yield_ cannot suspend). */
        private int nested;
        private int synchronizedDepth;
        /** Inside a switch expression: a return is illegal anyway, statements are fine. */
        private int seq;
        private final double yieldRate;
        private final double wrapRate;
        String misplacedTag;

        Rewriter(Ctx ctx, Random random, String primitive, boolean misplaced) {
            this.ctx = ctx;
            this.random = random;
            this.primitive = primitive;
            this.misplaced = misplaced;
            double[] rates = {0.25, 0.5, 1.0};
            this.yieldRate = rates[random.nextInt(rates.length)];
            this.wrapRate = rates[random.nextInt(rates.length)];
        }

        void insert(int pos, int priority, String text) {
            edits.add(new Edit(pos, priority, seq++, text));
        }

        /** Opening text at {@code pos} (outer first). */
        private void open(int pos, String text) {
            insert(pos, 1, text);
        }

        /** Closing text at {@code pos} (inner first, before any opening text at the same place). */
        private void close(int pos, String text) {
            insert(pos, 0, text);
        }

        String apply(int from, int to) {
            List<Edit> sorted = new ArrayList<>(edits);
            sorted.sort(Comparator.comparingInt(Edit::pos).thenComparingInt(Edit::priority)
                    .thenComparingInt(e -> e.priority() == 0 ? -e.seq() : e.seq()));
            StringBuilder out = new StringBuilder();
            int at = from;
            for (Edit e : sorted) {
                out.append(ctx.text, at, e.pos()).append(e.text());
                at = e.pos();
            }
            return out.append(ctx.text, at, to).toString();
        }

        private boolean legal() {
            return nested == 0 && synchronizedDepth == 0;
        }

        private boolean chance(double rate) {
            return random.nextDouble() < rate;
        }

        private void statements(List<? extends StatementTree> list) {
            if (list == null) {
                return;
            }
            for (StatementTree s : list) {
                if (legal() && !misplaced && chance(yieldRate)) {
                    open(ctx.start(s), "yield_(); ");
                } else if (!legal() && misplaced && misplacedTag == null) {
                    open(ctx.start(s), "yield_(); ");
                    misplacedTag = synchronizedDepth > 0 && nested == 0 ? "yield-in-synchronized" : nestedTag;
                }
            }
        }

        private String nestedTag = "yield-in-lambda";

        /** An unbraced body of if/else/loop: wrapped in braces with a yield_ before it. */
        private void body(StatementTree s) {
            if (s == null || s instanceof BlockTree || !legal() || misplaced || !chance(yieldRate)) {
                return;
            }
            if (s.getKind() == Tree.Kind.VARIABLE || s.getKind() == Tree.Kind.CLASS) {
                return;
            }
            open(ctx.start(s), "{ yield_(); ");
            close(ctx.end(s), " }");
        }

        private void await(ExpressionTree e) {
            if (e instanceof MethodInvocationTree && legal() && !misplaced && chance(wrapRate)) {
                open(ctx.start(e), "yield_(kaa.InProgress.finished(");
                close(ctx.end(e), "))");
            }
        }

        @Override
        public Void visitBlock(BlockTree node, Void p) {
            statements(node.getStatements());
            return super.visitBlock(node, p);
        }

        @Override
        public Void visitCase(CaseTree node, Void p) {
            if (node.getBody() == null) {
                statements(node.getStatements());
            }
            return super.visitCase(node, p);
        }

        @Override
        public Void visitIf(IfTree node, Void p) {
            body(node.getThenStatement());
            if (!(node.getElseStatement() instanceof IfTree)) {
                body(node.getElseStatement());
            }
            return super.visitIf(node, p);
        }

        @Override
        public Void visitWhileLoop(WhileLoopTree node, Void p) {
            body(node.getStatement());
            return super.visitWhileLoop(node, p);
        }

        @Override
        public Void visitDoWhileLoop(DoWhileLoopTree node, Void p) {
            body(node.getStatement());
            return super.visitDoWhileLoop(node, p);
        }

        @Override
        public Void visitForLoop(ForLoopTree node, Void p) {
            body(node.getStatement());
            return super.visitForLoop(node, p);
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void p) {
            body(node.getStatement());
            return super.visitEnhancedForLoop(node, p);
        }

        @Override
        public Void visitReturn(ReturnTree node, Void p) {
            if (nested == 0) {
                ExpressionTree e = node.getExpression();
                if (e == null) {
                    close(ctx.end(node) - 1, " done()");
                } else {
                    open(ctx.start(e), primitive == null ? "done(" : "done((" + primitive + ") (");
                    await(e);
                    close(ctx.end(e), primitive == null ? ")" : "))");
                }
            }
            return super.visitReturn(node, p);
        }

        @Override
        public Void visitVariable(VariableTree node, Void p) {
            if (node.getInitializer() != null && node.getType() != null && ctx.start(node.getType()) >= 0
                    && !ctx.src(node.getType()).equals("var")) {
                await(node.getInitializer());
            }
            return super.visitVariable(node, p);
        }

        @Override
        public Void visitExpressionStatement(ExpressionStatementTree node, Void p) {
            if (node.getExpression() instanceof AssignmentTree) {
                await(((AssignmentTree) node.getExpression()).getExpression());
            }
            return super.visitExpressionStatement(node, p);
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree node, Void p) {
            nested++;
            String saved = nestedTag;
            nestedTag = "yield-in-lambda";
            super.visitLambdaExpression(node, p);
            nestedTag = saved;
            nested--;
            return null;
        }

        @Override
        public Void visitClass(ClassTree node, Void p) {
            nested++;
            String saved = nestedTag;
            nestedTag = "yield-in-class";
            super.visitClass(node, p);
            nestedTag = saved;
            nested--;
            return null;
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void p) {
            return super.visitNewClass(node, p);
        }

        @Override
        public Void visitSynchronized(SynchronizedTree node, Void p) {
            scan(node.getExpression(), p);
            synchronizedDepth++;
            scan(node.getBlock(), p);
            synchronizedDepth--;
            return null;
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree node, Void p) {
            return super.visitSwitchExpression(node, p);
        }

        @Override
        public Void visitThrow(ThrowTree node, Void p) {
            return super.visitThrow(node, p);
        }

        @Override
        public Void visitContinue(ContinueTree node, Void p) {
            return super.visitContinue(node, p);
        }

        @Override
        public Void visitPrimitiveType(PrimitiveTypeTree node, Void p) {
            return null;
        }

        @Override
        public Void visitTypeParameter(TypeParameterTree node, Void p) {
            return null;
        }
    }
}
