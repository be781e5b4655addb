/**
 * Support code shared by the runtime and the sources that {@code kaa-processor} generates. For generated code only:
 * nothing here is a public API, and any of it may change between releases without notice.
 */
package kaa.internal;
