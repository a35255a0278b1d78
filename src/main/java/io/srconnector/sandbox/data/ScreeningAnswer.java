package io.srconnector.sandbox.data;

import java.util.List;

/**
 * SR {@code ScreeningAnswer {id, type, category, name, label, records[{fields[{id, label, values[{id, label}]}]}]}}
 * (official example {@code candidate-job-screening-answers.json}).
 */
public record ScreeningAnswer(String id, String type, String category, String name, String label, List<Record> records) {

    /** One record of a (possibly repeatable) answer. */
    public record Record(List<Field> fields) {
    }

    /** One answered field. */
    public record Field(String id, String label, List<IdLabel> values) {
    }
}
