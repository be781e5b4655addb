// CORPUS FINDING: PROCESSOR_EXCEPTION
// method: jdk:java.base/java/time/format/DateTimePrintContext.java:DateTimePrintContext.adjust#2 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/ProcessorException_jdk_DateTimePrintContext_adjust_2.java
//
// ERROR Kc27805.java:21: [kaa.internal-error] kaa-processor failed on 'kc.java.time.format.Kc27805' (this is a bug in kaa-processor, please report it): java.lang.IllegalArgumentException: expected name but was null
//   	at com.palantir.javapoet.CodeBlock$Builder.argToName(CodeBlock.java:383)
//   	at com.palantir.javapoet.CodeBlock$Builder.addArgument(CodeBlock.java:359)
//   	at com.palantir.javapoet.CodeBlock$Builder.add(CodeBlock.java:320)
//   	at com.palantir.javapoet.CodeBlock.of(CodeBlock.java:123)
//   	at kaa.processor.SourceRewriter$Collector.lambda$visitIdentifier$8(SourceRewriter.java:304)
//   	at kaa.processor.SourceRewriter.render(SourceRewriter.java:110)
//   	at kaa.processor.ExpressionSpiller.lambda$spill$0(ExpressionSpiller.java:63)
//   	at kaa.processor.StatementLowerer.lambda$lowerReturn$5(StatementLowerer.java:176)
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

package kc.java.time.format;
import static java.time.temporal.ChronoField.EPOCH_DAY;
import static java.time.temporal.ChronoField.INSTANT_SECONDS;
import static java.time.temporal.ChronoField.OFFSET_SECONDS;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.ValueRange;
import java.util.Objects;
import static kaa.Async.*;
import java.time.format.*;
abstract class Kc27805 {
    @kaa.Coroutine
    static kaa.InProgress<TemporalAccessor> co_adjust(final TemporalAccessor temporal, DateTimeFormatter formatter) {
        // normal case first (early return is an optimization)
        yield_(); Chronology overrideChrono = yield_(kaa.InProgress.finished(formatter.getChronology()));
        yield_(); ZoneId overrideZone = formatter.getZone();
        yield_(); if (overrideChrono == null && overrideZone == null) {
            return done(temporal);
        }

        // ensure minimal change (early return is an optimization)
        Chronology temporalChrono = yield_(kaa.InProgress.finished(temporal.query(TemporalQueries.chronology())));
        yield_(); ZoneId temporalZone = yield_(kaa.InProgress.finished(temporal.query(TemporalQueries.zoneId())));
        yield_(); if (Objects.equals(overrideChrono, temporalChrono)) {
            yield_(); overrideChrono = null;
        }
        yield_(); if (Objects.equals(overrideZone, temporalZone)) {
            overrideZone = null;
        }
        yield_(); if (overrideChrono == null && overrideZone == null) {
            yield_(); return done(temporal);
        }

        // make adjustment
        final Chronology effectiveChrono = (overrideChrono != null ? overrideChrono : temporalChrono);
        if (overrideZone != null) {
            // if have zone and instant, calculation is simple, defaulting chrono if necessary
            yield_(); if (temporal.isSupported(INSTANT_SECONDS)) {
                yield_(); Chronology chrono = yield_(kaa.InProgress.finished(Objects.requireNonNullElse(effectiveChrono, IsoChronology.INSTANCE)));
                return done(yield_(kaa.InProgress.finished(chrono.zonedDateTime(Instant.from(temporal), overrideZone))));
            }
            // block changing zone on OffsetTime, and similar problem cases
            yield_(); if (overrideZone.normalized() instanceof ZoneOffset && temporal.isSupported(OFFSET_SECONDS) &&
                    temporal.get(OFFSET_SECONDS) != overrideZone.getRules().getOffset(Instant.EPOCH).getTotalSeconds()) {
                yield_(); throw new DateTimeException("Unable to apply override zone '" + overrideZone +
                        "' because the temporal object being formatted has a different offset but" +
                        " does not represent an instant: " + temporal);
            }
        }
        final ZoneId effectiveZone = (overrideZone != null ? overrideZone : temporalZone);
        yield_(); final ChronoLocalDate effectiveDate;
        yield_(); if (overrideChrono != null) {
            yield_(); if (temporal.isSupported(EPOCH_DAY)) {
                effectiveDate = effectiveChrono.date(temporal);
            } else {
                // check for date fields other than epoch-day, ignoring case of converting null to ISO
                if (!(overrideChrono == IsoChronology.INSTANCE && temporalChrono == null)) {
                    for (ChronoField f : ChronoField.values()) {
                        if (f.isDateBased() && temporal.isSupported(f)) {
                            yield_(); throw new DateTimeException("Unable to apply override chronology '" + overrideChrono +
                                    "' because the temporal object being formatted contains date fields but" +
                                    " does not represent a whole date: " + temporal);
                        }
                    }
                }
                yield_(); effectiveDate = null;
            }
        } else {
            effectiveDate = null;
        }

        // combine available data
        // this is a non-standard temporal that is almost a pure delegate
        // this better handles map-like underlying temporal instances
        yield_(); return done(new TemporalAccessor() {
            @Override
            public boolean isSupported(TemporalField field) {
                if (effectiveDate != null && field.isDateBased()) {
                    return effectiveDate.isSupported(field);
                }
                return temporal.isSupported(field);
            }
            @Override
            public ValueRange range(TemporalField field) {
                if (effectiveDate != null && field.isDateBased()) {
                    return effectiveDate.range(field);
                }
                return temporal.range(field);
            }
            @Override
            public long getLong(TemporalField field) {
                if (effectiveDate != null && field.isDateBased()) {
                    return effectiveDate.getLong(field);
                }
                return temporal.getLong(field);
            }
            @SuppressWarnings("unchecked")
            @Override
            public <R> R query(TemporalQuery<R> query) {
                if (query == TemporalQueries.chronology()) {
                    return (R) effectiveChrono;
                }
                if (query == TemporalQueries.zoneId()) {
                    return (R) effectiveZone;
                }
                if (query == TemporalQueries.precision()) {
                    return temporal.query(query);
                }
                return query.queryFrom(this);
            }

            @Override
            public String toString() {
                return temporal +
                        (effectiveChrono != null ? " with chronology " + effectiveChrono : "") +
                        (effectiveZone != null ? " with zone " + effectiveZone : "");
            }
        });
    }
}
