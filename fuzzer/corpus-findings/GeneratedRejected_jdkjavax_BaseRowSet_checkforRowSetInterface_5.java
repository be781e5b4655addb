// CORPUS FINDING: GENERATED_REJECTED
// method: jdk-javax:java.sql.rowset/javax/sql/rowset/BaseRowSet.java:BaseRowSet.checkforRowSetInterface#5 (src.zip)
// reproduce (from the repository root, after mvn -B -o -q -pl fuzzer -am package -DskipTests):
//   mkdir -p /tmp/kc && javac --release 17 -d /tmp/kc -cp runtime/target/kaa-runtime-0.1.0-SNAPSHOT.jar -processorpath processor/target/kaa-processor-0.1.0-SNAPSHOT.jar:/root/.m2/repository/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar -processor kaa.processor.CoroutineProcessor fuzzer/corpus-findings/GeneratedRejected_jdkjavax_BaseRowSet_checkforRowSetInterface_5.java
//
// ERROR Kc20677_Coroutines.java:49: incompatible types: kc.javax.sql.rowset.Kc20677_Coroutines cannot be converted to javax.sql.RowSet
// 
// generated source:
// package kc.javax.sql.rowset;
// 
// import java.sql.SQLException;
// import java.util.concurrent.TimeUnit;
// import javax.annotation.processing.Generated;
// import javax.sql.RowSet;
// import kaa.InProgress;
// import kaa.internal.CoroutineMachine;
// 
// /**
//  * The coroutines of {@link Kc20677}, rewritten into state machines by kaa-processor.
//  */
// @Generated("kaa.processor.CoroutineProcessor")
// final class Kc20677_Coroutines extends Kc20677 {
//     Kc20677_Coroutines() {
//         super();
//     }
// 
//     @Override
//     InProgress<Void> co_checkforRowSetInterface() throws SQLException {
//         return new Co_checkforRowSetInterfaceMachine(this).start();
//     }
// 
//     /**
//      * The state machine of {@link Kc20677#co_checkforRowSetInterface()}.
//      */
//     private static final class Co_checkforRowSetInterfaceMachine extends CoroutineMachine<Void> {
//         private final Kc20677_Coroutines self;
// 
//         Co_checkforRowSetInterfaceMachine(Kc20677_Coroutines self) {
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
//                         if (yieldSlice(1)) {
//                             return;
//                         }
//                         label = 1;
//                         continue dispatch;
//                     }
//                     case 1: { // Kc20677.java:15  yield_()
//                         resumedFromSlice();
//                         if (!((self instanceof RowSet) == false)) {
//                             label = 3;
//                             continue dispatch;
//                         }
//                         if (yieldSlice(2)) {
//                             return;
//                         }
//                         label = 2;
//                         continue dispatch;
//                     }
//                     case 2: { // Kc20677.java:16  yield_()
//                         resumedFromSlice();
//                         throw new SQLException("The class extending abstract class BaseRowSet " +
//                             "must implement javax.sql.RowSet or one of it's sub-interfaces.");
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
abstract class Kc20677 {
    @kaa.Coroutine
    kaa.InProgress<Void> co_checkforRowSetInterface() throws SQLException {
        yield_(); if ((this instanceof javax.sql.RowSet) == false) {
            yield_(); throw new SQLException("The class extending abstract class BaseRowSet " +
                "must implement javax.sql.RowSet or one of it's sub-interfaces.");
        }
    return done(); }
}
