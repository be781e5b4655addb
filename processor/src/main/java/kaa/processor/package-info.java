/**
 * The kaa-java annotation processor: rewrites {@code @Coroutine} method bodies into generated state machines.
 */
package kaa.processor;
