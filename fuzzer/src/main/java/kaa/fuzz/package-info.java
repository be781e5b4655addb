/**
 * The differential fuzzer: random coroutine bodies, compiled with the processor and run as state machines and as
 * plain Java, must leave the same trace.
 */
package kaa.fuzz;
