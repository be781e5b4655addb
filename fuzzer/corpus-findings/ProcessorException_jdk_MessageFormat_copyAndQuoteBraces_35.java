// CORPUS FINDING: PROCESSOR_EXCEPTION
// method: jdk:java.base/java/text/MessageFormat.java:MessageFormat.copyAndQuoteBraces#35 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/ProcessorException_jdk_MessageFormat_copyAndQuoteBraces_35.java
// (the plain method as written, run against the coroutine, is class Kc31342P below)
//
// ERROR Kc31342.java:7: [kaa.internal-error] kaa-processor failed on 'kc.java.text.Kc31342' (this is a bug in kaa-processor, please report it): java.lang.IllegalArgumentException: Unexpected type nesting: Qchar
//   	at com.palantir.javapoet.ClassName$1.defaultAction(ClassName.java:247)
//   	at com.palantir.javapoet.ClassName$1.defaultAction(ClassName.java:228)
//   	at java.compiler@17.0.15/javax.lang.model.util.SimpleElementVisitor6.visitExecutable(SimpleElementVisitor6.java:185)
//   	at jdk.compiler/com.sun.tools.javac.code.Symbol$MethodSymbol.accept(Symbol.java:2247)
//   	at com.palantir.javapoet.ClassName.get(ClassName.java:227)
//   	at com.palantir.javapoet.TypeName$1.visitDeclared(TypeName.java:307)
//   	at com.palantir.javapoet.TypeName$1.visitDeclared(TypeName.java:289)
//   	at jdk.compiler/com.sun.tools.javac.code.Type$ClassType.accept(Type.java:1169)
//   	at com.palantir.javapoet.TypeName.get(TypeName.java:288)
//   	at com.palantir.javapoet.TypeName$1.visitDeclared(TypeName.java:319)
//   	at com.palantir.javapoet.TypeName$1.visitDeclared(TypeName.java:289)
//   	at jdk.compiler/com.sun.tools.javac.code.Type$ClassType.accept(Type.java:1169)
//   	at com.palantir.javapoet.TypeName.get(TypeName.java:288)
//   	at com.palantir.javapoet.TypeName.get(TypeName.java:284)
//   	at kaa.processor.TypeNames.of(TypeNames.java:50)
//   	at kaa.processor.MachineWriter.write(MachineWriter.java:97)
//   	at kaa.processor.CoroutineProcessor.lower(CoroutineProcessor.java:235)
//   	at kaa.processor.CoroutineProcessor.generate(CoroutineProcessor.java:154)
//   	at kaa.processor.CoroutineProcessor.process(CoroutineProcessor.java:103)
//   	at jdk.compiler/com.sun.tools.javac.processing.JavacProcessingEnvironment.callProcessor(JavacProcessingEnvironment.java:1023)
//   	at jdk.compiler/com.sun.tools.javac.processing.JavacProcessingEnvironment.discoverAndRunProcs(JavacProcessingEnvironment.java:939)
//   	at jdk.compiler/com.sun.tools.javac.processing.JavacProcessingEnvironment$Round.run(JavacProcessingEnvironment.java:1267)
//   	at jdk.compiler/com.sun.tools.javac.processing.JavacProcessingEnvironment.doProcessing(JavacProcessingEnvironment.java:1382)
//   	at jdk.compiler/com.sun.tools.javac.main.JavaCompiler.processAnnotations(JavaCompiler.java:1234)
//   	at jdk.compiler/com.sun.tools.javac.main.JavaCompiler.compile(JavaCompiler.java:916)
//   	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.lambda$doCall$0(JavacTaskImpl.java:104)
//   	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.invocationHelper(JavacTaskImpl.java:152)
//   	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.doCall(JavacTaskImpl.java:100)
//   	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.call(JavacTaskImpl.java:94)
//   	at kaa.fuzz.corpus.CorpusCompiler.compile(CorpusCompiler.java:122)
//   	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:477)
//   	at kaa.fuzz.corpus.CorpusRun.process(CorpusRun.java:360)
//   	at kaa.fuzz.corpus.CorpusRun.runCodeBase(CorpusRun.java:315)
//   	at kaa.fuzz.corpus.CorpusRun.run(CorpusRun.java:234)
//   	at kaa.fuzz.corpus.CorpusRun.main(CorpusRun.java:180)

package kc.java.text;
import java.util.ArrayList;
import static kaa.Async.*;
import java.text.*;
import java.text.MessageFormat.*;
import static java.text.MessageFormat.*;
abstract class Kc31342 {
    @kaa.Coroutine
    static kaa.InProgress<String> co_copyAndQuoteBraces(String source) {

        // Analyze existing string for already quoted and newly quotable characters
        yield_(); record Qchar(char ch, boolean quoted) { }yield_(); ;
        ArrayList<Qchar> qchars = new ArrayList<>();
        boolean quoted = false;
        boolean anyChangeNeeded = false;
        yield_(); StringBuilder quotedSource = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch == '\'') {
                if (i + 1 < source.length() && source.charAt(i + 1) == '\'') {
                    qchars.add(new Qchar('\'', quoted));
                    i++;
                } else {
                    yield_(); quoted = !quoted;
                }
            } else {
                boolean quotable = ch == '{' || ch == '}';
                anyChangeNeeded |= quotable && !quoted;
                yield_(); qchars.add(new Qchar(ch, quoted || quotable));
            }
        }

        // Was any change needed?
        if (!anyChangeNeeded) {
            return done(source);
        }

        // Build new string, automatically consolidating adjacent runs of quoted chars
        quoted = false;
        for (Qchar qchar : qchars) {
            char ch = qchar.ch;
            yield_(); if (ch == '\'') {
                yield_(); quotedSource.append(ch);          // doubling works whether quoted or not
            } else if (qchar.quoted() != quoted) {
                quotedSource.append('\'');
                quoted = yield_(kaa.InProgress.finished(qchar.quoted()));
            }
            yield_(); quotedSource.append(ch);
        }
        if (quoted) {
            quotedSource.append('\'');
        }

        yield_(); return done(yield_(kaa.InProgress.finished(quotedSource.toString())));
    }
}

abstract class Kc31342P {
    static String copyAndQuoteBraces(String source) {

        // Analyze existing string for already quoted and newly quotable characters
        record Qchar(char ch, boolean quoted) { };
        ArrayList<Qchar> qchars = new ArrayList<>();
        boolean quoted = false;
        boolean anyChangeNeeded = false;
        StringBuilder quotedSource = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch == '\'') {
                if (i + 1 < source.length() && source.charAt(i + 1) == '\'') {
                    qchars.add(new Qchar('\'', quoted));
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else {
                boolean quotable = ch == '{' || ch == '}';
                anyChangeNeeded |= quotable && !quoted;
                qchars.add(new Qchar(ch, quoted || quotable));
            }
        }

        // Was any change needed?
        if (!anyChangeNeeded) {
            return source;
        }

        // Build new string, automatically consolidating adjacent runs of quoted chars
        quoted = false;
        for (Qchar qchar : qchars) {
            char ch = qchar.ch;
            if (ch == '\'') {
                quotedSource.append(ch);          // doubling works whether quoted or not
            } else if (qchar.quoted() != quoted) {
                quotedSource.append('\'');
                quoted = qchar.quoted();
            }
            quotedSource.append(ch);
        }
        if (quoted) {
            quotedSource.append('\'');
        }

        return quotedSource.toString();
    }
}
