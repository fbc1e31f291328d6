import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * EPUBCheck as a long-lived process, so the tests start one JVM instead of one per book.
 *
 * <p>Reads lines "book TAB report" from standard input; for each, checks the book, writes
 * EPUBCheck's JSON report to the report path and answers one line "done TAB exit-code" on
 * standard output. Everything EPUBCheck itself prints goes to standard error. Ends at the end
 * of its input.
 */
public class EpubCheckBatch {
    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader requests =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = requests.readLine()) != null) {
            String[] request = line.split("\t", 2);
            if (request.length != 2) {
                answers.println("error\tnot a book TAB report line");
                continue;
            }
            int status;
            try {
                status = new com.adobe.epubcheck.tool.EpubChecker().run(
                    new String[] {request[0], "--json", request[1], "-u", "--quiet"});
            } catch (RuntimeException | StackOverflowError error) {
                error.printStackTrace();
                status = -1;
            }
            answers.println("done\t" + status);
        }
    }
}
