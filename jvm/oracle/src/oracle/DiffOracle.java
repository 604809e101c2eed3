// The batch diff oracle: the pinned smithy-diff compares many model pairs per
// JVM start, as `smithy diff --old <a> --new <b>` does for one pair.
//
// Input: one JSON object per stdin line,
//   {"old": [{"path": "a.json", "text": "..."}], "new": [{"path": "b.json", "text": "..."}]}
// (a file's format follows its name: .json is a JSON AST, .smithy IDL).
// Output: one JSON object per line, in the same order,
//   {"events": [{"severity","id","shapeId","message"}],
//    "oldErrors": [...], "newErrors": [...]}
// "events" are ModelDiff's diff events (what `smithy diff` prints); the
// *Errors lists hold the ERROR validation events of each side, so a caller
// can tell a pair Smithy could not compare (an invalid side) from a verdict.
//
// Why our own program and not `smithy diff`: one JVM start costs about two
// seconds, and the differential test compares hundreds of pairs per run.
// The trait libraries on the classpath (aws.*, smithy.rules, ...) are parsed
// once and added to every model that names one of their namespaces.
package oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.smithy.diff.ModelDiff;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.loader.ModelAssembler;
import software.amazon.smithy.model.node.ArrayNode;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.validation.Severity;
import software.amazon.smithy.model.validation.ValidatedResult;
import software.amazon.smithy.model.validation.ValidationEvent;

public final class DiffOracle {
    private DiffOracle() {}

    private static Model libraries;
    private static Set<String> libraryNamespaces;
    private static final Map<String, ValidatedResult<Model>> oldModels = new HashMap<>();

    public static void main(String[] args) throws Exception {
        ClassLoader loader = DiffOracle.class.getClassLoader();
        libraries = Model.assembler(loader).discoverModels(loader).assemble().unwrap();
        libraryNamespaces = new HashSet<>();
        libraries.shapes().forEach(shape -> libraryNamespaces.add(shape.getId().getNamespace()));
        libraryNamespaces.remove("smithy.api");
        JsonLines.serve(request -> answer(request, loader), crash -> Node.objectNodeBuilder()
                .withMember("crash", crash)
                .withMember("events", Node.arrayNode())
                .build());
    }

    private static ObjectNode answer(ObjectNode request, ClassLoader loader) {
        // Both sides get the trait libraries when either names one, or the
        // libraries' own shapes would show up as added or removed.
        boolean usesLibraries = mentionsLibrary(request.expectArrayMember("old"))
                || mentionsLibrary(request.expectArrayMember("new"));
        // Generated pairs share their old side (a base model): assembled once.
        String oldKey = usesLibraries + Node.printJson(request.expectArrayMember("old"));
        ValidatedResult<Model> before = oldModels.get(oldKey);
        if (before == null) {
            before = assemble(request.expectArrayMember("old"), loader, usesLibraries);
            if (oldModels.size() > 64) {
                oldModels.clear();
            }
            oldModels.put(oldKey, before);
        }
        ValidatedResult<Model> after = assemble(request.expectArrayMember("new"), loader, usesLibraries);
        List<Node> oldErrors = errors(before);
        List<Node> newErrors = errors(after);
        List<Node> events = new ArrayList<>();
        if (oldErrors.isEmpty() && newErrors.isEmpty()) {
            ModelDiff.Result result = ModelDiff.builder()
                    .classLoader(loader)
                    .oldModel(before)
                    .newModel(after)
                    .compare();
            for (ValidationEvent event : result.getDiffEvents()) {
                events.add(json(event));
            }
        }
        return Node.objectNodeBuilder()
                .withMember("events", ArrayNode.fromNodes(events))
                .withMember("oldErrors", ArrayNode.fromNodes(oldErrors))
                .withMember("newErrors", ArrayNode.fromNodes(newErrors))
                .build();
    }

    private static boolean mentionsLibrary(ArrayNode files) {
        for (Node entry : files.getElements()) {
            String text = entry.expectObjectNode().expectStringMember("text").getValue();
            for (String namespace : libraryNamespaces) {
                if (text.contains(namespace)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ValidatedResult<Model> assemble(ArrayNode files, ClassLoader loader, boolean usesLibraries) {
        ModelAssembler assembler = Model.assembler(loader);
        for (Node entry : files.getElements()) {
            ObjectNode file = entry.expectObjectNode();
            assembler.addUnparsedModel(file.expectStringMember("path").getValue(),
                    file.expectStringMember("text").getValue());
        }
        if (usesLibraries) {
            assembler.addModel(libraries);
        }
        return assembler.assemble();
    }

    private static List<Node> errors(ValidatedResult<Model> result) {
        List<Node> errors = new ArrayList<>();
        for (ValidationEvent event : result.getValidationEvents()) {
            if (event.getSeverity() == Severity.ERROR) {
                errors.add(json(event));
            }
        }
        if (errors.isEmpty() && !result.getResult().isPresent()) {
            errors.add(Node.from("no model"));
        }
        return errors;
    }

    private static Node json(ValidationEvent event) {
        return Node.objectNodeBuilder()
                .withMember("severity", event.getSeverity().toString())
                .withMember("id", event.getId())
                .withMember("shapeId", event.getShapeId().map(Object::toString).orElse(""))
                .withMember("message", event.getMessage())
                .build();
    }
}
