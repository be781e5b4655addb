/**
 * Run-time support of generated programs: trace, awaited values, resources, exceptions and the run drivers.
 */
package kaa.fuzz.support;
