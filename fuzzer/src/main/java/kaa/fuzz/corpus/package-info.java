/**
 * The real-code corpus: methods of the JDK, Guava, commons-lang3 and commons-collections4 rewritten into coroutines,
 * compiled with the processor, counted, and (the pure static ones) run both ways.
 */
package kaa.fuzz.corpus;
