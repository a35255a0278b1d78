package io.srconnector.write;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code warnings[{message}]} of a write answer: what was not written as asked (a field SmartRecruiters has no
 * place for, a source that does not exist, a step that failed after the record was created — with the created ids).
 */
public final class Warnings {
    private final List<String> messages = new ArrayList<>();

    /** Adds a warning. */
    public synchronized void add(String message) {
        messages.add(message);
    }

    /** The warnings so far, in order. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
