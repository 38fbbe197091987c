// Prints Double.toString / Float.toString for bit patterns read from stdin:
//   "d <16 hex digits>" or "f <8 hex digits>" per line → the Java text per line.
import java.io.*;

public class JavaFormatOracle {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) continue;
      if (line.charAt(0) == 'd') {
        out.println(Double.toString(Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(2), 16))));
      } else {
        out.println(Float.toString(Float.intBitsToFloat(Integer.parseUnsignedInt(line.substring(2), 16))));
      }
    }
    out.flush();
  }
}
