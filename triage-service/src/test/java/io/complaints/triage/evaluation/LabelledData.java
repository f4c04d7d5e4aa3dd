package io.complaints.triage.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Readers for the labelled sets in ../shared/data (see its README); never copied into this repository. */
public final class LabelledData {

    public static final String DIRECTORY_PROPERTY = "triage.data.dir";

    private LabelledData() {
    }

    /** A sentence with a binary label (UCI sentiment sentences). */
    public record Labelled(String text, boolean positive) {
    }

    /** A text with the mean human rating on -4..+4 (VADER ground truth). */
    public record Rated(String text, double rating) {
    }

    /** A CFPB complaint narrative with its product and issue. */
    public record CfpbComplaint(String product, String issue, String narrative) {
    }

    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, System.getenv("TRIAGE_DATA_DIR"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("../shared/data");
    }

    public static boolean available() {
        return Files.exists(directory().resolve("yelp_labelled.txt"));
    }

    public static List<Labelled> sentences(String file) throws IOException {
        List<Labelled> data = new ArrayList<>();
        // Split on \n only: imdb_labelled has U+0085 inside sentences, which readAllLines would treat as a break.
        for (String line : Files.readString(directory().resolve(file), StandardCharsets.UTF_8).split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String label = line.substring(tab + 1).trim();
            if (label.equals("0") || label.equals("1")) {
                data.add(new Labelled(line.substring(0, tab).trim(), label.equals("1")));
            }
        }
        return data;
    }

    public static List<Rated> ratings(String file) throws IOException {
        List<Rated> data = new ArrayList<>();
        for (String line : Files.readString(directory().resolve(file), StandardCharsets.UTF_8).split("\r?\n")) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                data.add(new Rated(fields[2].trim(), Double.parseDouble(fields[1])));
            }
        }
        return data;
    }

    public static List<CfpbComplaint> cfpb() throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(directory().resolve("cfpb_complaints_with_narrative.csv"), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int product = header.indexOf("Product");
        int issue = header.indexOf("Issue");
        int narrative = header.indexOf("Consumer complaint narrative");
        List<CfpbComplaint> complaints = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > narrative && !row.get(narrative).isBlank()) {
                complaints.add(new CfpbComplaint(row.get(product), row.get(issue), row.get(narrative)));
            }
        }
        return complaints;
    }

    /** CFPB issues that clearly mean one of our categories; the rest are left out of the category check. */
    public static final Map<String, String> CFPB_ISSUE_CATEGORY = Map.ofEntries(
            Map.entry("Trouble during payment process", "billing_refund"),
            Map.entry("Fees or interest", "billing_refund"),
            Map.entry("Problem with a purchase shown on your statement", "billing_refund"),
            Map.entry("Problem when making payments", "billing_refund"),
            Map.entry("Problem caused by your funds being low", "billing_refund"),
            Map.entry("Communication tactics", "service_behaviour"),
            Map.entry("Took or threatened to take negative or legal action", "service_behaviour"),
            Map.entry("Advertising and marketing, including promotional offers", "unmet_expectations"),
            Map.entry("False statements or representation", "unmet_expectations"),
            Map.entry("Managing an account", "account_technical"),
            Map.entry("Closing an account", "account_technical"),
            Map.entry("Unable to get your credit report or credit score", "account_technical"),
            Map.entry("Problem with fraud alerts or security freezes", "account_technical"),
            Map.entry("Credit monitoring or identity theft protection services", "account_technical"),
            Map.entry("Incorrect information on your report", "account_technical"));

    /** The complaints whose CFPB issue maps to one of our categories. */
    public static List<CfpbComplaint> categorized(List<CfpbComplaint> complaints) {
        return complaints.stream().filter(c -> CFPB_ISSUE_CATEGORY.containsKey(c.issue())).toList();
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
