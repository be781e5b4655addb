// CORPUS FINDING: PROCESSOR_EXCEPTION
// method: commons-math3:org/apache/commons/math3/linear/RealVector.java:RealVector.unmodifiableRealVector#72 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/ProcessorException_commonsmath3_RealVector_unmodifiableRealVector_72.java
//
// ERROR Kc294.java:12: [kaa.internal-error] kaa-processor failed on 'org.apache.commons.math3.linear.Kc294' (this is a bug in kaa-processor, please report it): java.lang.IllegalArgumentException: Unexpected type nesting: <anonymous org.apache.commons.math3.linear.Kc294$1>
//   	at com.palantir.javapoet.ClassName$1.defaultAction(ClassName.java:247)
//   	at com.palantir.javapoet.ClassName$1.defaultAction(ClassName.java:228)
//   	at java.compiler@17.0.15/javax.lang.model.util.SimpleElementVisitor6.visitExecutable(SimpleElementVisitor6.java:185)
//   	at jdk.compiler/com.sun.tools.javac.code.Symbol$MethodSymbol.accept(Symbol.java:2247)
//   	at com.palantir.javapoet.ClassName.get(ClassName.java:227)
//   	at com.palantir.javapoet.ClassName$1.visitType(ClassName.java:237)
//   	at com.palantir.javapoet.ClassName$1.visitType(ClassName.java:228)
//   	at jdk.compiler/com.sun.tools.javac.code.Symbol$ClassSymbol.accept(Symbol.java:1573)
//   	at com.palantir.javapoet.ClassName.get(ClassName.java:227)
//   	at kaa.processor.SourceRewriter$Collector.visitIdentifier(SourceRewriter.java:292)
//   	at kaa.processor.SourceRewriter$Collector.visitIdentifier(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCIdent.accept(JCTree.java:2592)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitVariable(TreeScanner.java:241)
//   	at kaa.processor.SourceRewriter$Collector.visitVariable(SourceRewriter.java:258)
//   	at kaa.processor.SourceRewriter$Collector.visitVariable(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCVariableDecl.accept(JCTree.java:1045)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scan(TreeScanner.java:111)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:119)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitClass(TreeScanner.java:203)
//   	at kaa.processor.SourceRewriter$Collector.visitClass(SourceRewriter.java:212)
//   	at kaa.processor.SourceRewriter$Collector.visitClass(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCClassDecl.accept(JCTree.java:860)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitNewClass(TreeScanner.java:609)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCNewClass.accept(JCTree.java:1874)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitReturn(TreeScanner.java:544)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCReturn.accept(JCTree.java:1717)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scan(TreeScanner.java:111)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitBlock(TreeScanner.java:272)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCBlock.accept(JCTree.java:1103)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitMethod(TreeScanner.java:224)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCMethodDecl.accept(JCTree.java:953)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scan(TreeScanner.java:111)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:119)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitClass(TreeScanner.java:203)
//   	at kaa.processor.SourceRewriter$Collector.visitClass(SourceRewriter.java:212)
//   	at kaa.processor.SourceRewriter$Collector.visitClass(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCClassDecl.accept(JCTree.java:860)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:86)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:204)
//   	at kaa.processor.SourceRewriter$Collector.scan(SourceRewriter.java:169)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.scanAndReduce(TreeScanner.java:96)
//   	at jdk.compiler/com.sun.source.util.TreeScanner.visitNewClass(TreeScanner.java:609)
//   	at jdk.compiler/com.sun.tools.javac.tree.JCTree$JCNewClass.accept(JCTree.java:1874)
//   	at jdk.compiler/com.sun.source.util.TreePathScanner.scan(TreePathScanner.java:60)
//   	at kaa.processor.SourceRewriter.render(SourceRewriter.java:93)
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
//   	at kaa.fuzz.corpus.CorpusRun.processorPass(CorpusRun.java:483)
//   	at kaa.fuzz.corpus.CorpusRun.process(CorpusRun.java:366)
//   	at kaa.fuzz.corpus.CorpusRun.runCodeBase(CorpusRun.java:320)
//   	at kaa.fuzz.corpus.CorpusRun.lambda$run$0(CorpusRun.java:247)
//   	at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)
//   	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
//   	at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
//   	at java.base/java.lang.Thread.run(Thread.java:840)

package org.apache.commons.math3.linear;
import java.util.Iterator;
import org.apache.commons.math3.exception.MathUnsupportedOperationException;
import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.analysis.UnivariateFunction;
import static kaa.Async.*;
import org.apache.commons.math3.linear.RealVector.*;
import static org.apache.commons.math3.linear.RealVector.*;
abstract class Kc294 {
    @kaa.Coroutine
    static kaa.InProgress<RealVector> co_unmodifiableRealVector(final RealVector v) {
        /**
         * This anonymous class is an implementation of {@link RealVector}
         * with read-only access.
         * It wraps any {@link RealVector}, and exposes all methods which
         * do not modify it. Invoking methods which should normally result
         * in the modification of the calling {@link RealVector} results in
         * a {@link MathUnsupportedOperationException}. It should be noted
         * that {@link UnmodifiableVector} is <em>not</em> immutable.
         */
        return done(new RealVector() {
            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all circumstances.
             */
            @Override
            public RealVector mapToSelf(UnivariateFunction function)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector map(UnivariateFunction function) {
                return v.map(function);
            }

            /** {@inheritDoc} */
            @Override
            public Iterator<Entry> iterator() {
                final Iterator<Entry> i = v.iterator();
                return new Iterator<Entry>() {
                    /** The current entry. */
                    private final UnmodifiableEntry e = new UnmodifiableEntry();

                    /** {@inheritDoc} */
                    public boolean hasNext() {
                        return i.hasNext();
                    }

                    /** {@inheritDoc} */
                    public Entry next() {
                        e.setIndex(i.next().getIndex());
                        return e;
                    }

                    /**
                     * {@inheritDoc}
                     *
                     * @throws MathUnsupportedOperationException in all
                     * circumstances.
                     */
                    public void remove() throws MathUnsupportedOperationException {
                        throw new MathUnsupportedOperationException();
                    }
                };
            }

            /** {@inheritDoc} */
            @Override
            public Iterator<Entry> sparseIterator() {
                final Iterator<Entry> i = v.sparseIterator();

                return new Iterator<Entry>() {
                    /** The current entry. */
                    private final UnmodifiableEntry e = new UnmodifiableEntry();

                    /** {@inheritDoc} */
                    public boolean hasNext() {
                        return i.hasNext();
                    }

                    /** {@inheritDoc} */
                    public Entry next() {
                        e.setIndex(i.next().getIndex());
                        return e;
                    }

                    /**
                     * {@inheritDoc}
                     *
                     * @throws MathUnsupportedOperationException in all
                     * circumstances.
                     */
                    public void remove()
                        throws MathUnsupportedOperationException {
                        throw new MathUnsupportedOperationException();
                    }
                };
            }

            /** {@inheritDoc} */
            @Override
            public RealVector copy() {
                return v.copy();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector add(RealVector w)
                throws DimensionMismatchException {
                return v.add(w);
            }

            /** {@inheritDoc} */
            @Override
            public RealVector subtract(RealVector w)
                throws DimensionMismatchException {
                return v.subtract(w);
            }

            /** {@inheritDoc} */
            @Override
            public RealVector mapAdd(double d) {
                return v.mapAdd(d);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public RealVector mapAddToSelf(double d)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector mapSubtract(double d) {
                return v.mapSubtract(d);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public RealVector mapSubtractToSelf(double d)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector mapMultiply(double d) {
                return v.mapMultiply(d);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public RealVector mapMultiplyToSelf(double d)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector mapDivide(double d) {
                return v.mapDivide(d);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public RealVector mapDivideToSelf(double d)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector ebeMultiply(RealVector w)
                throws DimensionMismatchException {
                return v.ebeMultiply(w);
            }

            /** {@inheritDoc} */
            @Override
            public RealVector ebeDivide(RealVector w)
                throws DimensionMismatchException {
                return v.ebeDivide(w);
            }

            /** {@inheritDoc} */
            @Override
            public double dotProduct(RealVector w)
                throws DimensionMismatchException {
                return v.dotProduct(w);
            }

            /** {@inheritDoc} */
            @Override
            public double cosine(RealVector w)
                throws DimensionMismatchException, MathArithmeticException {
                return v.cosine(w);
            }

            /** {@inheritDoc} */
            @Override
            public double getNorm() {
                return v.getNorm();
            }

            /** {@inheritDoc} */
            @Override
            public double getL1Norm() {
                return v.getL1Norm();
            }

            /** {@inheritDoc} */
            @Override
            public double getLInfNorm() {
                return v.getLInfNorm();
            }

            /** {@inheritDoc} */
            @Override
            public double getDistance(RealVector w)
                throws DimensionMismatchException {
                return v.getDistance(w);
            }

            /** {@inheritDoc} */
            @Override
            public double getL1Distance(RealVector w)
                throws DimensionMismatchException {
                return v.getL1Distance(w);
            }

            /** {@inheritDoc} */
            @Override
            public double getLInfDistance(RealVector w)
                throws DimensionMismatchException {
                return v.getLInfDistance(w);
            }

            /** {@inheritDoc} */
            @Override
            public RealVector unitVector() throws MathArithmeticException {
                return v.unitVector();
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public void unitize() throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public RealMatrix outerProduct(RealVector w) {
                return v.outerProduct(w);
            }

            /** {@inheritDoc} */
            @Override
            public double getEntry(int index) throws OutOfRangeException {
                return v.getEntry(index);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public void setEntry(int index, double value)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public void addToEntry(int index, double value)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public int getDimension() {
                return v.getDimension();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector append(RealVector w) {
                return v.append(w);
            }

            /** {@inheritDoc} */
            @Override
            public RealVector append(double d) {
                return v.append(d);
            }

            /** {@inheritDoc} */
            @Override
            public RealVector getSubVector(int index, int n)
                throws OutOfRangeException, NotPositiveException {
                return v.getSubVector(index, n);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public void setSubVector(int index, RealVector w)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public void set(double value)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** {@inheritDoc} */
            @Override
            public double[] toArray() {
                return v.toArray();
            }

            /** {@inheritDoc} */
            @Override
            public boolean isNaN() {
                return v.isNaN();
            }

            /** {@inheritDoc} */
            @Override
            public boolean isInfinite() {
                return v.isInfinite();
            }

            /** {@inheritDoc} */
            @Override
            public RealVector combine(double a, double b, RealVector y)
                throws DimensionMismatchException {
                return v.combine(a, b, y);
            }

            /**
             * {@inheritDoc}
             *
             * @throws MathUnsupportedOperationException in all
             * circumstances.
             */
            @Override
            public RealVector combineToSelf(double a, double b, RealVector y)
                throws MathUnsupportedOperationException {
                throw new MathUnsupportedOperationException();
            }

            /** An entry in the vector. */
            class UnmodifiableEntry extends Entry {
                /** {@inheritDoc} */
                @Override
                public double getValue() {
                    return v.getEntry(getIndex());
                }

                /**
                 * {@inheritDoc}
                 *
                 * @throws MathUnsupportedOperationException in all
                 * circumstances.
                 */
                @Override
                public void setValue(double value)
                    throws MathUnsupportedOperationException {
                    throw new MathUnsupportedOperationException();
                }
            }
        });
    }
}
