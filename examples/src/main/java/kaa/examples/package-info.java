/** Runnable example programs for kaa-java; {@link kaa.examples.Demo} is the one the README starts. */
package kaa.examples;
