// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.sql.rowset/javax/sql/rowset/BaseRowSet.java:BaseRowSet.notifyRowChanged#7 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BaseRowSet_notifyRowChanged_7.java
//
// ERROR Kc20679_Coroutines.java:63: incompatible types: kc.javax.sql.rowset.Kc20679_Coroutines cannot be converted to javax.sql.RowSet
// 
// generated source:
// package kc.javax.sql.rowset;
// 
// import java.sql.SQLException;
// import java.util.Iterator;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.sql.RowSet;
// import javax.sql.RowSetEvent;
// import javax.sql.RowSetListener;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc20679}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20679_Coroutines extends Kc20679 {
//     Kc20679_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_notifyRowChanged() throws SQLException {
//         return new Co_notifyRowChangedMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20679#co_notifyRowChanged()}.
//      */
//     private static final class Co_notifyRowChangedMachine extends CoroutineMachine<Void> {
//         private final Kc20679_Coroutines self;
// 
//         private RowSetEvent event;
// 
//         private RowSetListener rsl;
// 
//         private Iterator<? extends RowSetListener> iterator;
// 
//         Co_notifyRowChangedMachine(Kc20679_Coroutines self) {
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
//                         if (!(self.listeners.isEmpty() == false)) {
//                             label = 6;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc20679.java:24  yield_()
//                         resumedFromSlice();
//                         event = new RowSetEvent((RowSet)self);
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20679.java:25  yield_()
//                         resumedFromSlice();
//                         iterator = self.listeners.iterator();
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 3: { // for (RowSetListener rsl : ...)
//                         if (!iterator.hasNext()) {
//                             label = 5;
//                             continue dispatch;
//                         }
//                         rsl = iterator.next();
//                         if (yieldSlice(4)) {
//                             return;
//                         }
//                         label = 4;
//                         continue dispatch;
//                     }
//                     case 4: { // Kc20679.java:26  yield_()
//                         resumedFromSlice();
//                         rsl.rowChanged(event);
//                         label = 3;
//                         continue dispatch;
//                     }
//                     case 5: { // after for
//                         label = 6;
//                         continue dispatch;
//                     }
//                     case 6: { // after if
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
//             rsl = null;
//             iterator = null;
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
abstract class Kc20679 {
    Vector<RowSetListener> listeners;
    void checkforRowSetInterface() throws SQLException {
        if ((this instanceof javax.sql.RowSet) == false) {
            throw new SQLException("The class extending abstract class BaseRowSet " +
                "must implement javax.sql.RowSet or one of it's sub-interfaces.");
        }
    }
    @kaa.Coroutine
    kaa.InProgress<Void> co_notifyRowChanged() throws SQLException {
        checkforRowSetInterface();
        if (listeners.isEmpty() == false) {
                yield_(); RowSetEvent event = new RowSetEvent((RowSet)this);
                yield_(); for (RowSetListener rsl : listeners) {
                    yield_(); rsl.rowChanged(event);
                }
        }
    return done(); }
}
