package kaa.processor;

/**
 * Every error the processor reports: a stable tag, the rule, and what to do. Formatted with
 * {@link String#format}; the arguments fill in the facts.
 */
enum Message {
    YIELD_IN_LAMBDA("yield-in-lambda",
            "yield_() cannot suspend the coroutine from inside a lambda: the lambda runs later, outside the"
                    + " coroutine. Await before creating the lambda and capture the value, or make the lambda's work a"
                    + " @Coroutine method and yield_() its InProgress."),
    YIELD_IN_CLASS("yield-in-class",
            "yield_() cannot suspend the coroutine from inside an anonymous or local class. Move the await into the"
                    + " coroutine body, or make the method a @Coroutine of its own."),
    YIELD_IN_SYNCHRONIZED("yield-in-synchronized",
            "yield_() cannot suspend inside a synchronized block: the monitor would be held across the suspension"
                    + " (or silently released). Leave the block before suspending, or use Policy.SYNCHRONIZED."),
    SYNCHRONIZED_COROUTINE("synchronized-coroutine",
            "A @Coroutine method cannot be synchronized: its body runs in steps on the notifier thread. Remove"
                    + " 'synchronized'; use @Coroutine(policy = Policy.SYNCHRONIZED) to run invocations one after"
                    + " another."),
    YIELD_OUTSIDE_COROUTINE("yield-outside-coroutine",
            "%s() only works inside a method annotated @Coroutine, and this is %s"),
    SEALED_WITHOUT_GENERATED("sealed-class",
            "The sealed class %s has instance coroutines, so the generated %2$s must extend it: add %2$s to its"
                    + " permits clause (it is generated non-sealed; the classes that extend %1$s then extend %2$s)."),
    NEGATIVE_INTERVAL("negative-interval",
            "'%s' has @Coroutine(interval = %s): an interval is how long the coroutine waits between steps, at least 0"
                    + " (0, the default, is the next time slice)."),
    RETURN_NULL("return-null",
            "'%s' is a @Coroutine: it returns done(value), or an InProgress whose outcome it takes, and 'return null'"
                    + " would fail it with a NullPointerException. Write 'return done(null)' to finish with null."),
    LAST_WITHOUT_PASS_LAST("last-without-pass-last",
            "last() is the previous unfinished invocation under Policy.PASS_LAST, and '%s' has another policy. Annotate"
                    + " it @Coroutine(policy = Policy.PASS_LAST), or keep the previous InProgress in a field yourself."),
    THREADED_AND_COROUTINE("threaded-and-coroutine",
            "'%s' cannot be both @Coroutine and @Threaded. A @Threaded method runs its plain body on another thread;"
                    + " a @Coroutine runs in steps on the notifier thread. Keep one; a coroutine can yield_() a"
                    + " @Threaded method's InProgress."),
    THREADED_RETURN_TYPE("threaded-return-type",
            "A @Threaded method must return InProgress<T>; '%s' returns %s. Declare InProgress<T> and end the body"
                    + " with 'return done(value);' — the body runs on another thread and the caller gets the"
                    + " InProgress at once."),
    PRIVATE_MEMBER("private-member",
            "A coroutine body cannot use the private member '%s' of %s: the generated class that runs the body is a"
                    + " subclass and cannot see it. Make '%s' package-private."),
    PRIVATE_RECORD_FIELD("private-member",
            "A coroutine body cannot read the private field '%s' of the record %s: the generated class that runs the"
                    + " body cannot see it. Call its accessor, '%s()'."),
    PROTECTED_MEMBER("protected-member",
            "A coroutine body cannot use '%s', a protected member of %s in another package, this way: the generated"
                    + " state machine is not a subclass of it, and the generated subclass lends it only a call, a read"
                    + " or a plain assignment through 'this' (of a static member, through a class name), in a class"
                    + " with instance coroutines. Use it that way, or through a package-private method of %s that does."),
    INHERITED_PROTECTED_ACCESS("protected-member",
            "'%s' is a @Coroutine of %s, whose coroutine bodies use '%s', a protected member of a class in another"
                    + " package, through %s, which the generated %s is not. Override '%s' here, or reach the member"
                    + " through a package-private method of the superclass."),
    PROTECTED_TYPE_IN_SIGNATURE("protected-member",
            "The coroutine '%s' %s %s, a protected member of %s in another package: the generated state machine"
                    + " holds it but is not a subclass of that class. Use a public or package-private type there."),
    CLASS_NOT_ABSTRACT("class-not-abstract",
            "The instance %s method '%s' must be declared in an abstract class: the generated %s subclass"
                    + " implements it and is the class to instantiate. Declare %s abstract."),
    INSTANCE_METHOD_IN_KIND("instance-method-in-type",
            "The instance %s method '%s' cannot be declared in the %s %s: the generated %s implements it by extending"
                    + " the class, and %s. Move it to an abstract class, or make it static."),
    ONLY_PRIVATE_CONSTRUCTORS("private-constructors",
            "The class %s has instance coroutines, so the generated %s extends it and must call one of its"
                    + " constructors, and all of them are private. Make one package-private (or protected)."),
    INHERITED_GENERIC_COROUTINE("inherited-generic-coroutine",
            "'%s' is a @Coroutine of the generic class %s, which %s extends without overriding it, and the generated %s"
                    + " cannot run the coroutines of a generic superclass. Extend %s<...> instead, whose entry points"
                    + " run them, or override '%s' in the subclass."),
    CLASS_FINAL("class-final",
            "The class %s cannot be final: the generated %s extends it. Remove 'final'."),
    CLASS_PRIVATE("class-private",
            "The class %s cannot be private: the generated %s in the same package must extend it. Make it"
                    + " package-private."),
    CLASS_NOT_STATIC("class-not-static",
            "The inner class %s has instance coroutines, so it must be static (or top-level): the generated %s,"
                    + " which extends it, is a top-level class."),
    METHOD_PRIVATE("method-private",
            "A %s method cannot be private: the generated class overrides it. Make '%s' package-private."),
    METHOD_FINAL("method-final",
            "A %s instance method cannot be final: the generated class overrides it. Remove 'final' from"
                    + " '%s'."),
    BAD_RETURN_TYPE("bad-return-type",
            "A @Coroutine method must return InProgress<T> (or CoroutineInProgress<T>); '%s' returns %s. Change the"
                    + " return type and end the body with 'return done(value);'."),
    SHADOWED_TYPE_VARIABLE("shadowed-type-variable",
            "The type variable %s of the @Coroutine '%s' shadows the type variable of %s with the same name: the"
                    + " state machine declares both. Rename the method's type variable."),
    NO_BODY("no-body",
            "The %s method '%s' has no body. Write the body in the abstract class; the generated subclass"
                    + " calls it (@Threaded) or turns it into a state machine (@Coroutine)."),
    SUPER_CALL("super-in-coroutine",
            "A coroutine body cannot call '%s': the generated state machine runs outside the class. Call a"
                    + " package-private helper method that makes the super call (for a method that is not itself a"
                    + " @Coroutine: a super call of one runs its original body, [kaa.unprocessed-super-call])."),
    UNPROCESSED_SUPER_CALL("unprocessed-super-call",
            "'%s' is a @Coroutine of %s, and super.%s(...) runs its original body, which the processor did not"
                    + " rewrite (only the generated subclass's override runs the state machine). Move what the"
                    + " override shares with it into a coroutine of its own that both call."),
    VAR_OF_ANONYMOUS_CLASS("var-anonymous-class",
            "'var %s' holds an anonymous class, and javac cannot compile such a declaration in a method that an"
                    + " annotation processor has analysed (it re-reads the inferred type by a name that no longer"
                    + " exists). Declare '%s' with a named type: an interface or class it implements, or a local or"
                    + " nested class instead of the anonymous one."),
    COROUTINE_IN_LOCAL_CLASS("coroutine-in-local-class",
            "A %s method cannot be declared in a local or anonymous class: the generated class that implements it"
                    + " must extend the class, and no class can extend a local or anonymous one from outside. Move"
                    + " '%s' to a top-level or static nested class."),
    COROUTINE_IN_IMPLICIT_CLASS("coroutine-in-implicit-class",
            "A %s method cannot be declared in a compact source file (an implicitly declared class): annotation"
                    + " processors do not see its methods, and no generated class can name it. Move '%s' to a class"
                    + " of its own (a static nested class of a named class, or a class in a file of its own)."),
    UNPROCESSED_STATIC_CALL("unprocessed-static-call",
            "'%s' is a static @Coroutine of %s, and calling it here runs its original body, which the processor did"
                    + " not rewrite (only calls inside @Coroutine bodies are redirected). Call %s.%s(...) instead."),
    NOT_JAVAC("not-javac",
            "kaa-processor rewrites coroutine bodies, which it reads through javac's com.sun.source API, and this"
                    + " compiler (%s) is not javac. Compile with javac (a Maven or Gradle build, IntelliJ IDEA,"
                    + " NetBeans). Eclipse and VS Code's Java support compile with Eclipse's compiler: there, turn"
                    + " annotation processing off and add the sources a javac build generated"
                    + " (target/generated-sources/annotations) as a source folder."),
    HIDDEN_DSL_METHOD("hidden-dsl-method",
            "'%s' here is not kaa's: %s.%s, which %s has as a member, hides the static import of Async.%1$s (a member"
                    + " method always wins over a static import of the same name). Write Async.%1$s(...)."),
    UNPROCESSED_SUBCLASS("unprocessed-subclass",
            "%s extends %s without its generated class, so its instances would run the coroutine '%s' as written,"
                    + " unprocessed. Extend %s instead, which runs it as a state machine."),
    RECORD_CONSTRUCTOR_IN_COROUTINE_CLASS("record-constructor",
            "The record %s declares its canonical constructor inside %s, whose coroutines the processor analyses, and"
                    + " javac rejects such a constructor once a processor has analysed it (it keeps the super() call"
                    + " it added). Move the record to a file of its own, or let javac generate its canonical"
                    + " constructor."),
    ANONYMOUS_INFERENCE_IN_COROUTINE_CLASS("anonymous-inference",
            "Here '%s' may infer an anonymous class for a var or a lambda parameter, in %s, whose coroutines the"
                    + " processor analyses, and javac cannot compile such an inference once a processor has analysed"
                    + " the class (it looks the anonymous class up again by a name that no longer exists). Declare"
                    + " the variable with a named type, or move this method to another class."),
    UNNAMEABLE_LAMBDA_PARAMETER("unnameable-lambda-parameter",
            "javac infers the type %2$s for the lambda parameter '%1$s', which no source can name, and it cannot"
                    + " compile that inference once an annotation processor has analysed the class (it looks the type"
                    + " up again by name), here %3$s, whose coroutines kaa analyses. Declare the parameter's type,"
                    + " e.g. '(Type %1$s) -> ...' with the wildcard's bound, or move this code to another class."),
    COPY_ERRORS_WITH_HAZARD("copy-errors",
            "The errors reported in %s were found in the copy of it that kaa-processor attributes. If one is not a"
                    + " mistake in your code (a member another annotation processor adds, as Lombok's getters, is"
                    + " missing from the copy), the processor cannot attribute the class itself instead: %s"),
    GENERATED_IN_LAST_ROUND("generated-in-last-round",
            "The state machines of %s are generated in the last round of annotation processing, so javac warns that"
                    + " the file was 'created in the last round' (an error under -Werror). The class could not be"
                    + " analysed earlier because %s (docs/analysis.md says why). If another annotation processor"
                    + " adds what is missing (Lombok adds getters), put it before kaa-processor on the processor path;"
                    + " otherwise change what is named here."),
    UNSUPPORTED("unsupported",
            "%s is not supported across yield_() yet. %s"),
    COPY_FAILED("copy-failed",
            "The private copy of %s that kaa-processor attributes has errors (%s); with -Akaa.attribution=copy-only"
                    + " that is an error. Without the option, the class is attributed in place."),
    ATTRIBUTED_IN_PLACE("attributed-in-place",
            "kaa-processor analyses %s in javac's own trees: its private copy could not be used (%s). javac may then"
                    + " reject valid code of the class (README, 'What the processor rejects'). This note is printed"
                    + " with -Akaa.verbose=true."),
    GENERATED_FILE_EXISTS("generated-file-exists",
            "kaa-processor could not write its generated source (%s): a file of that name is already part of this"
                    + " compilation. Do not give javac the generated sources (a generated-sources folder on the source"
                    + " path or among the inputs, or a copy checked in); the processor writes them anew."),
    INTERNAL_ERROR("internal-error",
            "kaa-processor failed on '%s' (this is a bug in kaa-processor, please report it): %s");

    private final String tag;
    private final String template;

    Message(String tag, String template) {
        this.tag = tag;
        this.template = template;
    }

    /** The message text with its tag, e.g. {@code [kaa.yield-in-lambda] yield_() cannot ...}. */
    String format(Object... args) {
        return "[kaa." + tag + "] " + String.format(template, args);
    }
}
