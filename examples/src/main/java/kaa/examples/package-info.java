/**
 * Runnable example programs for kaa-java. {@link kaa.examples.Demo} is the one the README starts: a concurrent HTTP
 * downloader, one coroutine per download over {@link kaa.Socket} ({@link kaa.examples.Downloader}), with live progress
 * bars ({@link kaa.examples.ProgressDisplay}) fed by an incremental parser ({@link kaa.examples.HttpResponseParser}),
 * against a local server it starts ({@link kaa.examples.LocalFileServer}). {@link kaa.examples.Tour} is the earlier
 * demo: a tour of coroutines in five parts (cooperative multitasking, awaiting network-like operations, blocking work
 * on another thread, abort, policies), each in its own class whose {@code @Coroutine} methods kaa-processor turns
 * into the generated {@code *_Coroutines} subclass. {@link kaa.examples.FetchPage} and {@link kaa.examples.Chat} are
 * smaller programs over real sockets.
 */
package kaa.examples;
