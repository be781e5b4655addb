// CORPUS FINDING: PROCESSOR_EXCEPTION
// method: guava:com/google/common/collect/Maps.java:Maps.immutableEnumMap#6 (guava-32.1.3-jre-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/google/guava/guava/32.1.3-jre/guava-32.1.3-jre.jar:/root/.m2/repository/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar:/root/.m2/repository/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar:/root/.m2/repository/org/checkerframework/checker-qual/3.37.0/checker-qual-3.37.0.jar:/root/.m2/repository/com/google/errorprone/error_prone_annotations/2.21.1/error_prone_annotations-2.21.1.jar:/root/.m2/repository/com/google/j2objc/j2objc-annotations/2.8/j2objc-annotations-2.8.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/ProcessorException_guava_Maps_immutableEnumMap_6.java
//
// ERROR Kc7013.java:13: [kaa.internal-error] kaa-processor failed on 'com.google.common.collect.Kc7013' (this is a bug in kaa-processor, please report it): java.lang.IllegalArgumentException: expected name but was null
//   	at com.palantir.javapoet.CodeBlock$Builder.argToName(CodeBlock.java:383)
//   	at com.palantir.javapoet.CodeBlock$Builder.addArgument(CodeBlock.java:359)
//   	at com.palantir.javapoet.CodeBlock$Builder.add(CodeBlock.java:320)
//   	at com.palantir.javapoet.CodeBlock.of(CodeBlock.java:123)
//   	at kaa.processor.SourceRewriter$Collector.lambda$visitIdentifier$8(SourceRewriter.java:304)
//   	at kaa.processor.SourceRewriter.render(SourceRewriter.java:110)
//   	at kaa.processor.StatementLowerer.lambda$verbatim$12(StatementLowerer.java:244)
//   	at kaa.processor.MachineWriter.resume(MachineWriter.java:148)
//   	at kaa.processor.MachineWriter.write(MachineWriter.java:124)
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
//   	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:464)
//   	at kaa.fuzz.corpus.CorpusRun.process(CorpusRun.java:347)
//   	at kaa.fuzz.corpus.CorpusRun.runCodeBase(CorpusRun.java:302)
//   	at kaa.fuzz.corpus.CorpusRun.lambda$run$0(CorpusRun.java:233)
//   	at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)
//   	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
//   	at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
//   	at java.base/java.lang.Thread.run(Thread.java:840)

package com.google.common.collect;
import static com.google.common.collect.CollectPreconditions.checkEntryNotNull;
import static java.util.Collections.singletonMap;
import com.google.common.annotations.GwtCompatible;
import com.google.common.annotations.J2ktIncompatible;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;
import static kaa.Async.*;
import com.google.common.collect.Maps.*;
import static com.google.common.collect.Maps.*;
abstract class Kc7013 {
    @kaa.Coroutine
    static <K extends Enum<K>, V> kaa.InProgress<ImmutableMap<K, V>> co_immutableEnumMap(Map<K, ? extends V> map) {
    if (map instanceof ImmutableEnumMap) {
      @SuppressWarnings("unchecked") // safe covariant cast
      ImmutableEnumMap<K, V> result = (ImmutableEnumMap<K, V>) map;
      return done(result);
    }
    Iterator<? extends Entry<K, ? extends V>> entryItr = map.entrySet().iterator();
    if (!entryItr.hasNext()) {
      return done(yield_(kaa.InProgress.finished(ImmutableMap.of())));
    }
    Entry<K, ? extends V> entry1 = yield_(kaa.InProgress.finished(entryItr.next()));
    K key1 = entry1.getKey();
    yield_(); V value1 = yield_(kaa.InProgress.finished(entry1.getValue()));
    checkEntryNotNull(key1, value1);
    // Do something that works for j2cl, where we can't call getDeclaredClass():
    yield_(); EnumMap<K, V> enumMap = new EnumMap<>(singletonMap(key1, value1));
    while (entryItr.hasNext()) {
      Entry<K, ? extends V> entry = yield_(kaa.InProgress.finished(entryItr.next()));
      K key = yield_(kaa.InProgress.finished(entry.getKey()));
      yield_(); V value = yield_(kaa.InProgress.finished(entry.getValue()));
      yield_(); checkEntryNotNull(key, value);
      yield_(); enumMap.put(key, value);
    }
    return done(yield_(kaa.InProgress.finished(ImmutableEnumMap.asImmutable(enumMap))));
  }
}
