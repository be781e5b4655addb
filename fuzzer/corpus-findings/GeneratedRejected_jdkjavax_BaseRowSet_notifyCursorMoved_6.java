// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.sql.rowset/javax/sql/rowset/BaseRowSet.java:BaseRowSet.notifyCursorMoved#6 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BaseRowSet_notifyCursorMoved_6.java
//
// ERROR Kc20678_Coroutines.java:58: incompatible types: kc.javax.sql.rowset.Kc20678_Coroutines cannot be converted to javax.sql.RowSet
// 
// generated source:
// package kc.javax.sql.rowset;
// 
// import java.sql.SQLException;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.sql.RowSet;
// import javax.sql.RowSetEvent;
// import javax.sql.RowSetListener;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc20678}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20678_Coroutines extends Kc20678 {
//     Kc20678_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_notifyCursorMoved() throws SQLException {
//         return new Co_notifyCursorMovedMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20678#co_notifyCursorMoved()}.
//      */
//     private static final class Co_notifyCursorMovedMachine extends CoroutineMachine<Void> {
//         private final Kc20678_Coroutines self;
// 
//         private RowSetEvent event;
// 
//         Co_notifyCursorMovedMachine(Kc20678_Coroutines self) {
//             super(0, TimeUnit.MILLISECONDS);
//             this.self = self;
//         }
// 
//         @Override
//         protected void resume() throws Throwable {
//             dispatch:
//             for (;;) {
//                 switch (label) {
//                     case 0: { // start
//                         self.checkforRowSetInterface();
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc20678.java:23  yield_()
//                         resumedFromSlice();
//                         if (!(self.listeners.isEmpty() == false)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         event = new RowSetEvent((RowSet)self);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20678.java:25  yield_()
//                         resumedFromSlice();
//                         for (RowSetListener rsl : self.listeners) {
//                             rsl.cursorMoved(event);
//                         }
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // after if
//                         returnWith(null);
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
//             event = null;
//         }
//     }
// }
// 

package kc.javax.sql.rowset;
import java.sql.*;
import javax.sql.*;
import java.util.*;
import java.io.*;
import java.math.*;
import javax.sql.rowset.serial.*;
import static kaa.Async.*;
import javax.sql.rowset.*;
import javax.sql.rowset.BaseRowSet.*;
import static javax.sql.rowset.BaseRowSet.*;
abstract class Kc20678 {
    Vector<RowSetListener> listeners;
    void checkforRowSetInterface() throws SQLException {
        if ((this instanceof javax.sql.RowSet) == false) {
            throw new SQLException("The class extending abstract class BaseRowSet " +
                "must implement javax.sql.RowSet or one of it's sub-interfaces.");
        }
    }
    @kaa.Coroutine
    kaa.InProgress<Void> co_notifyCursorMoved() throws SQLException {
        checkforRowSetInterface();
        yield_(); if (listeners.isEmpty() == false) {
            RowSetEvent event = new RowSetEvent((RowSet)this);
            yield_(); for (RowSetListener rsl : listeners) {
                rsl.cursorMoved(event);
            }
        }
    return done(); }
}
