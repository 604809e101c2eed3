// The batch oracle: the pinned Smithy reads many model file-sets per JVM start.
//
// Input: one JSON object per stdin line,
//   {"files": [{"path": "a.smithy", "text": "..."} | {"path": "/abs/b.smithy"}], "flatten": false}
// (a file without "text" is read from disk; "flatten": true answers the AST
// with mixins flattened and removed, as ModelTransformer.flattenAndRemoveMixins
// gives it: the model our generators must see behind a model with mixins;
// "compileBdd": true answers it with each service's endpoint rule set also
// compiled to a smithy.rules#endpointBdd by Smithy's compileBddForAws build
// transform, as AWS's newer models carry it; "idl": true answers the same
// shapes printed as IDL too, by SmithyIdlModelSerializer, one file per
// namespace: a model in the IDL Smithy itself writes). Output: one JSON
// object per line, in the same order,
//   {"ast": "<JSON AST as `smithy ast` prints it>" | null,
//    "idl": {"<file name>": "<IDL text>", ...} (with "idl": true),
//    "events": [{"severity","id","file","line","col","message","shapeId"}]}
// "ast" is null when Smithy refuses the model (any ERROR event). The AST holds
// the request's own shapes: neither the prelude nor the trait libraries
// discovered on the classpath (aws.*, smithy.rules, smithy.waiters, ...), just
// as `smithy ast` prints a model whose dependencies are jars.
//
// Why our own program and not `smithy ast`: one JVM start costs about two
// seconds; thousands of generated models per test run need one JVM per batch.
// The discovered trait libraries are loaded once and reused by every request.
package oracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.loader.ModelAssembler;
import software.amazon.smithy.model.node.ArrayNode;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.shapes.ModelSerializer;
import software.amazon.smithy.model.shapes.SmithyIdlModelSerializer;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.validation.Severity;
import software.amazon.smithy.model.validation.ValidatedResult;
import software.amazon.smithy.model.validation.ValidationEvent;
import software.amazon.smithy.model.transform.ModelTransformer;
import software.amazon.smithy.build.TransformContext;
import software.amazon.smithy.rulesengine.aws.transforms.CompileBddForAws;

public final class Oracle {
    private Oracle() {}

    public static void main(String[] args) throws Exception {
        ClassLoader loader = Oracle.class.getClassLoader();
        // Trait libraries of the jars on the classpath, parsed once.
        Model libraries = Model.assembler(loader).discoverModels(loader).assemble().unwrap();
        Set<String> libraryMetadata = new HashSet<>(libraries.getMetadata().keySet());
        JsonLines.serve(request -> answer(request, loader, libraries, libraryMetadata), crash -> Node.objectNodeBuilder()
                .withMember("ast", Node.nullNode())
                .withMember("crash", crash)
                .withMember("events", Node.arrayNode())
                .build());
    }

    private static ObjectNode answer(ObjectNode request, ClassLoader loader, Model libraries,
                                     Set<String> libraryMetadata) throws Exception {
        ModelAssembler assembler = Model.assembler(loader);
        Set<String> paths = new HashSet<>();
        boolean usesLibraries = false;
        boolean namesFramework = false;
        for (Node entry : request.expectArrayMember("files").getElements()) {
            ObjectNode file = entry.expectObjectNode();
            String path = file.expectStringMember("path").getValue();
            String text = file.getStringMember("text").isPresent()
                    ? file.expectStringMember("text").getValue()
                    : Files.readString(Path.of(path), StandardCharsets.UTF_8);
            paths.add(path);
            assembler.addUnparsedModel(path, text);
            usesLibraries |= mentionsLibrary(text, libraries);
            namesFramework |= text.contains("smithy.framework");
        }
        // Library shapes only matter to a model that names one of their
        // namespaces; leaving them out otherwise saves validating them again.
        if (usesLibraries) {
            assembler.addModel(libraries);
        }
        ValidatedResult<Model> result = assembler.assemble();
        List<Node> events = new ArrayList<>();
        for (ValidationEvent event : result.getValidationEvents()) {
            events.add(Node.objectNodeBuilder()
                    .withMember("severity", event.getSeverity().toString())
                    .withMember("id", event.getId())
                    .withMember("file", event.getSourceLocation().getFilename())
                    .withMember("line", event.getSourceLocation().getLine())
                    .withMember("col", event.getSourceLocation().getColumn())
                    .withMember("message", event.getMessage())
                    .withMember("shapeId", event.getShapeId().map(Object::toString).orElse(""))
                    .build());
        }
        Node ast = Node.nullNode();
        ObjectNode.Builder idl = null;
        boolean refused = result.getValidationEvents().stream().anyMatch(e -> e.getSeverity() == Severity.ERROR);
        if (!refused && result.getResult().isPresent()) {
            Model model = result.getResult().get();
            if (request.getBooleanMemberOrDefault("flatten", false)) {
                model = ModelTransformer.create().flattenAndRemoveMixins(model);
            }
            if (request.getBooleanMemberOrDefault("compileBdd", false)) {
                model = new CompileBddForAws().transform(TransformContext.builder().model(model).build());
            }
            boolean framework = namesFramework;
            ModelSerializer serializer = ModelSerializer.builder()
                    .shapeFilter(shape -> isOwn(shape, paths, libraries, framework))
                    .metadataFilter(key -> !libraryMetadata.contains(key))
                    .build();
            ast = Node.from(Node.prettyPrintJson(serializer.serialize(model)));
            if (request.getBooleanMemberOrDefault("idl", false)) {
                idl = Node.objectNodeBuilder();
                Map<Path, String> files = SmithyIdlModelSerializer.builder()
                        .shapeFilter(shape -> isOwn(shape, paths, libraries, framework))
                        .metadataFilter(key -> !libraryMetadata.contains(key))
                        .build()
                        .serialize(model);
                for (Map.Entry<Path, String> file : files.entrySet()) {
                    idl.withMember(file.getKey().toString(), file.getValue());
                }
            }
        }
        ObjectNode.Builder answer = Node.objectNodeBuilder()
                .withMember("ast", ast)
                .withMember("events", ArrayNode.fromNodes(events));
        if (idl != null) {
            answer.withMember("idl", idl.build());
        }
        return answer.build();
    }

    private static Set<String> libraryNamespaces;

    private static boolean mentionsLibrary(String text, Model libraries) {
        if (libraryNamespaces == null) {
            libraryNamespaces = new HashSet<>();
            libraries.shapes().forEach(shape -> libraryNamespaces.add(shape.getId().getNamespace()));
            libraryNamespaces.remove("smithy.api");
        }
        for (String namespace : libraryNamespaces) {
            if (text.contains(namespace)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwn(Shape shape, Set<String> paths, Model libraries, boolean namesFramework) {
        // smithy-validation-model's shapes are shapes a model uses (its
        // ValidationException as an error), not trait definitions: printed, for
        // a model that names their namespace, as `smithy ast` prints a
        // dependency's shapes, and as our front end does.
        if (shape.getId().getNamespace().equals("smithy.framework")) {
            return namesFramework;
        }
        if (libraries.getShape(shape.getId()).isPresent()) {
            return false;
        }
        return !shape.getId().getNamespace().equals("smithy.api") || paths.contains(shape.getSourceLocation().getFilename());
    }
}
