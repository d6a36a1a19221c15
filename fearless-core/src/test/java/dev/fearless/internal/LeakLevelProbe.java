package dev.fearless.internal;

/** Prints the leak detector's state as read from the system property; run in a fresh JVM by a test. */
public final class LeakLevelProbe {
    private LeakLevelProbe() {
    }

    public static void main(String[] args) {
        LeakDetector.Level initial = LeakDetector.level();
        String raise;
        try {
            LeakDetector.setLevel(LeakDetector.Level.PARANOID);
            raise = "raised";
        } catch (IllegalStateException e) {
            raise = "refused";
        }
        System.out.println("enabled=" + LeakDetector.ENABLED + " level=" + initial + " " + raise);
    }
}
