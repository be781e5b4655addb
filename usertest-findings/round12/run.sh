#!/bin/bash
# Reproduce the findings of FINDINGS.md. Usage: ./run.sh <name>   (names: see the case list below; "all" runs every one)
# Builds are offline (mvn -o) and niced; nothing is installed into ~/.m2.
set -u
cd "$(dirname "$0")"
R=$PWD
. "$R/min/env.sh"
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin
strip() { sed 's/\x1b\[[0-9;]*m//g' | grep -v '^\s*at org\.junit\|^\s*at java\.base\|^\s*at org\.apache\|^\[ERROR\] *$\|Re-run Maven\|For more information\|Help 1\|See dump files\|individual test results\|To see the full'; }
mvnt() { (cd "$R/app" && timeout 300 nice mvn -o -q test "$@" 2>&1 | strip); }
minjava() { (cd "$R/min" && mkdir -p out && nice javac -d out -cp "$RT" -processorpath "$PROC:$JP" "$1.java" && shift_and_run "$@"); }
shift_and_run() { local c=$1; shift; java -cp "out:$RT" "$c" "$@"; }

case "${1:-help}" in
suite)   # the application's test suite as a team writes it (virtual time in @BeforeEach)
  mvnt ;;
f1)      # processor: nested class with coroutines inside a package-private, concrete top-level class
  cd "$R/min/implicit"
  for v in v6 v8 v10; do echo "== $v: $(grep -m1 -E '^(public |abstract )?class Outer' $v/Outer.java)"
    (cd $v && rm -rf out && nice javac -d out -cp "$RT" -processorpath "$PROC:$JP" Outer.java 2>&1 | head -2; java -cp "out:$RT" Outer 2>&1 | head -1); done
  echo "== v6 on JDK 25"; (cd v6 && rm -rf out && nice $J25/javac -d out -cp "$RT" -processorpath "$PROC:$JP" Outer.java 2>&1 | head -1) ;;
f2)      # one Notifier per test (README's @BeforeEach) leaks a Selector each: Too many open files
  echo "== without close(), ulimit -n 1024"; (ulimit -n 1024; minjava FdLeak 2>&1 | head -4)
  echo "== with close() in @AfterEach";     minjava FdLeak close ;;
f3)      # virtual time + real threads: the ManualTicker notifier jumps over a job that is still running
  minjava VirtualTimeVsThreads
  echo "== the same suite tests, run alone with -Dtest"
  mvnt -Dtest='WeatherServiceTest#retriesAfterFailuresWithBackoff+allAttemptsFailGivesLastIOException' | grep -E 'Tests run:|<<<|expected|Exception:' ;;
f4)      # JUnit 5 parallel execution
  for i in 1 2 3; do echo "== unlocked, run $i"; mvnt -Dparallel=true -Dtest='ParUnlocked*Exp' | grep -E '^\[ERROR\]   |Tests run: [0-9]+, F' | sed 's/Tests run: [0-9]*, Failures/Failures/' | sort | uniq -c; done
  echo "== @ResourceLock(\"kaa.Main\")"; mvnt -Dparallel=true -Dtest='ParLocked*Exp' | grep -E 'Tests run:|ERROR' ; echo "(no output above = all passed)"
  echo "== the app suite in parallel (may hang: killed after 120 s)"
  (cd "$R/app" && timeout 120 nice mvn -o -q test -Dparallel=true 2>&1 | strip | grep -E '<<<|^java|^org.opentest|IllegalState' | head -20; echo "rc=${PIPESTATUS[0]}") ;;
f5)      # assertTimeoutPreemptively: the next test's Main.setNotifier is refused
  minjava ReplaceAfterInterrupt
  mvnt -Dtest=PreemptiveRaceExp | grep -E 'IllegalState' | sed 's/thread-[0-9]*/thread-N/' | sort | uniq -c
  grep -o 'tests="[0-9]*"\|errors="[0-9]*"' "$R/app/target/surefire-reports/TEST-app.PreemptiveRaceExp.xml" | head -2 ;;
f6)      # Main.run() unregisters pools -- unless they were registered before Main.setNotifier
  minjava PoolNotifierOrder pool-first; minjava PoolNotifierOrder notifier-first
  mvnt -Dtest=PoolRunExp ;;
f7)      # two test classes register the same pool in @BeforeAll
  mvnt -Dtest='PoolAExp,PoolBExp' | head -8 ;;
f8)      # state between tests: an orphaned coroutine, an unobserved failure reported in the next test
  mvnt -Dtest=StateLeakExp | head -30 ;;
f9)      # a test that sets no notifier inherits the previous test's
  mvnt -Dtest=ForgotNotifierExp | grep -E '^real|^after|^setNot|<<<|expected' | head
  echo "== the real-clock test alone";   mvnt -Dtest='ForgotNotifierExp#realClockTestThatSetsNoNotifier' | grep -E '^real|<<<'
  echo "== the forgetful virtual-time test alone"; mvnt -Dtest='ForgotNotifierExp#virtualTimeTestThatForgotTheNotifier' | grep -E '<<<|timed out' | head -2 ;;
f10)     # an idle virtual-time notifier: step() and await() block forever
  (cd "$R/min" && mkdir -p out && javac -d out -cp "$RT" IdleVirtualHang.java)
  for m in step loopUntil await; do echo "== $m"; (cd "$R/min" && timeout 5 java -cp "out:$RT" IdleVirtualHang $m; echo "exit code $? (124 = killed after 5 s)"); done ;;
f11)     # unobserved failures: logged at exit in a plain main, lost under Surefire
  minjava ExitLog
  echo "== under surefire (test 3 keeps an unobserved failed InProgress in a static field)"
  (cd "$R/app" && timeout 300 nice mvn -o test -Dtest=ReportsExp 2>&1 | strip | sed -n '/T E S T S/,/BUILD/p'; echo "'before the JVM exited' lines in output and reports: $(cat target/surefire-reports/* 2>/dev/null | grep -c 'before the JVM exited')") ;;
f12)     # an assertion in a callback is swallowed; the test passes
  mvnt -Dtest='ReportsExp#assertionInCallbackIsSwallowed+sameWithOwnReportsCheck' ; echo "(no ERROR above = both tests passed)" ;;
works)   # things that worked as documented
  mvnt -Dtest='TimeoutExp,CoroutineDoubleTest,WeatherServiceFakeTest,ConfigCacheTest,PipelineTest,HeartbeatTest' ;
  (cd "$R/app" && timeout 300 nice mvn -o -q test -DforkCount=2 -DreuseForks=false 2>&1 | strip | grep -E '<<<' ) ;;
all)     for c in suite f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 f11 f12 works; do echo "######## $c"; "$0" $c; done ;;
*)       sed -n '/^case/,/^esac/p' "$0" | grep -E '^[a-z0-9]+\)' ;;
esac
