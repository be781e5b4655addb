package kaa.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

import com.palantir.javapoet.ClassName;

/**
 * Whether a generated class may carry {@code @javax.annotation.processing.Generated}. The annotation lives in the
 * module {@code java.compiler}: code in the unnamed module reads every module, but a named module reads it only
 * through a {@code requires} directive (its own, or a {@code requires transitive} of a module it reads, as
 * {@code java.se} has), and the generated class lives in the user's module. Where it is not readable the class goes
 * without it rather than failing to compile, as Dagger and AutoValue do.
 */
final class GeneratedAnnotation {
    static final ClassName NAME = ClassName.get("javax.annotation.processing", "Generated");
    private static final String MODULE = "java.compiler";

    private GeneratedAnnotation() {}

    /** True if code generated beside {@code owner} (in its package, so in its module) can name the annotation. */
    static boolean isReadableFrom(Elements elements, TypeElement owner) {
        if (elements.getTypeElement(NAME.canonicalName()) == null) {
            return false;
        }
        ModuleElement module = elements.getModuleOf(owner);
        return module == null || module.isUnnamed() || reads(module, MODULE);
    }

    /** Follows the module's requires directives, then the {@code requires transitive} ones of what they reach. */
    private static boolean reads(ModuleElement module, String target) {
        Deque<ModuleElement> pending = new ArrayDeque<>();
        ElementFilter.requiresIn(module.getDirectives()).forEach(r -> pending.add(r.getDependency()));
        Set<ModuleElement> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            ModuleElement next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next.getQualifiedName().contentEquals(target)) {
                return true;
            }
            ElementFilter.requiresIn(next.getDirectives()).stream()
                    .filter(ModuleElement.RequiresDirective::isTransitive)
                    .forEach(r -> pending.add(r.getDependency()));
        }
        return false;
    }
}
