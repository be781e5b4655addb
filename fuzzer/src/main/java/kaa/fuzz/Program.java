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
 */
record Program(String name, String origin, boolean instance, boolean declaresChecked, Ty returnType,
        boolean abortable, int abortAfter, Node body) {

    Program withBody(Node newBody) {
        return new Program(name, origin, instance, declaresChecked, returnType, abortable, abortAfter, newBody);
    }

    Program withName(String newName) {
        return new Program(newName, origin, instance, declaresChecked, returnType, abortable, abortAfter, body);
    }

    Program withAbortAfter(int iterations) {
        return new Program(name, origin, instance, declaresChecked, returnType, abortable, iterations, body);
    }
}
