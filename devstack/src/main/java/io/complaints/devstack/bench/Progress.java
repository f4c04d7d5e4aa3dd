package io.complaints.devstack.bench;

/** One line of progress that rewrites itself: "  label  1234/5000". */
final class Progress {

    private final String label;
    private long lastShown;

    Progress(String label) {
        this.label = label;
    }

    void show(long done, long total) {
        long now = System.currentTimeMillis();
        if (now - lastShown >= 500 || done == total) {
            System.out.print("\r  " + label + "  " + done + (total > 0 ? "/" + total : "") + "   ");
            System.out.flush();
            lastShown = now;
        }
    }

    void done() {
        System.out.println();
    }
}
