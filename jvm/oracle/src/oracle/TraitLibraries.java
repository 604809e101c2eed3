// Prints the JSON AST of every shape the pinned Smithy knows without any
// model of ours: the prelude (smithy.api) and the trait libraries of the jars
// on the classpath (aws.*, smithy.rules, smithy.waiters, smithy.test, ...),
// as `smithy ast` would print them if they were our own shapes. The prelude
// test (test/idl/prelude) compares our bundled definitions with this,
// shape by shape and trait by trait.
//
// Why a program of our own: `smithy ast` leaves the prelude out and has no
// switch to print it.
package oracle;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.ModelSerializer;

public final class TraitLibraries {
    private TraitLibraries() {}

    public static void main(String[] args) {
        ClassLoader loader = TraitLibraries.class.getClassLoader();
        Model model = Model.assembler(loader).discoverModels(loader).assemble().unwrap();
        ModelSerializer serializer = ModelSerializer.builder().includePrelude(true).build();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(Node.prettyPrintJson(serializer.serialize(model)));
        out.flush();
    }
}
