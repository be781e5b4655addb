import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

/**
 * A processor that only asks javac for the element of one expression in method {@code analysed} of each root class,
 * through the supported {@code Trees.getElement}, which attributes the whole class. Nothing else.
 */
@SupportedAnnotationTypes("*")
public class AttributingProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Trees trees = Trees.instance(processingEnv);
        for (Element root : round.getRootElements()) {
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitMethod(MethodTree method, Void unused) {
                    if (method.getName().contentEquals("analysed")) {
                        TreePath body = new TreePath(getCurrentPath(), method.getBody());
                        var statement = (ExpressionStatementTree) method.getBody().getStatements().get(0);
                        trees.getElement(new TreePath(new TreePath(body, statement), statement.getExpression()));
                    }
                    return null;
                }
            }.scan(trees.getPath(root), null);
        }
        return false;
    }
}
