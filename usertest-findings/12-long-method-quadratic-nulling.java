// # FINDING 12 (size/performance): generated code grows quadratically with method length
//
// Program: `passing/BigForm.java` (it passes: the output is right). One long validation coroutine, as form code is
// written: for each of N fields, 4 lines
//
// ```java
// String f7 = form.getOrDefault("field7", "");
// if (f7.isEmpty()) missing.add(7);
// else if (!yield_(check(7, f7))) invalid.add("field7");
// else total += f7.length();
// ```
//
// Command: `javac -d o -s o --release 17 -cp kaa-runtime.jar -processorpath kaa-processor.jar:javapoet-0.22.0.jar BigForm.java`
// (JDK 17; machine shared, load average 5–12, so the times are rough; line counts and sizes are exact).
//
// | N fields | source lines in the body | generated lines (`BigForm_CoroutineMachines.java`) | `$ValidateMachine.class` | `$ValidateMachine$1States.class` | javac wall time |
// |---|---|---|---|---|---|
// | 50  | 200  | 2 401  | 28 KB  | –       | 5 s  |
// | 100 | 400  | 9 235  | 57 KB  | 120 KB  | 7 s  |
// | 200 | 800  | 28 385 | 113 KB | 359 KB  | 13 s |
// | 400 | 1 600| 96 685 | 210 KB | 1.1 MB  | 35 s |
//
// Expected: generated code roughly linear in the body (a few lines per statement, as for the small programs).
// Actual: about 60 generated lines per source line at N = 400, growing ~3.4× per doubling.
//
// Diagnosis: at every suspension, the state nulls out *every* reference local that is dead at that point, including
// the ones already nulled at earlier suspensions. In state 151 (field 50's `yield_(check(50, f50))`):
//
// ```java
// boolean state151() throws Throwable {
//     if (await(self.check(50, f50), 152)) {
//         f0 = null;
//         f1 = null;
//         ...                 // 50 assignments: f0 .. f49, all already null since their own suspension
//         f49 = null;
//         return false;
//     }
//     return true;
// }
// ```
//
// So code size is O(suspensions × hoisted reference locals), and each suspension at run time also does that many
// field stores. Nulling only the fields that die between the previous suspension point(s) and this one (or that may
// be non-null here) would make it linear. (Releasing dead references is right; it is the repetition that costs.)
//
// Below: the program at N = 50 (passing/BigForm.java is N = 400). Save as BigForm.java; it prints missing=8 ...
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

public abstract class BigForm {
    int checks;

    InProgress<Boolean> check(int i, String value) {
        checks++;
        var ip = new InProgress<Boolean>();
        Main.post(() -> ip.finish(i % 5 != 0 && value.startsWith("v")));
        return ip;
    }

    /** One long validation method, as form code often is. */
    @Coroutine
    InProgress<String> validate(Map<String, String> form) {
        List<Integer> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        int total = 0;
        String f0 = form.getOrDefault("field0", "");
        if (f0.isEmpty()) missing.add(0);
        else if (!yield_(check(0, f0))) invalid.add("field0");
        else total += f0.length();
        String f1 = form.getOrDefault("field1", "");
        if (f1.isEmpty()) missing.add(1);
        else if (!yield_(check(1, f1))) invalid.add("field1");
        else total += f1.length();
        String f2 = form.getOrDefault("field2", "");
        if (f2.isEmpty()) missing.add(2);
        else if (!yield_(check(2, f2))) invalid.add("field2");
        else total += f2.length();
        String f3 = form.getOrDefault("field3", "");
        if (f3.isEmpty()) missing.add(3);
        else if (!yield_(check(3, f3))) invalid.add("field3");
        else total += f3.length();
        String f4 = form.getOrDefault("field4", "");
        if (f4.isEmpty()) missing.add(4);
        else if (!yield_(check(4, f4))) invalid.add("field4");
        else total += f4.length();
        String f5 = form.getOrDefault("field5", "");
        if (f5.isEmpty()) missing.add(5);
        else if (!yield_(check(5, f5))) invalid.add("field5");
        else total += f5.length();
        String f6 = form.getOrDefault("field6", "");
        if (f6.isEmpty()) missing.add(6);
        else if (!yield_(check(6, f6))) invalid.add("field6");
        else total += f6.length();
        String f7 = form.getOrDefault("field7", "");
        if (f7.isEmpty()) missing.add(7);
        else if (!yield_(check(7, f7))) invalid.add("field7");
        else total += f7.length();
        String f8 = form.getOrDefault("field8", "");
        if (f8.isEmpty()) missing.add(8);
        else if (!yield_(check(8, f8))) invalid.add("field8");
        else total += f8.length();
        String f9 = form.getOrDefault("field9", "");
        if (f9.isEmpty()) missing.add(9);
        else if (!yield_(check(9, f9))) invalid.add("field9");
        else total += f9.length();
        String f10 = form.getOrDefault("field10", "");
        if (f10.isEmpty()) missing.add(10);
        else if (!yield_(check(10, f10))) invalid.add("field10");
        else total += f10.length();
        String f11 = form.getOrDefault("field11", "");
        if (f11.isEmpty()) missing.add(11);
        else if (!yield_(check(11, f11))) invalid.add("field11");
        else total += f11.length();
        String f12 = form.getOrDefault("field12", "");
        if (f12.isEmpty()) missing.add(12);
        else if (!yield_(check(12, f12))) invalid.add("field12");
        else total += f12.length();
        String f13 = form.getOrDefault("field13", "");
        if (f13.isEmpty()) missing.add(13);
        else if (!yield_(check(13, f13))) invalid.add("field13");
        else total += f13.length();
        String f14 = form.getOrDefault("field14", "");
        if (f14.isEmpty()) missing.add(14);
        else if (!yield_(check(14, f14))) invalid.add("field14");
        else total += f14.length();
        String f15 = form.getOrDefault("field15", "");
        if (f15.isEmpty()) missing.add(15);
        else if (!yield_(check(15, f15))) invalid.add("field15");
        else total += f15.length();
        String f16 = form.getOrDefault("field16", "");
        if (f16.isEmpty()) missing.add(16);
        else if (!yield_(check(16, f16))) invalid.add("field16");
        else total += f16.length();
        String f17 = form.getOrDefault("field17", "");
        if (f17.isEmpty()) missing.add(17);
        else if (!yield_(check(17, f17))) invalid.add("field17");
        else total += f17.length();
        String f18 = form.getOrDefault("field18", "");
        if (f18.isEmpty()) missing.add(18);
        else if (!yield_(check(18, f18))) invalid.add("field18");
        else total += f18.length();
        String f19 = form.getOrDefault("field19", "");
        if (f19.isEmpty()) missing.add(19);
        else if (!yield_(check(19, f19))) invalid.add("field19");
        else total += f19.length();
        String f20 = form.getOrDefault("field20", "");
        if (f20.isEmpty()) missing.add(20);
        else if (!yield_(check(20, f20))) invalid.add("field20");
        else total += f20.length();
        String f21 = form.getOrDefault("field21", "");
        if (f21.isEmpty()) missing.add(21);
        else if (!yield_(check(21, f21))) invalid.add("field21");
        else total += f21.length();
        String f22 = form.getOrDefault("field22", "");
        if (f22.isEmpty()) missing.add(22);
        else if (!yield_(check(22, f22))) invalid.add("field22");
        else total += f22.length();
        String f23 = form.getOrDefault("field23", "");
        if (f23.isEmpty()) missing.add(23);
        else if (!yield_(check(23, f23))) invalid.add("field23");
        else total += f23.length();
        String f24 = form.getOrDefault("field24", "");
        if (f24.isEmpty()) missing.add(24);
        else if (!yield_(check(24, f24))) invalid.add("field24");
        else total += f24.length();
        String f25 = form.getOrDefault("field25", "");
        if (f25.isEmpty()) missing.add(25);
        else if (!yield_(check(25, f25))) invalid.add("field25");
        else total += f25.length();
        String f26 = form.getOrDefault("field26", "");
        if (f26.isEmpty()) missing.add(26);
        else if (!yield_(check(26, f26))) invalid.add("field26");
        else total += f26.length();
        String f27 = form.getOrDefault("field27", "");
        if (f27.isEmpty()) missing.add(27);
        else if (!yield_(check(27, f27))) invalid.add("field27");
        else total += f27.length();
        String f28 = form.getOrDefault("field28", "");
        if (f28.isEmpty()) missing.add(28);
        else if (!yield_(check(28, f28))) invalid.add("field28");
        else total += f28.length();
        String f29 = form.getOrDefault("field29", "");
        if (f29.isEmpty()) missing.add(29);
        else if (!yield_(check(29, f29))) invalid.add("field29");
        else total += f29.length();
        String f30 = form.getOrDefault("field30", "");
        if (f30.isEmpty()) missing.add(30);
        else if (!yield_(check(30, f30))) invalid.add("field30");
        else total += f30.length();
        String f31 = form.getOrDefault("field31", "");
        if (f31.isEmpty()) missing.add(31);
        else if (!yield_(check(31, f31))) invalid.add("field31");
        else total += f31.length();
        String f32 = form.getOrDefault("field32", "");
        if (f32.isEmpty()) missing.add(32);
        else if (!yield_(check(32, f32))) invalid.add("field32");
        else total += f32.length();
        String f33 = form.getOrDefault("field33", "");
        if (f33.isEmpty()) missing.add(33);
        else if (!yield_(check(33, f33))) invalid.add("field33");
        else total += f33.length();
        String f34 = form.getOrDefault("field34", "");
        if (f34.isEmpty()) missing.add(34);
        else if (!yield_(check(34, f34))) invalid.add("field34");
        else total += f34.length();
        String f35 = form.getOrDefault("field35", "");
        if (f35.isEmpty()) missing.add(35);
        else if (!yield_(check(35, f35))) invalid.add("field35");
        else total += f35.length();
        String f36 = form.getOrDefault("field36", "");
        if (f36.isEmpty()) missing.add(36);
        else if (!yield_(check(36, f36))) invalid.add("field36");
        else total += f36.length();
        String f37 = form.getOrDefault("field37", "");
        if (f37.isEmpty()) missing.add(37);
        else if (!yield_(check(37, f37))) invalid.add("field37");
        else total += f37.length();
        String f38 = form.getOrDefault("field38", "");
        if (f38.isEmpty()) missing.add(38);
        else if (!yield_(check(38, f38))) invalid.add("field38");
        else total += f38.length();
        String f39 = form.getOrDefault("field39", "");
        if (f39.isEmpty()) missing.add(39);
        else if (!yield_(check(39, f39))) invalid.add("field39");
        else total += f39.length();
        String f40 = form.getOrDefault("field40", "");
        if (f40.isEmpty()) missing.add(40);
        else if (!yield_(check(40, f40))) invalid.add("field40");
        else total += f40.length();
        String f41 = form.getOrDefault("field41", "");
        if (f41.isEmpty()) missing.add(41);
        else if (!yield_(check(41, f41))) invalid.add("field41");
        else total += f41.length();
        String f42 = form.getOrDefault("field42", "");
        if (f42.isEmpty()) missing.add(42);
        else if (!yield_(check(42, f42))) invalid.add("field42");
        else total += f42.length();
        String f43 = form.getOrDefault("field43", "");
        if (f43.isEmpty()) missing.add(43);
        else if (!yield_(check(43, f43))) invalid.add("field43");
        else total += f43.length();
        String f44 = form.getOrDefault("field44", "");
        if (f44.isEmpty()) missing.add(44);
        else if (!yield_(check(44, f44))) invalid.add("field44");
        else total += f44.length();
        String f45 = form.getOrDefault("field45", "");
        if (f45.isEmpty()) missing.add(45);
        else if (!yield_(check(45, f45))) invalid.add("field45");
        else total += f45.length();
        String f46 = form.getOrDefault("field46", "");
        if (f46.isEmpty()) missing.add(46);
        else if (!yield_(check(46, f46))) invalid.add("field46");
        else total += f46.length();
        String f47 = form.getOrDefault("field47", "");
        if (f47.isEmpty()) missing.add(47);
        else if (!yield_(check(47, f47))) invalid.add("field47");
        else total += f47.length();
        String f48 = form.getOrDefault("field48", "");
        if (f48.isEmpty()) missing.add(48);
        else if (!yield_(check(48, f48))) invalid.add("field48");
        else total += f48.length();
        String f49 = form.getOrDefault("field49", "");
        if (f49.isEmpty()) missing.add(49);
        else if (!yield_(check(49, f49))) invalid.add("field49");
        else total += f49.length();
        return done("missing=" + missing.size() + " first=" + missing.subList(0, 3) + "\n"
                + "invalid=" + invalid.size() + " first=" + invalid.subList(0, 3) + "\n"
                + "total=" + total);
    }

    public static void main(String[] args) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < 50; i++) if (i % 7 != 0) form.put("field" + i, "v" + i);
        BigForm f = new BigForm_Coroutines();
        System.out.println(f.validate(form).await());
        System.out.println("checks=" + f.checks);
    }
}
