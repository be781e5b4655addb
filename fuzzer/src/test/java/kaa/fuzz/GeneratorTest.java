package kaa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kaa.fuzz.Node.Kind;
import org.junit.jupiter.api.Test;

/** A seed reproduces its programs; the minimiser's candidates are smaller programs, smallest first. */
class GeneratorTest {
    private static List<String> sources(long seed, int batch) {
        Fuzzer fuzzer = new Fuzzer(GeneratorOptions.defaults(), seed, 20, null, 0, line -> { });
        return fuzzer.generate(batch).stream().map(Renderer::batchSource).toList();
    }

    @Test
    void theSeedAndBatchReproduceEveryProgram() {
        assertEquals(sources(7, 3), sources(7, 3));
        assertNotEquals(sources(7, 3), sources(7, 4));
        assertNotEquals(sources(7, 3), sources(8, 3));
    }

    @Test
    void minimiserCandidatesAreSmallerProgramsSmallestFirst() {
        Program p = new Fuzzer(GeneratorOptions.defaults(), 1, 1, null, 0, line -> { }).generate(0).get(0);
        List<Program> candidates = Minimiser.candidates(p);
        assertTrue(!candidates.isEmpty());
        int previous = 0;
        for (Program c : candidates) {
            assertTrue(c.body().size() <= p.body().size(), "a candidate is never larger");
            assertTrue(c.body().size() >= previous, "smallest first");
            previous = c.body().size();
        }
    }

    @Test
    void theGrammarWritesEveryNewForm() {
        Fuzzer fuzzer = new Fuzzer(GeneratorOptions.defaults(), 11, 100, null, 0, line -> { });
        StringBuilder all = new StringBuilder();
        for (int batch = 0; batch < 3; batch++) {
            for (Program p : fuzzer.generate(batch)) {
                all.append(Renderer.batchSource(p));
            }
        }
        String text = all.toString();
        for (String form : List.of("} else if (", "\n            else if (", "\n        else\n", ") instanceof ",
                "record R", "enum K", "interface F", " extends B", "var ", "List.of(Integer.valueOf(", " = {{",
                "new int[][] {{", "<T> InProgress<", "List<T> ", "Box(", ".this.fi", "static final class ",
                "\n            do\n", ": if (")) {
            assertTrue(text.contains(form), "no program writes " + form.strip());
        }
        assertTrue(text.matches("(?s).*\n +if \\([^\n]*\\)\n +(break|continue|return)[^\n]*;\n.*"),
                "no 'if (...) break;' without braces");
        assertTrue(text.matches("(?s).*\n +(while|for) \\([^\n]*\\)\n.*"), "no loop with an unbraced body");
    }

    private static Node lit(String text, Ty type) {
        return Node.of(Kind.LIT, text).typed(type);
    }

    private static Node bare(Node... statements) {
        return Node.of(Kind.BLOCK, null, statements).flag(Node.BARE);
    }

    @Test
    void anElseAfterAnUnbracedIfWithoutElseGetsBraces() {
        // if (a) if (b) yield_(); else ...: written bare, the else would bind to the inner if.
        Node inner = Node.of(Kind.IF, null, lit("false", Ty.BOOL), bare(new Node(Kind.SLICE)));
        Node outer = Node.of(Kind.IF, null, lit("true", Ty.BOOL), bare(inner),
                bare(Node.of(Kind.TRACE, "e")));
        String text = Renderer.body(Node.of(Kind.BLOCK, null, outer), Renderer.Mode.COROUTINE, "P");
        assertTrue(text.contains("if (true) {\n            if (false)\n                yield_();\n        } else\n"),
                text);
        // Without the else, both bodies go bare.
        outer.kids.remove(2);
        text = Renderer.body(Node.of(Kind.BLOCK, null, outer), Renderer.Mode.COROUTINE, "P");
        assertTrue(text.contains("if (true)\n            if (false)\n                yield_();\n"), text);
    }

    @Test
    void theBindingOfALeavingNegatedPatternIsDeclaredNowhereElseInTheMethod() {
        // if (!(o instanceof T n)) <leave> puts n in scope after the if, and, as the unbraced body of a do, in the
        // loop's condition too: a binding of the same name anywhere else may clash (seed 20261230 batch 310).
        Pattern leaving = Pattern.compile("if \\(!\\(.* instanceof \\w+ (\\w+)\\)\\)");
        int checked = 0;
        for (int batch = 0; batch < 40; batch++) {
            for (Program p : new Fuzzer(GeneratorOptions.defaults(), 20261230, 50, null, 0, line -> { })
                    .generate(batch)) {
                String text = Renderer.body(p.body(), Renderer.Mode.PLAIN, p.name());
                Matcher m = leaving.matcher(text);
                while (m.find()) {
                    String name = m.group(1);
                    Matcher declarations = Pattern.compile("\\b(?!return |yield |throw |case |else )\\w+>? " + name
                            + "\\s*(=[^=]|;|:|\\))")
                            .matcher(text);
                    int count = 0;
                    while (declarations.find()) {
                        count++;
                    }
                    assertEquals(1, count, name + " declared again in\n" + text);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "the grammar writes leaving negated patterns: " + checked);
    }

    @Test
    void aLoopCounterOfAnUnbracedLoopIsDeclaredBeforeTheStatementThatHoldsIt() {
        Node loop = Node.of(Kind.WHILE, null, lit("true", Ty.BOOL), bare(new Node(Kind.SLICE)));
        loop.number = 7;
        loop.bound = 2;
        Node s = Node.of(Kind.IF, null, lit("true", Ty.BOOL), bare(loop));
        String text = Renderer.body(Node.of(Kind.BLOCK, null, s), Renderer.Mode.PLAIN, "P");
        assertTrue(text.contains("int k7 = 0;\n        if (true)\n            while (k7++ < 2 && true)\n"), text);
    }

    @Test
    void tightOperatorsKeepOnlyTheParenthesesJavaNeeds() {
        Node a = Node.of(Kind.VAR, "a").typed(Ty.INT);
        Node b = Node.of(Kind.VAR, "b").typed(Ty.INT);
        Node c = Node.of(Kind.VAR, "c").typed(Ty.INT);
        // a * (b + c), a * b + c, a - (b - c), (a - b) - c written a - b - c
        assertEquals("a * (b + c)", render(bin("*", a, bin("+", b, c))));
        assertEquals("a * b + c", render(bin("+", bin("*", a, b), c)));
        assertEquals("a - (b - c)", render(bin("-", a, bin("-", b, c))));
        assertEquals("a - b - c", render(bin("-", bin("-", a, b), c)));
        // a ?: as an operand keeps its parentheses; as a branch of another it needs none
        Node choice = Node.of(Kind.COND, null, lit("true", Ty.BOOL), a, b).typed(Ty.INT).flag(Node.TIGHT);
        assertEquals("c + (true ? a : b)", render(bin("+", c, choice)));
        Node nested = Node.of(Kind.COND, null, lit("false", Ty.BOOL), c, choice).typed(Ty.INT).flag(Node.TIGHT);
        assertEquals("false ? c : true ? a : b", render(nested));
        // A call as a receiver: Fx.direct(x).name() (yield_(x).name() in the coroutine), parenthesized without the flag
        Node awaited = Node.of(Kind.YIELD, null, Node.of(Kind.CALL, "Fx.now", lit("E.A", Ty.ENUM))).typed(Ty.ENUM);
        Node name = Node.of(Kind.METHOD, "name", awaited).typed(Ty.STRING);
        assertEquals("(Fx.direct(Fx.now(E.A))).name()", render(name));
        assertEquals("Fx.direct(Fx.now(E.A)).name()", render(name.flag(Node.TIGHT)));
        // Without the flag, every operator is in parentheses, as before.
        assertEquals("(a * (b + c))", render(Node.of(Kind.BIN, "*", a, Node.of(Kind.BIN, "+", b, c).typed(Ty.INT))
                .typed(Ty.INT)));
    }

    private static Node bin(String operator, Node left, Node right) {
        return Node.of(Kind.BIN, operator, left, right).typed(Ty.INT).flag(Node.TIGHT);
    }

    private static String render(Node expression) {
        return Renderer.expression(expression, Renderer.Mode.PLAIN);
    }

    @Test
    void coverageCountsConstructPositionAndJump() {
        // L: while (...) { if (yield_(now(true))) break L; }
        Node cond = Node.of(Kind.YIELD, null, Node.of(Kind.CALL, "Fx.now", lit("true", Ty.BOOL))).typed(Ty.BOOL);
        Node loop = Node.of(Kind.WHILE, null, lit("true", Ty.BOOL),
                Node.of(Kind.BLOCK, null, Node.of(Kind.IF, null, cond, bare(Node.of(Kind.BREAK, "L")))));
        Node body = Node.of(Kind.BLOCK, null, Node.of(Kind.LABELED, "L", loop),
                Node.of(Kind.RETURN, null, lit("1", Ty.INT)));
        Set<Coverage.Cell> hits = Coverage.hits(new Program("C", "test", false, false, Ty.INT, false, -1, body));
        assertTrue(hits.contains(new Coverage.Cell(Coverage.Construct.IF, Coverage.Position.HEAD,
                Coverage.Jump.LABELED)), hits.toString());
        assertTrue(hits.contains(new Coverage.Cell(Coverage.Construct.IF_BARE, Coverage.Position.HEAD,
                Coverage.Jump.LABELED)), hits.toString());
        assertTrue(hits.contains(new Coverage.Cell(Coverage.Construct.LABELED_LOOP, Coverage.Position.BODY,
                Coverage.Jump.LABELED)), hits.toString());
        // The break leaves the if and the labeled statement; the loop is left to its label, not by a jump of its own.
        assertTrue(hits.contains(new Coverage.Cell(Coverage.Construct.WHILE, Coverage.Position.BODY,
                Coverage.Jump.LABELED)), hits.toString());
        assertTrue(!hits.contains(new Coverage.Cell(Coverage.Construct.WHILE, Coverage.Position.BODY,
                Coverage.Jump.BREAK)), hits.toString());
    }
}
