package kaa.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;


/**
 * The local variables and parameters of a coroutine body: a unique name for each (so sibling scopes that reuse a name
 * never clash once flattened into one method, and no generated name can capture a user's), the states that use it,
 * and from those whether it must become a field of the machine.
 */
final class Variables {
    /** One local variable or parameter of the body. */
    static final class Var {
        final Element element;
        final String name;
        final TypeMirror type;
        final boolean parameter;
        final Set<Integer> states = new HashSet<>();
        /** Read by a local class that is declared once for the whole body: must be a field. */
        boolean forced;
        /**
         * Read by such a local class: its instances read the field whenever they run, which no state's code shows, so
         * it is never cleared before the body completes.
         */
        boolean capturedByLocalClass;

        Var(Element element, String name, TypeMirror type, boolean parameter) {
            this.element = element;
            this.name = name;
            this.type = type;
            this.parameter = parameter;
        }

        /** Used in more than one state (or a parameter, which the constructor stores): a field of the machine. */
        boolean hoisted() {
            return parameter || !unnamed() && (forced || states.size() > 1);
        }

        /**
         * An unnamed variable ({@code _}, Java 22) that nothing reads: never a field, written as declared. (An unnamed
         * resource is read: the lowered try closes it.)
         */
        boolean unnamed() {
            return element.getSimpleName().isEmpty() && element.getKind() != ElementKind.RESOURCE_VARIABLE;
        }
    }

    private final Names names;
    private final Map<Element, Var> vars = new LinkedHashMap<>();

    Variables(Names names) {
        this.names = names;
    }

    static boolean isLocal(Element element) {
        if (element == null) {
            return false;
        }
        ElementKind kind = element.getKind();
        return kind == ElementKind.LOCAL_VARIABLE || kind == ElementKind.PARAMETER
                || kind == ElementKind.EXCEPTION_PARAMETER || kind == ElementKind.RESOURCE_VARIABLE
                || kind == ElementKind.BINDING_VARIABLE;
    }

    Var declare(Element element, TypeMirror type, boolean parameter) {
        return vars.computeIfAbsent(element, e -> new Var(e, names.newName(e.getSimpleName().toString()), type,
                parameter));
    }

    /** The variable for a local element, declared on first sight (lambda parameters and the like). */
    Var get(Element element) {
        return vars.computeIfAbsent(element, e -> new Var(e, inNestedClass(e) ? e.getSimpleName().toString()
                : names.newName(e.getSimpleName().toString()), e.asType(), false));
    }

    /**
     * Whether a local is declared in a local or anonymous class of the body (a parameter of a local record's
     * constructor, a local of its method): it lives in that class's frames, where it may shadow what the machine
     * declares as Java lets it, so it keeps its name (a record's canonical constructor must: usertest round 10).
     */
    private static boolean inNestedClass(Element local) {
        for (Element e = local.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
            if (e instanceof javax.lang.model.element.TypeElement type) {
                return type.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
                        || type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS;
            }
        }
        return false;
    }

    void use(Element element, int state) {
        get(element).states.add(state);
    }

    /** The names of the fields that local classes read ({@link Var#capturedByLocalClass}). */
    Set<String> capturedByLocalClasses() {
        Set<String> names = new HashSet<>();
        for (Var v : vars.values()) {
            if (v.capturedByLocalClass) {
                names.add(v.name);
            }
        }
        return names;
    }

    List<Var> hoisted() {
        List<Var> result = new ArrayList<>();
        for (Var v : vars.values()) {
            if (v.hoisted()) {
                result.add(v);
            }
        }
        return result;
    }
}
