// CORPUS FINDING: GENERATED_REJECTED
// method: commons-math3:org/apache/commons/math3/genetics/TournamentSelection.java:TournamentSelection.tournament#3 (commons-math3-3.6.1-sources.jar)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar:/root/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_commonsmath3_TournamentSelection_tournament_3.java
//
// ERROR Kc5267_Coroutines.java:65: ';' expected
// ERROR Kc5267_Coroutines.java:65: illegal start of expression
// ERROR Kc5267_Coroutines.java:65: illegal start of expression
// ERROR Kc5267_Coroutines.java:65: illegal start of type
// ERROR Kc5267_Coroutines.java:65: illegal start of expression
// ERROR Kc5267_Coroutines.java:65: illegal start of expression
// ERROR Kc5267_Coroutines.java:66: illegal start of expression
// ERROR Kc5267_Coroutines.java:66: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:66: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:66: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:66: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:66: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:68: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:68: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:68: case, default, or '}' expected
// ERROR Kc5267_Coroutines.java:77: illegal start of type
// ERROR Kc5267_Coroutines.java:84: illegal start of type
// ERROR Kc5267_Coroutines.java:96: illegal start of type
// ERROR Kc5267_Coroutines.java:103: illegal start of type
// ERROR Kc5267_Coroutines.java:108: illegal start of type
// ERROR Kc5267_Coroutines.java:117: illegal start of type
// ERROR Kc5267_Coroutines.java:128: illegal start of type
// ERROR Kc5267_Coroutines.java:132: illegal start of type
// ERROR Kc5267_Coroutines.java:133: invalid method declaration; return type required
// ERROR Kc5267_Coroutines.java:133: illegal start of type
// ERROR Kc5267_Coroutines.java:136: class, interface, enum, or record expected
// ERROR Kc5267_Coroutines.java:139: class, interface, enum, or record expected
// ERROR Kc5267_Coroutines.java:141: class, interface, enum, or record expected
// ERROR Kc5267_Coroutines.java:142: class, interface, enum, or record expected
// ERROR Kc5267_Coroutines.java:143: class, interface, enum, or record expected
// ERROR Kc5267_Coroutines.java:65: org.apache.commons.math3.genetics.ListPopulation is abstract; cannot be instantiated
// ERROR Kc5267_Coroutines.java:65: cannot find symbol
//   symbol:   variable populationLimit
//   location: class org.apache.commons.math3.genetics.Kc5267_Coroutines.Co_tournamentMachine
// ERROR Kc5267_Coroutines.java:65: cannot find symbol
//   symbol:   class inheritDoc
//   location: class org.apache.commons.math3.genetics.Kc5267_Coroutines.Co_tournamentMachine
// ERROR Kc5267_Coroutines.java:75: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:82: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:87: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:91: return outside method
// ERROR Kc5267_Coroutines.java:94: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:101: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:106: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:112: return outside method
// ERROR Kc5267_Coroutines.java:115: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:123: return outside method
// ERROR Kc5267_Coroutines.java:126: undefined label: dispatch
// ERROR Kc5267_Coroutines.java:130: return outside method
// ERROR Kc5267_Coroutines.java:77: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:84: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:96: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:103: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:108: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:117: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:128: initializer must be able to complete normally
// ERROR Kc5267_Coroutines.java:70: unreachable statement
// ERROR Kc5267_Coroutines.java:71: unreachable statement
// ERROR Kc5267_Coroutines.java:97: unreported exception java.lang.Throwable; must be caught or declared to be thrown
// ERROR Kc5267_Coroutines.java:129: unreported exception java.lang.Throwable; must be caught or declared to be thrown
// 
// generated source:
// package org.apache.commons.math3.genetics;
// 
// import java.util.ArrayList;
// import java.util.List;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// import org.apache.commons.math3.exception.MathIllegalArgumentException;
// import org.apache.commons.math3.exception.util.LocalizedFormats;
// 
// /**
//  * The coroutines of {@link Kc5267}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc5267_Coroutines extends Kc5267 {
//     Kc5267_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Chromosome> co_tournament(ListPopulation population) throws
//             MathIllegalArgumentException {
//         return new Co_tournamentMachine(this, population).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc5267#co_tournament(org.apache.commons.math3.genetics.ListPopulation)}.
//      */
//     private static final class Co_tournamentMachine extends CoroutineMachine<Chromosome> {
//         private final Kc5267_Coroutines self;
// 
//         private ListPopulation population;
// 
//         private ListPopulation tournamentPopulation;
// 
//         private List<Chromosome> chromosomes;
// 
//         private int i;
// 
//         Co_tournamentMachine(Kc5267_Coroutines self, ListPopulation population) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.population = population;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc5267.java:43  yield_()
//                         resumedFromSlice();
//                         if (population.getPopulationSize() < self.arity) {
//                             throw new MathIllegalArgumentException(LocalizedFormats.TOO_LARGE_TOURNAMENT_ARITY,
//                                                                    self.arity, population.getPopulationSize());
//                         }
//                         tournamentPopulation = new ListPopulation(self.arity) populationLimit** {@inheritDoc} */
//                             public Population nextGeneration() {
//                                 // not useful here
//                                 return null;
//                             }
//                         };
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc5267.java:57  yield_()
//                         resumedFromSlice();
//                         chromosomes = new ArrayList<Chromosome> (population.getChromosomes());
//                         i = 0;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for i<this.arity
//                         if (!(i<self.arity)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (await(InProgress.finished(GeneticAlgorithm.getRandomGenerator().nextInt(chromosomes.size())), 4)) {
//                             population = null;
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc5267.java:60  yield_(kaa.InProgress.finished(GeneticAlgorithm.getRandomGenerator().nextInt(...
//                         int rind = this.<Integer>awaitedValue();
//                         tournamentPopulation.addChromosome(chromosomes.get(rind));
//                         chromosomes.remove(rind);
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // for update
//                         i++;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 6: { // after for
//                         if (yieldSlice(7)) {
//                             population = null;
//                             chromosomes = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc5267.java:66  yield_()
//                         resumedFromSlice();
//                         if (await(InProgress.finished(tournamentPopulation.getFittestChromosome()), 8)) {
//                             population = null;
//                             tournamentPopulation = null;
//                             chromosomes = null;
//                             return;
//                         }
//                         label = 8;
//                         continue dispatch;
//                     }
//                     case 8: { // Kc5267.java:66  yield_(kaa.InProgress.finished(tournamentPopulation.getFittestChromosome()))
//                         returnWith(this.<Chromosome>awaitedValue());
//                         return;
//                     }
//                     default:
//                         throw new IllegalStateException("no such state: " + label);
//                 }
//             }
//         }
// 
//         @Override
//         protected void clearFields() {
//             population = null;
//             tournamentPopulation = null;
//             chromosomes = null;
//         }
//     }
// }
// 

package org.apache.commons.math3.genetics;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.util.LocalizedFormats;
import static kaa.Async.*;
import org.apache.commons.math3.genetics.TournamentSelection.*;
import static org.apache.commons.math3.genetics.TournamentSelection.*;
abstract class Kc5267 {
    int arity;
    ChromosomePair select(final Population population) throws MathIllegalArgumentException {
        return new ChromosomePair(tournament((ListPopulation) population),
                                  tournament((ListPopulation) population));
    }
    Chromosome tournament(final ListPopulation population) throws MathIllegalArgumentException {
        if (population.getPopulationSize() < this.arity) {
            throw new MathIllegalArgumentException(LocalizedFormats.TOO_LARGE_TOURNAMENT_ARITY,
                                                   arity, population.getPopulationSize());
        }
        // auxiliary population
        ListPopulation tournamentPopulation = new ListPopulation(this.arity) {
            /** {@inheritDoc} */
            public Population nextGeneration() {
                // not useful here
                return null;
            }
        };

        // create a copy of the chromosome list
        List<Chromosome> chromosomes = new ArrayList<Chromosome> (population.getChromosomes());
        for (int i=0; i<this.arity; i++) {
            // select a random individual and add it to the tournament
            int rind = GeneticAlgorithm.getRandomGenerator().nextInt(chromosomes.size());
            tournamentPopulation.addChromosome(chromosomes.get(rind));
            // do not select it again
            chromosomes.remove(rind);
        }
        // the winner takes it all
        return tournamentPopulation.getFittestChromosome();
    }
    @kaa.Coroutine
    kaa.InProgress<Chromosome> co_tournament(final ListPopulation population) throws MathIllegalArgumentException {
        yield_(); if (population.getPopulationSize() < this.arity) {
            throw new MathIllegalArgumentException(LocalizedFormats.TOO_LARGE_TOURNAMENT_ARITY,
                                                   arity, population.getPopulationSize());
        }
        // auxiliary population
        ListPopulation tournamentPopulation = new ListPopulation(this.arity) {
            /** {@inheritDoc} */
            public Population nextGeneration() {
                // not useful here
                return null;
            }
        };

        // create a copy of the chromosome list
        yield_(); List<Chromosome> chromosomes = new ArrayList<Chromosome> (population.getChromosomes());
        for (int i=0; i<this.arity; i++) {
            // select a random individual and add it to the tournament
            int rind = yield_(kaa.InProgress.finished(GeneticAlgorithm.getRandomGenerator().nextInt(chromosomes.size())));
            tournamentPopulation.addChromosome(chromosomes.get(rind));
            // do not select it again
            chromosomes.remove(rind);
        }
        // the winner takes it all
        yield_(); return done(yield_(kaa.InProgress.finished(tournamentPopulation.getFittestChromosome())));
    }
}
