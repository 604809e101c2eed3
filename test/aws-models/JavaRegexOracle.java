// Java's own matcher, the oracle for codegen/src/regex: reads a batch of
// patterns and strings from stdin and prints, per string, whether
// Pattern.compile(pattern).matcher(string).find() — what Smithy's validators
// call — accepts it. Strings travel as hex UTF-16 code units so lone
// surrogates survive. Lines: "P <hex>" sets the pattern (answers "E <reason>"
// when Java rejects it), "S <hex>" answers "1" or "0".
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class JavaRegexOracle {
  static String decode(String hex) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 4 <= hex.length(); i += 4) b.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
    return b.toString();
  }

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    Pattern pattern = null;
    String line;
    while ((line = in.readLine()) != null) {
      String hex = line.length() > 2 ? line.substring(2) : "";
      if (line.startsWith("P")) {
        try {
          pattern = Pattern.compile(decode(hex));
          out.append("OK\n");
        } catch (PatternSyntaxException e) {
          pattern = null;
          out.append("E ").append(e.getDescription()).append('\n');
        }
      } else if (line.startsWith("S")) {
        out.append(pattern != null && pattern.matcher(decode(hex)).find() ? "1\n" : "0\n");
      }
    }
    System.out.print(out);
  }
}
