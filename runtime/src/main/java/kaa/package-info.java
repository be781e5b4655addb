/**
 * Coroutines, asynchronous results and the main loop: the public API of kaa-java.
 */
package kaa;
