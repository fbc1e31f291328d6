/** Run EPUBCheck on many books in one Java process: arguments are pairs of book, JSON report. */
public class EpubCheckBatch {
    public static void main(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            new com.adobe.epubcheck.tool.EpubChecker().run(
                new String[] {args[i], "--json", args[i + 1], "-u", "--quiet"});
        }
    }
}
