/** Coroutines in a named module. */
package kaa.it.jpms;
