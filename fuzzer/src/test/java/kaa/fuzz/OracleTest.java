package kaa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import kaa.fuzz.Node.Kind;
import kaa.fuzz.Outcome.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer can fail: a divergence, an abort violation and a generator bug are each caught. Programs are written by
 * hand as trees and run through the same evaluator as generated ones.
 */
class OracleTest {
    private static Node lit(String text, Ty type) {
        return Node.of(Kind.LIT, text).typed(type);
    }

    private static Program program(String name, boolean abortable, Node... statements) {
        Node body = Node.of(Kind.BLOCK, null, statements);
        return new Program(name, "hand-written", false, false, Ty.INT, abortable, -1, body);
    }

    private static Node await(String how, Node value, Ty type) {
        return Node.of(Kind.YIELD, null, Node.of(Kind.CALL, how, value)).typed(type);
    }

    @Test
    void aLoweringThatKeepsJavaSemanticsPasses() {
        Program p = program("Same", true,
                Node.of(Kind.TRACE, "a", await("Fx.later", lit("1", Ty.INT), Ty.INT)),
                Node.of(Kind.RETURN, null, await("Fx.now", lit("2", Ty.INT), Ty.INT)));
        try (Evaluator evaluator = new Evaluator(Duration.ofSeconds(20))) {
            Outcome o = evaluator.evaluate(List.of(p)).get(0);
            assertEquals(Verdict.PASS, o.verdict(), o.detail());
            assertEquals(List.of("a=1", "result=2"), o.plain());
            assertEquals(0, o.abortAfter(), "aborted at its only suspension");
        }
    }

    @Test
    void aTraceThatDependsOnTheVersionIsADivergence() {
        // The method a statement runs in is the one thing the two versions may not agree on: plain, or resume.
        Node where = lit("new Throwable().getStackTrace()[0].getMethodName()", Ty.STRING);
        Program p = program("Differs", false,
                Node.of(Kind.TRACE, "slice"),
                new Node(Kind.SLICE),
                Node.of(Kind.TRACE, "where", where),
                Node.of(Kind.RETURN, null, lit("1", Ty.INT)));
        try (Evaluator evaluator = new Evaluator(Duration.ofSeconds(20))) {
            Outcome o = evaluator.evaluate(List.of(p)).get(0);
            assertEquals(Verdict.DIVERGENCE, o.verdict(), o.detail());
            assertTrue(o.detail().contains("trace line 2"), o.detail());
        }
    }

    @Test
    void aProgramJavacRejectsIsAGeneratorBugNotAPass() {
        Program p = program("Rejected", false,
                Node.of(Kind.DECL, "x", lit("\"not an int\"", Ty.STRING)).typed(Ty.INT),
                Node.of(Kind.RETURN, null, Node.of(Kind.VAR, "x").typed(Ty.INT)));
        try (Evaluator evaluator = new Evaluator(Duration.ofSeconds(20))) {
            Outcome o = evaluator.evaluate(List.of(p)).get(0);
            assertEquals(Verdict.GENERATOR_REJECT, o.verdict(), o.detail());
        }
    }

    @Test
    void abortVerdictsCatchAFinallyThatRanTwiceOrNotAtAll() {
        List<String> plain = List.of("T1", "a=1", "F1", "result=1");
        assertTrue(Findings.ABORT_EXPECTED.size() == 6);
        List<String> good = List.of("T1", "-- abort --", "F1", "threw InProgressAbortedException");
        List<String> twice = List.of("T1", "-- abort --", "F1", "F1", "threw InProgressAbortedException");
        List<String> never = List.of("T1", "-- abort --", "threw InProgressAbortedException");
        assertEquals(Findings.ABORT_EXPECTED, kaa.fuzz.support.Fx.abortVerdicts(plain, good));
        assertTrue(kaa.fuzz.support.Fx.abortVerdicts(plain, twice).contains(
                "every finally ran once, in nested order: false"));
        assertTrue(kaa.fuzz.support.Fx.abortVerdicts(plain, never).contains(
                "every finally ran once, in nested order: false"));
    }
}
