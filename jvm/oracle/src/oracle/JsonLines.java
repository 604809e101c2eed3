package oracle;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/**
 * The batch protocol every oracle speaks: one JSON request per line on stdin,
 * one JSON answer per line on stdout, in order, flushed at once. A request
 * the oracle itself fails on is answered by {@code onCrash} with the
 * exception's text, so the batch goes on and the test reports the crash
 * instead of reading it as a verdict.
 */
final class JsonLines {
    private JsonLines() {}

    /** Answers one request; a checked exception ends the batch, as a bug in the oracle should. */
    interface Answerer {
        ObjectNode answer(ObjectNode request) throws Exception;
    }

    static void serve(Answerer answerer, Function<String, ObjectNode> onCrash) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result;
            try {
                result = answerer.answer(Node.parse(line).expectObjectNode());
            } catch (RuntimeException e) {
                result = onCrash.apply(e.toString());
            }
            out.println(Node.printJson(result));
            out.flush();
        }
    }
}
