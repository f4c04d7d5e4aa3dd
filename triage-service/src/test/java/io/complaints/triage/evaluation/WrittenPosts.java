package io.complaints.triage.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts and messages to companies written for this project, each with the sentiment its writer meant and, where the
 * file has the column, whether the writer is angry: {@code public-posts-*.tsv} in the test resources, and fresh sets
 * in the same format. Ours, so they may be shipped in what the models learn.
 */
public final class WrittenPosts {

    /** The files of posts in the test resources. */
    public static final List<String> RESOURCES = List.of("/public-posts-sentiment.tsv", "/public-posts-anger.tsv",
            "/public-posts-emoji.tsv", "/public-posts-resolutions.tsv");
    /**
     * Negative posts of the writer's own life, no complaint; only the own-life model learns from them (the sentiment
     * models' balance of reviews and posts stays as measured).
     */
    public static final String OWN_LIFE = "/public-posts-own-life.tsv";

    /**
     * {@code meant}: negative, neutral or positive. {@code complaint}: whether the writer holds someone to account for a
     * trouble; where a file has no such column, every post meant negative is one.
     */
    public record Post(String meant, boolean angry, boolean complaint, String text) {

        Post(String meant, boolean angry, String text) {
            this(meant, angry, meant.equals("negative"), text);
        }
    }

    private WrittenPosts() {
    }

    /** All the posts of {@link #RESOURCES}. */
    public static List<Post> all() throws IOException {
        List<Post> posts = new ArrayList<>();
        for (String resource : RESOURCES) {
            posts.addAll(of(resource));
        }
        return posts;
    }

    /** The posts of one of {@link #RESOURCES}. */
    public static List<Post> of(String resource) throws IOException {
        try (InputStream in = WrittenPosts.class.getResourceAsStream(resource)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    public static List<Post> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Lines of {@code meant<TAB>text}, {@code meant<TAB>angry<TAB>text} or {@code meant<TAB>angry<TAB>complaint<TAB>text},
     * angry and complaint as 1 or 0; lines starting with # are comments.
     */
    static List<Post> parse(List<String> lines) {
        List<Post> posts = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t", 4);
                posts.add(switch (fields.length) {
                    case 4 -> new Post(fields[0], fields[1].equals("1"), fields[2].equals("1"), fields[3]);
                    case 3 -> new Post(fields[0], fields[1].equals("1"), fields[2]);
                    default -> new Post(fields[0], false, fields[1]);
                });
            }
        }
        return posts;
    }
}
