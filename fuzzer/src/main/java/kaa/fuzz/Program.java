package kaa.fuzz;

/**
 * One generated program: a coroutine body and how it is declared. The same body is rendered twice, as the
 * {@code @Coroutine} method {@code co} and as the plain method {@code plain} (see {@link Renderer}).
 *
 * @param name the class name, unique in its batch
 * @param origin where it came from ({@code seed 5, program 17}), for reproduction
 * @param instance an instance coroutine (else static)
 * @param declaresChecked both methods declare {@code throws Fx.Checked}
 * @param returnType INT or STRING: the coroutine is an {@code InProgress<Integer>} or {@code InProgress<String>}
 * @param abortable generated under the abort restrictions (see {@link GeneratorOptions#abortable})
 * @param abortAfter abort the coroutine after this many loop iterations in abort mode; negative: never
 * @param body the BLOCK of the method body
 * @param generic the class is {@code P<T>} and both methods declare their own {@code <T>}, which shadows it
 * @param members member types of the class named like JDK types ({@code Override}, {@code Iterator}, ...), each with
 *     a {@code static int f(int)}; and {@code "Box"}: a second top-level class {@code <name>Box} in the same file
 * @param release the {@code --release} the program is compiled with: 17, or 21 for Java 21 constructs
 */
record Program(String name, String origin, boolean instance, boolean declaresChecked, Ty returnType,
        boolean abortable, int abortAfter, Node body, boolean generic, java.util.List<String> members, int release) {

    Program(String name, String origin, boolean instance, boolean declaresChecked, Ty returnType, boolean abortable,
            int abortAfter, Node body) {
        this(name, origin, instance, declaresChecked, returnType, abortable, abortAfter, body, false,
                java.util.List.of(), 17);
    }

    Program withBody(Node newBody) {
        return new Program(name, origin, instance, declaresChecked, returnType, abortable, abortAfter, newBody,
                generic, members, release);
    }

    Program withName(String newName) {
        return new Program(newName, origin, instance, declaresChecked, returnType, abortable, abortAfter, body,
                generic, members, release);
    }

    Program withAbortAfter(int iterations) {
        return new Program(name, origin, instance, declaresChecked, returnType, abortable, iterations, body,
                generic, members, release);
    }
}
