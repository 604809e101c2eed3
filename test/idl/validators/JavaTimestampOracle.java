// Java's own readers of timestamp texts, the oracle for
// codegen/src/model/timestamp-text.ts: the formatters Smithy's
// TimestampFormatPlugin checks values with (ISO_INSTANT for date-times,
// RFC_1123_DATE_TIME for http-dates), asked for the instant each text names.
// Lines in: "D <hex>" or "H <hex>" (texts as hex UTF-16 code units, so any
// character survives); lines out: "<epoch seconds> <nanoseconds>", or "X"
// when Java reads no instant from it.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

public class JavaTimestampOracle {
  static String decode(String hex) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 4 <= hex.length(); i += 4) b.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
    return b.toString();
  }

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      DateTimeFormatter format = line.startsWith("H") ? DateTimeFormatter.RFC_1123_DATE_TIME : DateTimeFormatter.ISO_INSTANT;
      try {
        Instant instant = Instant.from(format.parse(decode(line.substring(2))));
        out.append(instant.getEpochSecond()).append(' ').append(instant.getNano()).append('\n');
      } catch (RuntimeException e) {
        out.append("X\n");
      }
    }
    System.out.print(out);
  }
}
