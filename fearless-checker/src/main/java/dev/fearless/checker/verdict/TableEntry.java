package dev.fearless.checker.verdict;

import java.util.List;
import java.util.Set;

/**
 * One row of the type table: what the checker knows about a type that cannot be annotated (the JDK's) or
 * that a user describes with the {@code table=} plugin option.
 *
 * @param name      fully qualified (canonical) name, e.g. {@code java.util.concurrent.ConcurrentHashMap}
 * @param params    its type parameters' names as written in the table, in order
 * @param kind      what sort of type it is
 * @param send      when it is Send (ignored for {@link Kind#CONFINED})
 * @param sync      when it is Sync (only for {@link Kind#IMMUTABLE} and {@link Kind#THREAD_SAFE})
 * @param subtypes  whether the row also describes subtypes without a row of their own (a thread-safety
 *                  contract stated by an interface, e.g. {@code ExecutorService})
 * @param mutators  names of methods that mutate a value of this type (and of its subtypes)
 * @param shared    names of methods that any thread may call on a value of this type even though the type is
 *                  not Sync (its Javadoc's stated exception: {@code KafkaConsumer.wakeup()}); code that only
 *                  calls those on a captured value does not share it
 * @param reason    why it is not Sync (or not Send), completing "`T` is not `Sync`: ..."; may be empty
 * @param fix       what to write instead; may be empty
 */
public record TableEntry(String name, List<String> params, Kind kind, Conditions send, Conditions sync,
                         boolean subtypes, Set<String> mutators, Set<String> shared, String reason, String fix) {

    /** A row without methods any thread may call. */
    public TableEntry(String name, List<String> params, Kind kind, Conditions send, Conditions sync,
                      boolean subtypes, Set<String> mutators, String reason, String fix) {
        this(name, params, kind, send, sync, subtypes, mutators, Set.of(), reason, fix);
    }

    /** The sorts of types the table knows. */
    public enum Kind {
        /** Deeply immutable values: Send and Sync (given their type arguments are). */
        IMMUTABLE("immutable"),
        /** Internally synchronized: Send and Sync under the row's conditions. */
        THREAD_SAFE("thread-safe"),
        /** Plain mutable: Send, not Sync; may be shared read-only as a captured local. */
        MUTABLE("mutable"),
        /** Reads mutate hidden state: Send, never Sync, not even read-only. */
        INTERIOR("interior"),
        /** Tied to its thread: neither Send nor Sync. */
        CONFINED("confined");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word used for this kind in the table file. */
        public String word() {
            return word;
        }
    }

    public TableEntry {
        params = List.copyOf(params);
        mutators = Set.copyOf(mutators);
        shared = Set.copyOf(shared);
    }
}
