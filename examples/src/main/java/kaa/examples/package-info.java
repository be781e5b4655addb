/**
 * Runnable example programs for kaa-java. {@link kaa.examples.Demo} is the one the README starts: a tour of
 * coroutines in four parts (cooperative multitasking, awaiting network-like operations, blocking work on another
 * thread, abort), each in its own class whose {@code @Coroutine} methods kaa-processor turns into the generated
 * {@code *_Coroutines} subclass. {@link kaa.examples.LocalFileServer}, {@link kaa.examples.HttpResponseParser} and
 * {@link kaa.examples.ProgressDisplay} are the parts of the concurrent HTTP downloader demo that do not need a socket.
 */
package kaa.examples;
