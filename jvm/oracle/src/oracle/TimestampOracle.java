// The batch timestamp oracle: Java's own readers of timestamp texts, the
// oracle for codegen/src/model/timestamp-text.ts. They are the formatters
// Smithy's TimestampFormatPlugin checks node values with: ISO_INSTANT for
// date-times, RFC_1123_DATE_TIME for http-dates.
//
// Input: one JSON object per stdin line, {"format": "http-date" | "date-time", "text": "..."}.
// Output: one JSON object per line, in the same order: {"seconds": <epoch
// seconds>, "nanos": <nanoseconds>} for the instant Java reads from the
// text, or {} when it reads none.
package oracle;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

public final class TimestampOracle {
    private TimestampOracle() {}

    public static void main(String[] args) throws Exception {
        JsonLines.serve(TimestampOracle::answer, crash -> Node.objectNodeBuilder().withMember("crash", crash).build());
    }

    private static ObjectNode answer(ObjectNode request) {
        DateTimeFormatter format = request.expectStringMember("format").getValue().equals("http-date")
                ? DateTimeFormatter.RFC_1123_DATE_TIME
                : DateTimeFormatter.ISO_INSTANT;
        Instant instant;
        try {
            instant = Instant.from(format.parse(request.expectStringMember("text").getValue()));
        } catch (RuntimeException e) {
            return Node.objectNode();
        }
        return Node.objectNodeBuilder()
                .withMember("seconds", instant.getEpochSecond())
                .withMember("nanos", instant.getNano())
                .build();
    }
}
