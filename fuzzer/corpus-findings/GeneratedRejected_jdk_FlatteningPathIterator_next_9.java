// CORPUS FINDING: GENERATED_REJECTED
// method: jdk:java.desktop/java/awt/geom/FlatteningPathIterator.java:FlatteningPathIterator.next#9 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdk_FlatteningPathIterator_next_9.java
//
// ERROR Kc21802_Coroutines.java:90: cannot find symbol
//   symbol:   variable SEG_MOVETO
//   location: class kc.java.awt.geom.Kc21802_Coroutines.Co_nextMachine
// ERROR Kc21802_Coroutines.java:93: cannot find symbol
//   symbol:   variable SEG_LINETO
//   location: class kc.java.awt.geom.Kc21802_Coroutines.Co_nextMachine
// ERROR Kc21802_Coroutines.java:96: cannot find symbol
//   symbol:   variable SEG_CLOSE
//   location: class kc.java.awt.geom.Kc21802_Coroutines.Co_nextMachine
// ERROR Kc21802_Coroutines.java:99: cannot find symbol
//   symbol:   variable SEG_QUADTO
//   location: class kc.java.awt.geom.Kc21802_Coroutines.Co_nextMachine
// ERROR Kc21802_Coroutines.java:102: cannot find symbol
//   symbol:   variable SEG_CUBICTO
//   location: class kc.java.awt.geom.Kc21802_Coroutines.Co_nextMachine
// 
// generated source:
// package kc.java.awt.geom;
// 
// import java.awt.geom.CubicCurve2D;
// import java.awt.geom.PathIterator;
// import java.awt.geom.QuadCurve2D;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc21802}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc21802_Coroutines extends Kc21802 {
//     Kc21802_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_next(boolean doNext) {
//         return new Co_nextMachine(this, doNext).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc21802#co_next(boolean)}.
//      */
//     private static final class Co_nextMachine extends CoroutineMachine<Void> {
//         private final Kc21802_Coroutines self;
// 
//         private boolean doNext;
// 
//         private int level;
// 
//         private int selector;
// 
//         private Void result;
// 
//         Co_nextMachine(Kc21802_Coroutines self, boolean doNext) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//             this.doNext = doNext;
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
//                     case 1: { // Kc21802.java:202  yield_()
//                         resumedFromSlice();
//                         if (!(self.holdIndex >= self.holdEnd)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (doNext) {
//                             self.src.next();
//                         }
//                         if (self.src.isDone()) {
//                             self.done = true;
//                             result = null;
//                             label = 35;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             result = null;
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc21802.java:210  yield_()
//                         resumedFromSlice();
//                         self.holdType = self.src.currentSegment(self.hold);
//                         self.levelIndex = 0;
//                         self.levels[0] = 0;
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // after if
//                         selector = self.holdType;
//                         switch (selector) {
//                             case SEG_MOVETO:
//                                 label = 4;
//                                 continue dispatch;
//                             case SEG_LINETO:
//                                 label = 5;
//                                 continue dispatch;
//                             case SEG_CLOSE:
//                                 label = 8;
//                                 continue dispatch;
//                             case SEG_QUADTO:
//                                 label = 12;
//                                 continue dispatch;
//                             case SEG_CUBICTO:
//                                 label = 22;
//                                 continue dispatch;
//                         }
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 4: { // case SEG_MOVETO
//                         label = 5;
//                         continue dispatch;
//                     }
//                     case 5: { // case SEG_LINETO
//                         self.curx = self.hold[0];
//                         self.cury = self.hold[1];
//                         if (self.holdType == PathIterator.SEG_MOVETO) {
//                             self.movx = self.curx;
//                             self.movy = self.cury;
//                         }
//                         self.holdIndex = 0;
//                         if (yieldSlice(6)) {
//                             result = null;
//                             return;
//                         }
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // Kc21802.java:225  yield_()
//                         resumedFromSlice();
//                         self.holdEnd = 0;
//                         if (yieldSlice(7)) {
//                             result = null;
//                             return;
//                         }
//                         label = 7;
//                         continue dispatch;
//                     }
//                     case 7: { // Kc21802.java:226  yield_()
//                         resumedFromSlice();
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 8: { // case SEG_CLOSE
//                         if (yieldSlice(9)) {
//                             result = null;
//                             return;
//                         }
//                         label = 9;
//                         continue dispatch;
//                     }
//                     case 9: { // Kc21802.java:228  yield_()
//                         resumedFromSlice();
//                         self.curx = self.movx;
//                         if (yieldSlice(10)) {
//                             result = null;
//                             return;
//                         }
//                         label = 10;
//                         continue dispatch;
//                     }
//                     case 10: { // Kc21802.java:229  yield_()
//                         resumedFromSlice();
//                         self.cury = self.movy;
//                         self.holdIndex = 0;
//                         if (yieldSlice(11)) {
//                             result = null;
//                             return;
//                         }
//                         label = 11;
//                         continue dispatch;
//                     }
//                     case 11: { // Kc21802.java:231  yield_()
//                         resumedFromSlice();
//                         self.holdEnd = 0;
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 12: { // case SEG_QUADTO
//                         if (yieldSlice(13)) {
//                             result = null;
//                             return;
//                         }
//                         label = 13;
//                         continue dispatch;
//                     }
//                     case 13: { // Kc21802.java:234  yield_()
//                         resumedFromSlice();
//                         if (!(self.holdIndex >= self.holdEnd)) {
//                             label = 15;
//                             continue dispatch;
//                         }
//                         self.holdIndex = self.hold.length - 6;
//                         self.holdEnd = self.hold.length - 2;
//                         self.hold[self.holdIndex + 0] = self.curx;
//                         self.hold[self.holdIndex + 1] = self.cury;
//                         if (yieldSlice(14)) {
//                             result = null;
//                             return;
//                         }
//                         label = 14;
//                         continue dispatch;
//                     }
//                     case 14: { // Kc21802.java:240  yield_()
//                         resumedFromSlice();
//                         self.hold[self.holdIndex + 2] = self.hold[0];
//                         self.hold[self.holdIndex + 3] = self.hold[1];
//                         self.hold[self.holdIndex + 4] = self.curx = self.hold[2];
//                         self.hold[self.holdIndex + 5] = self.cury = self.hold[3];
//                         label = 15;
//                         continue dispatch;
//                     }
//                     case 15: { // after if
//                         level = self.levels[self.levelIndex];
//                         if (yieldSlice(16)) {
//                             result = null;
//                             return;
//                         }
//                         label = 16;
//                         continue dispatch;
//                     }
//                     case 16: { // Kc21802.java:247  yield_()
//                         resumedFromSlice();
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 17: { // while (level < limit)
//                         if (!(level < self.limit)) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (QuadCurve2D.getFlatnessSq(self.hold, self.holdIndex) < self.squareflat) {
//                             label = 20;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(18)) {
//                             result = null;
//                             return;
//                         }
//                         label = 18;
//                         continue dispatch;
//                     }
//                     case 18: { // Kc21802.java:252  yield_()
//                         resumedFromSlice();
//                         self.ensureHoldCapacity(4);
//                         QuadCurve2D.subdivide(self.hold, self.holdIndex,
//                                               self.hold, self.holdIndex - 4,
//                                               self.hold, self.holdIndex);
//                         if (yieldSlice(19)) {
//                             result = null;
//                             return;
//                         }
//                         label = 19;
//                         continue dispatch;
//                     }
//                     case 19: { // Kc21802.java:256  yield_()
//                         resumedFromSlice();
//                         self.holdIndex -= 4;
//                         level++;
//                         self.levels[self.levelIndex] = level;
//                         self.levelIndex++;
//                         self.levels[self.levelIndex] = level;
//                         label = 17;
//                         continue dispatch;
//                     }
//                     case 20: { // after while
//                         self.holdIndex += 4;
//                         self.levelIndex--;
//                         if (yieldSlice(21)) {
//                             result = null;
//                             return;
//                         }
//                         label = 21;
//                         continue dispatch;
//                     }
//                     case 21: { // Kc21802.java:277  yield_()
//                         resumedFromSlice();
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 22: { // case SEG_CUBICTO
//                         if (!(self.holdIndex >= self.holdEnd)) {
//                             label = 24;
//                             continue dispatch;
//                         }
//                         self.holdIndex = self.hold.length - 8;
//                         self.holdEnd = self.hold.length - 2;
//                         if (yieldSlice(23)) {
//                             result = null;
//                             return;
//                         }
//                         label = 23;
//                         continue dispatch;
//                     }
//                     case 23: { // Kc21802.java:283  yield_()
//                         resumedFromSlice();
//                         self.hold[self.holdIndex + 0] = self.curx;
//                         self.hold[self.holdIndex + 1] = self.cury;
//                         self.hold[self.holdIndex + 2] = self.hold[0];
//                         self.hold[self.holdIndex + 3] = self.hold[1];
//                         self.hold[self.holdIndex + 4] = self.hold[2];
//                         self.hold[self.holdIndex + 5] = self.hold[3];
//                         self.hold[self.holdIndex + 6] = self.curx = self.hold[4];
//                         self.hold[self.holdIndex + 7] = self.cury = self.hold[5];
//                         label = 24;
//                         continue dispatch;
//                     }
//                     case 24: { // after if
//                         if (yieldSlice(25)) {
//                             result = null;
//                             return;
//                         }
//                         label = 25;
//                         continue dispatch;
//                     }
//                     case 25: { // Kc21802.java:293  yield_()
//                         resumedFromSlice();
//                         level = self.levels[self.levelIndex];
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 26: { // while (level < limit)
//                         if (!(level < self.limit)) {
//                             label = 31;
//                             continue dispatch;
//                         }
//                         if (!(CubicCurve2D.getFlatnessSq(self.hold, self.holdIndex) < self.squareflat)) {
//                             label = 28;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(27)) {
//                             result = null;
//                             return;
//                         }
//                         label = 27;
//                         continue dispatch;
//                     }
//                     case 27: { // Kc21802.java:296  yield_()
//                         resumedFromSlice();
//                         label = 31;
//                         continue dispatch;
//                     }
//                     case 28: { // after if
//                         self.ensureHoldCapacity(6);
//                         if (yieldSlice(29)) {
//                             result = null;
//                             return;
//                         }
//                         label = 29;
//                         continue dispatch;
//                     }
//                     case 29: { // Kc21802.java:300  yield_()
//                         resumedFromSlice();
//                         CubicCurve2D.subdivide(self.hold, self.holdIndex,
//                                                self.hold, self.holdIndex - 6,
//                                                self.hold, self.holdIndex);
//                         if (yieldSlice(30)) {
//                             result = null;
//                             return;
//                         }
//                         label = 30;
//                         continue dispatch;
//                     }
//                     case 30: { // Kc21802.java:303  yield_()
//                         resumedFromSlice();
//                         self.holdIndex -= 6;
//                         level++;
//                         self.levels[self.levelIndex] = level;
//                         self.levelIndex++;
//                         self.levels[self.levelIndex] = level;
//                         label = 26;
//                         continue dispatch;
//                     }
//                     case 31: { // after while
//                         if (yieldSlice(32)) {
//                             result = null;
//                             return;
//                         }
//                         label = 32;
//                         continue dispatch;
//                     }
//                     case 32: { // Kc21802.java:322  yield_()
//                         resumedFromSlice();
//                         self.holdIndex += 6;
//                         if (yieldSlice(33)) {
//                             result = null;
//                             return;
//                         }
//                         label = 33;
//                         continue dispatch;
//                     }
//                     case 33: { // Kc21802.java:323  yield_()
//                         resumedFromSlice();
//                         self.levelIndex--;
//                         label = 34;
//                         continue dispatch;
//                     }
//                     case 34: { // after switch
//                         returnWith(null);
//                         return;
//                     }
//                     case 35: { // return done(...)
//                         returnWith(result);
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
//             result = null;
//         }
//     }
// }
// 

package kc.java.awt.geom;
import java.util.*;
import static kaa.Async.*;
import java.awt.geom.*;
import java.awt.geom.FlatteningPathIterator.*;
import static java.awt.geom.FlatteningPathIterator.*;
abstract class Kc21802 {
    PathIterator src;
    double squareflat;
    int limit;
    double[] hold = new double[14];
    double curx;
    double cury;
    double movx;
    double movy;
    int holdType;
    int holdEnd;
    int holdIndex;
    int[] levels;
    int levelIndex;
    boolean done;
    boolean isDone() {
        return done;
    }
    void ensureHoldCapacity(int want) {
        if (holdIndex - want < 0) {
            int have = hold.length - holdIndex;
            int newsize = hold.length + GROW_SIZE;
            double[] newhold = new double[newsize];
            System.arraycopy(hold, holdIndex,
                             newhold, holdIndex + GROW_SIZE,
                             have);
            hold = newhold;
            holdIndex += GROW_SIZE;
            holdEnd += GROW_SIZE;
        }
    }
    void next() {
        next(true);
    }
    void next(boolean doNext) {
        int level;

        if (holdIndex >= holdEnd) {
            if (doNext) {
                src.next();
            }
            if (src.isDone()) {
                done = true;
                return;
            }
            holdType = src.currentSegment(hold);
            levelIndex = 0;
            levels[0] = 0;
        }

        switch (holdType) {
        case SEG_MOVETO:
        case SEG_LINETO:
            curx = hold[0];
            cury = hold[1];
            if (holdType == SEG_MOVETO) {
                movx = curx;
                movy = cury;
            }
            holdIndex = 0;
            holdEnd = 0;
            break;
        case SEG_CLOSE:
            curx = movx;
            cury = movy;
            holdIndex = 0;
            holdEnd = 0;
            break;
        case SEG_QUADTO:
            if (holdIndex >= holdEnd) {
                // Move the coordinates to the end of the array.
                holdIndex = hold.length - 6;
                holdEnd = hold.length - 2;
                hold[holdIndex + 0] = curx;
                hold[holdIndex + 1] = cury;
                hold[holdIndex + 2] = hold[0];
                hold[holdIndex + 3] = hold[1];
                hold[holdIndex + 4] = curx = hold[2];
                hold[holdIndex + 5] = cury = hold[3];
            }

            level = levels[levelIndex];
            while (level < limit) {
                if (QuadCurve2D.getFlatnessSq(hold, holdIndex) < squareflat) {
                    break;
                }

                ensureHoldCapacity(4);
                QuadCurve2D.subdivide(hold, holdIndex,
                                      hold, holdIndex - 4,
                                      hold, holdIndex);
                holdIndex -= 4;

                // Now that we have subdivided, we have constructed
                // two curves of one depth lower than the original
                // curve.  One of those curves is in the place of
                // the former curve and one of them is in the next
                // set of held coordinate slots.  We now set both
                // curves level values to the next higher level.
                level++;
                levels[levelIndex] = level;
                levelIndex++;
                levels[levelIndex] = level;
            }

            // This curve segment is flat enough, or it is too deep
            // in recursion levels to try to flatten any more.  The
            // two coordinates at holdIndex+4 and holdIndex+5 now
            // contain the endpoint of the curve which can be the
            // endpoint of an approximating line segment.
            holdIndex += 4;
            levelIndex--;
            break;
        case SEG_CUBICTO:
            if (holdIndex >= holdEnd) {
                // Move the coordinates to the end of the array.
                holdIndex = hold.length - 8;
                holdEnd = hold.length - 2;
                hold[holdIndex + 0] = curx;
                hold[holdIndex + 1] = cury;
                hold[holdIndex + 2] = hold[0];
                hold[holdIndex + 3] = hold[1];
                hold[holdIndex + 4] = hold[2];
                hold[holdIndex + 5] = hold[3];
                hold[holdIndex + 6] = curx = hold[4];
                hold[holdIndex + 7] = cury = hold[5];
            }

            level = levels[levelIndex];
            while (level < limit) {
                if (CubicCurve2D.getFlatnessSq(hold, holdIndex) < squareflat) {
                    break;
                }

                ensureHoldCapacity(6);
                CubicCurve2D.subdivide(hold, holdIndex,
                                       hold, holdIndex - 6,
                                       hold, holdIndex);
                holdIndex -= 6;

                // Now that we have subdivided, we have constructed
                // two curves of one depth lower than the original
                // curve.  One of those curves is in the place of
                // the former curve and one of them is in the next
                // set of held coordinate slots.  We now set both
                // curves level values to the next higher level.
                level++;
                levels[levelIndex] = level;
                levelIndex++;
                levels[levelIndex] = level;
            }

            // This curve segment is flat enough, or it is too deep
            // in recursion levels to try to flatten any more.  The
            // two coordinates at holdIndex+6 and holdIndex+7 now
            // contain the endpoint of the curve which can be the
            // endpoint of an approximating line segment.
            holdIndex += 6;
            levelIndex--;
            break;
        }
    }
    int currentSegment(float[] coords) {
        if (isDone()) {
            throw new NoSuchElementException("flattening iterator out of bounds");
        }
        int type = holdType;
        if (type != SEG_CLOSE) {
            coords[0] = (float) hold[holdIndex + 0];
            coords[1] = (float) hold[holdIndex + 1];
            if (type != SEG_MOVETO) {
                type = SEG_LINETO;
            }
        }
        return type;
    }
    int currentSegment(double[] coords) {
        if (isDone()) {
            throw new NoSuchElementException("flattening iterator out of bounds");
        }
        int type = holdType;
        if (type != SEG_CLOSE) {
            coords[0] = hold[holdIndex + 0];
            coords[1] = hold[holdIndex + 1];
            if (type != SEG_MOVETO) {
                type = SEG_LINETO;
            }
        }
        return type;
    }
    static final int GROW_SIZE = 24;
    @kaa.Coroutine
    kaa.InProgress<Void> co_next(boolean doNext) {
        int level;

        yield_(); if (holdIndex >= holdEnd) {
            if (doNext) {
                src.next();
            }
            if (src.isDone()) {
                done = true;
                return done();
            }
            yield_(); holdType = src.currentSegment(hold);
            levelIndex = 0;
            levels[0] = 0;
        }

        switch (holdType) {
        case SEG_MOVETO:
        case SEG_LINETO:
            curx = hold[0];
            cury = hold[1];
            if (holdType == SEG_MOVETO) {
                movx = curx;
                movy = cury;
            }
            holdIndex = 0;
            yield_(); holdEnd = 0;
            yield_(); break;
        case SEG_CLOSE:
            yield_(); curx = movx;
            yield_(); cury = movy;
            holdIndex = 0;
            yield_(); holdEnd = 0;
            break;
        case SEG_QUADTO:
            yield_(); if (holdIndex >= holdEnd) {
                // Move the coordinates to the end of the array.
                holdIndex = hold.length - 6;
                holdEnd = hold.length - 2;
                hold[holdIndex + 0] = curx;
                hold[holdIndex + 1] = cury;
                yield_(); hold[holdIndex + 2] = hold[0];
                hold[holdIndex + 3] = hold[1];
                hold[holdIndex + 4] = curx = hold[2];
                hold[holdIndex + 5] = cury = hold[3];
            }

            level = levels[levelIndex];
            yield_(); while (level < limit) {
                if (QuadCurve2D.getFlatnessSq(hold, holdIndex) < squareflat) {
                    break;
                }

                yield_(); ensureHoldCapacity(4);
                QuadCurve2D.subdivide(hold, holdIndex,
                                      hold, holdIndex - 4,
                                      hold, holdIndex);
                yield_(); holdIndex -= 4;

                // Now that we have subdivided, we have constructed
                // two curves of one depth lower than the original
                // curve.  One of those curves is in the place of
                // the former curve and one of them is in the next
                // set of held coordinate slots.  We now set both
                // curves level values to the next higher level.
                level++;
                levels[levelIndex] = level;
                levelIndex++;
                levels[levelIndex] = level;
            }

            // This curve segment is flat enough, or it is too deep
            // in recursion levels to try to flatten any more.  The
            // two coordinates at holdIndex+4 and holdIndex+5 now
            // contain the endpoint of the curve which can be the
            // endpoint of an approximating line segment.
            holdIndex += 4;
            levelIndex--;
            yield_(); break;
        case SEG_CUBICTO:
            if (holdIndex >= holdEnd) {
                // Move the coordinates to the end of the array.
                holdIndex = hold.length - 8;
                holdEnd = hold.length - 2;
                yield_(); hold[holdIndex + 0] = curx;
                hold[holdIndex + 1] = cury;
                hold[holdIndex + 2] = hold[0];
                hold[holdIndex + 3] = hold[1];
                hold[holdIndex + 4] = hold[2];
                hold[holdIndex + 5] = hold[3];
                hold[holdIndex + 6] = curx = hold[4];
                hold[holdIndex + 7] = cury = hold[5];
            }

            yield_(); level = levels[levelIndex];
            while (level < limit) {
                if (CubicCurve2D.getFlatnessSq(hold, holdIndex) < squareflat) {
                    yield_(); break;
                }

                ensureHoldCapacity(6);
                yield_(); CubicCurve2D.subdivide(hold, holdIndex,
                                       hold, holdIndex - 6,
                                       hold, holdIndex);
                yield_(); holdIndex -= 6;

                // Now that we have subdivided, we have constructed
                // two curves of one depth lower than the original
                // curve.  One of those curves is in the place of
                // the former curve and one of them is in the next
                // set of held coordinate slots.  We now set both
                // curves level values to the next higher level.
                level++;
                levels[levelIndex] = level;
                levelIndex++;
                levels[levelIndex] = level;
            }

            // This curve segment is flat enough, or it is too deep
            // in recursion levels to try to flatten any more.  The
            // two coordinates at holdIndex+6 and holdIndex+7 now
            // contain the endpoint of the curve which can be the
            // endpoint of an approximating line segment.
            yield_(); holdIndex += 6;
            yield_(); levelIndex--;
            break;
        }
    return done(); }
}
