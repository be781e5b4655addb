// CORPUS FINDING: JAVAC_CRASH
// method: guava:com/google/common/graph/AbstractValueGraph.java:AbstractValueGraph.edgeValueMap#7 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/JavacCrash_guava_AbstractValueGraph_edgeValueMap_7.java
//
// java.lang.IllegalStateException: An exception has occurred in the compiler (17.0.15). Please file a bug against the Java compiler via the Java bug reporting page (https://bugreport.java.com) after checking the Bug Database (https://bugs.java.com) for duplicates. Include your program, the following diagnostic, and the parameters passed to the Java compiler in your report. Thank you.
// java.lang.NullPointerException: Cannot invoke "com.sun.tools.javac.code.Type.getThrownTypes()" because "tree.meth.type" is null
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.visitApply(Flow.java:1439)
// 	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCMethodInvocation.accept(JCTree.java:1797)
// 	at jdk.compiler/com.sun.tools.javac.tree.TreeScanner.scan(TreeScanner.java:49)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$BaseAnalyzer.scan(Flow.java:444)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.visitReturn(Flow.java:1415)
// 	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCReturn.accept(JCTree.java:1709)
// 	at jdk.compiler/com.sun.tools.javac.tree.TreeScanner.scan(TreeScanner.java:49)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$BaseAnalyzer.scan(Flow.java:444)
// 	at jdk.compiler/com.sun.tools.javac.tree.TreeScanner.scan(TreeScanner.java:57)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.visitBlock(Flow.java:1188)
// 	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCBlock.accept(JCTree.java:1091)
// 	at jdk.compiler/com.sun.tools.javac.tree.TreeScanner.scan(TreeScanner.java:49)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$BaseAnalyzer.scan(Flow.java:444)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.visitMethodDef(Flow.java:1154)
// 	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCMethodDecl.accept(JCTree.java:921)
// 	at jdk.compiler/com.sun.tools.javac.tree.TreeScanner.scan(TreeScanner.java:49)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$BaseAnalyzer.scan(Flow.java:444)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.visitClassDef(Flow.java:1117)
// 	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCClassDecl.accept(JCTree.java:819)
// 	at jdk.compiler/com.sun.tools.javac.tree.TreeScanner.scan(TreeScanner.java:49)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$BaseAnalyzer.scan(Flow.java:444)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.analyzeTree(Flow.java:1532)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow$FlowAnalyzer.analyzeTree(Flow.java:1522)
// 	at jdk.compiler/com.sun.tools.javac.comp.Flow.analyzeTree(Flow.java:222)
// 	at jdk.compiler/com.sun.tools.javac.main.JavaCompiler.flow(JavaCompiler.java:1380)
// 	at jdk.compiler/com.sun.tools.javac.main.JavaCompiler.flow(JavaCompiler.java:1354)
// 	at jdk.compiler/com.sun.tools.javac.main.JavaCompiler.compile(JavaCompiler.java:946)
// 	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.lambda$doCall$0(JavacTaskImpl.java:104)
// 	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.invocationHelper(JavacTaskImpl.java:152)
// 	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.doCall(JavacTaskImpl.java:100)
// 	at jdk.compiler/com.sun.tools.javac.api.JavacTaskImpl.call(JavacTaskImpl.java:94)
// 	at kaa.fuzz.corpus.CorpusCompiler.compile(CorpusCompiler.java:122)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:464)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:490)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:491)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:491)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:490)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:490)
// 	at kaa.fuzz.corpus.CorpusRun.process(CorpusRun.java:347)
// 	at kaa.fuzz.corpus.CorpusRun.runCodeBase(CorpusRun.java:302)
// 	at kaa.fuzz.corpus.CorpusRun.lambda$run$0(CorpusRun.java:233)
// 	at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)
// 	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
// 	at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
// 	at java.base/java.lang.Thread.run(Thread.java:840)
// 
// 	at kaa.fuzz.corpus.CorpusCompiler.compile(CorpusCompiler.java:135)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:464)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:490)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:491)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:491)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:490)
// 	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:490)
// 	at kaa.fuzz.corpus.CorpusRun.process(CorpusRun.java:347)
// 	at kaa.fuzz.corpus.CorpusRun.runCodeBase(CorpusRun.java:302)
// 	at kaa.fuzz.corpus.CorpusRun.lambda$run$0(CorpusRun.java:233)
// 	at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)
// 	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
// 	at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
// 	at java.base/java.lang.Thread.run(Thread.java:840)
// 

package com.google.common.graph;
import static java.util.Objects.requireNonNull;
import com.google.common.collect.Maps;
import java.util.Map;
import static kaa.Async.*;
import com.google.common.graph.AbstractValueGraph.*;
import static com.google.common.graph.AbstractValueGraph.*;
abstract class Kc5433 {
    @kaa.Coroutine
    static <N, V> kaa.InProgress<Map<EndpointPair<N>, V>> co_edgeValueMap(final ValueGraph<N, V> graph) {
    yield_(); return done(Maps.asMap(
        graph.edges(),
        edge ->
            // requireNonNull is safe because the endpoint pair comes from the graph.
            requireNonNull(graph.edgeValueOrDefault(edge.nodeU(), edge.nodeV(), null))));
  }
}
