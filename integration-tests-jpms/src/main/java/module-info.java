/**
 * A user's named module: it reads kaa.runtime and nothing else (in particular not java.compiler, where
 * {@code @javax.annotation.processing.Generated} lives), yet its coroutines compile and run.
 */
module kaa.it.jpms {
    requires kaa.runtime;
}
