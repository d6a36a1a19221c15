package dev.fearless.checker.finding;

import com.sun.source.tree.Tree;

/**
 * Part of a file the checker could not check because it failed inside: reported as one warning naming the part,
 * while the rest of the file is still checked. The words are the report stage's.
 *
 * @param where   the tree the warning points at
 * @param part    what kind of part was skipped
 * @param name    the part's name ({@code run} for a method, {@code ExecutorService.submit} for a boundary), or
 *                empty where the part has none
 * @param line    the part's line, or 0 where the warning's position says it
 * @param failure the failure
 */
public record Skipped(Tree where, Part part, String name, long line, Throwable failure) {

    /** The parts a failure can skip. */
    public enum Part {
        /** A whole class. */
        CLASS,
        /** A method's search for boundaries. */
        METHOD,
        /** A field initializer's search for boundaries. */
        FIELD,
        /** An initializer block's search for boundaries. */
        INITIALIZER,
        /** The check of one boundary. */
        BOUNDARY,
        /** The message of one finding (the finding was proved but could not be written). */
        MESSAGE,
        /** One of the class-wide checks ({@code name} says which), for the class and the classes in it. */
        CHECK
    }
}
