package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.ApplyConfiguration;
import io.srconnector.sandbox.data.ApplyConfiguration.Conditional;
import io.srconnector.sandbox.data.ApplyConfiguration.QuestionField;
import io.srconnector.sandbox.data.ApplyConfiguration.ScreeningQuestion;
import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.ScreeningAnswer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screening-question sets for Application API configurations ({@code GET /postings/{uuid}/configuration}) covering
 * every field type (INPUT_TEXT, SINGLE_SELECT, MULTI_SELECT, RADIO, CHECKBOX, TEXTAREA, INFORMATION), repeatable
 * questions, a DIVERSITY question and conditionals; plus matching answer variants for
 * {@code GET /candidates/{id}/jobs/{jobId}/screening-answers}. Answer objects are shared between applications to
 * keep memory small. Some library questions appear in several sets (same question id on several jobs).
 */
final class ScreeningFactory {

    /** One question set with the answer variants of each question. */
    record QuestionSet(ApplyConfiguration configuration, Map<String, List<ScreeningAnswer>> variants) {
    }

    private final long seed;
    private final String orgName;
    private final List<QuestionSet> sets = new ArrayList<>();

    ScreeningFactory(long seed, String orgName) {
        this.seed = seed;
        this.orgName = orgName;
        build();
    }

    List<QuestionSet> sets() {
        return sets;
    }

    private String qid(int n) {
        return Rng.of(seed, "question", n).uuid();
    }

    private static IdLabel v(String id, String label) {
        return new IdLabel(id, label);
    }

    private static ScreeningQuestion question(String id, String label, boolean repeatable, QuestionField... fields) {
        return new ScreeningQuestion(id, label, repeatable, List.of(fields));
    }

    private static QuestionField field(String id, String label, String type, boolean required, List<IdLabel> values) {
        return new QuestionField(id, label, type, required, null, values);
    }

    private static ScreeningAnswer answer(ScreeningQuestion q, String type, String category, String name,
                                          List<List<ScreeningAnswer.Field>> records) {
        List<ScreeningAnswer.Record> r = records.stream().map(ScreeningAnswer.Record::new).toList();
        return new ScreeningAnswer(q.id(), type, category, name, q.label(), r);
    }

    private static List<List<ScreeningAnswer.Field>> single(String fieldId, String label, IdLabel... values) {
        return List.of(List.of(new ScreeningAnswer.Field(fieldId, label, List.of(values))));
    }

    private static IdLabel text(String s) {
        return v(s, s);
    }

    private void build() {
        List<IdLabel> yesNo = List.of(v("1", "Yes"), v("0", "No"));
        List<IdLabel> levels = List.of(v("0", "Beginner"), v("1", "Intermediate"), v("2", "Advanced"), v("3", "Native"));

        ScreeningQuestion driving = question(qid(1), "Do you have a current driver's license?", false,
                field("value", "Value", "RADIO", true, yesNo));
        ScreeningQuestion licence = question(qid(2), "Which licence class do you hold?", false,
                field("value", "Value", "INPUT_TEXT", true, List.of()));
        ScreeningQuestion why = question(qid(3), "Why do you want to join us?", false,
                field("value", "Value", "TEXTAREA", false, List.of()));
        ScreeningQuestion languages = question(qid(4), "Languages", true,
                field("lang", "Language", "INPUT_TEXT", true, List.of()),
                field("level", "Proficiency level", "SINGLE_SELECT", true, levels));
        ScreeningQuestion gender = question(qid(5), "Gender", false, new QuestionField("gender", "Gender", "SINGLE_SELECT",
                false, "DIVERSITY", List.of(v("0X", "Male"), v("1X", "Female"), v("2X", "Non-binary"), v("3X", "Prefer not to say"))));
        ScreeningQuestion privacy = question(qid(6), "I agree that my application data may be kept for 12 months.", false,
                field("confirm", "I agree", "CHECKBOX", true, List.of()));
        ScreeningQuestion info = question(qid(7), "Our hiring process usually takes about three weeks.", false,
                field("info", "Information", "INFORMATION", false, List.of()));
        ScreeningQuestion skills = question(qid(8), "Which of these technologies have you used in production?", false,
                field("value", "Value", "MULTI_SELECT", true, List.of(v("java", "Java"), v("kotlin", "Kotlin"),
                        v("spring", "Spring Boot"), v("sql", "SQL"), v("k8s", "Kubernetes"), v("camel", "Apache Camel"))));
        ScreeningQuestion years = question(qid(9), "Years of professional experience", false,
                field("value", "Value", "SINGLE_SELECT", true, List.of(v("a", "0-2"), v("b", "3-5"), v("c", "6-10"), v("d", "10+"))));
        ScreeningQuestion permit = question(qid(10), "Are you legally authorised to work in the country of this job?", false,
                field("value", "Value", "RADIO", true, yesNo));
        ScreeningQuestion sponsorship = question(qid(11), "Will you now or in the future require visa sponsorship?", false,
                field("value", "Value", "RADIO", true, yesNo));
        ScreeningQuestion portfolio = question(qid(12), "Link to your GitHub profile or portfolio", false,
                field("value", "Value", "INPUT_TEXT", false, List.of()));
        ScreeningQuestion relocation = question(qid(13), "I am willing to relocate", false,
                field("confirm", "I am willing to relocate", "CHECKBOX", false, List.of()));
        ScreeningQuestion notice = question(qid(14), "What is your notice period?", false,
                field("value", "Value", "SINGLE_SELECT", true, List.of(v("0", "Immediately"), v("1", "1 month"), v("3", "3 months"))));
        ScreeningQuestion salary = question(qid(15), "What are your salary expectations?", false,
                field("value", "Value", "INPUT_TEXT", false, List.of()));

        String custom = Rng.of(seed, "question-category", 0).uuid();
        Map<String, List<ScreeningAnswer>> a = new LinkedHashMap<>();
        a.put(driving.id(), List.of(
                answer(driving, "radio", "drivingCurrent", "Driving Current", single("value", "Value", v("1", "Yes"))),
                answer(driving, "radio", "drivingCurrent", "Driving Current", single("value", "Value", v("0", "No")))));
        a.put(licence.id(), List.of(
                answer(licence, "text", custom, "Licence class", single("value", "Value", text("B"))),
                answer(licence, "text", custom, "Licence class", single("value", "Value", text("B, BE, C1")))));
        List<ScreeningAnswer> whyAnswers = new ArrayList<>();
        for (String t : Vocabulary.FREE_TEXTS) {
            whyAnswers.add(answer(why, "textarea", custom, "Motivation", single("value", "Value", text(t))));
        }
        a.put(why.id(), whyAnswers);
        a.put(languages.id(), List.of(
                answer(languages, "languages", "languages", "Languages", List.of(
                        List.of(new ScreeningAnswer.Field("lang", "Language", List.of(text("English"))),
                                new ScreeningAnswer.Field("level", "Proficiency level", List.of(v("2", "Advanced")))))),
                answer(languages, "languages", "languages", "Languages", List.of(
                        List.of(new ScreeningAnswer.Field("lang", "Language", List.of(text("Deutsch"))),
                                new ScreeningAnswer.Field("level", "Proficiency level", List.of(v("3", "Native")))),
                        List.of(new ScreeningAnswer.Field("lang", "Language", List.of(text("English"))),
                                new ScreeningAnswer.Field("level", "Proficiency level", List.of(v("2", "Advanced")))),
                        List.of(new ScreeningAnswer.Field("lang", "Language", List.of(text("Español"))),
                                new ScreeningAnswer.Field("level", "Proficiency level", List.of(v("0", "Beginner"))))))));
        a.put(gender.id(), List.of(
                answer(gender, "eeo", "eeoInformation", "EEO - Gender", single("gender", "Gender", v("0X", "Male"))),
                answer(gender, "eeo", "eeoInformation", "EEO - Gender", single("gender", "Gender", v("1X", "Female"))),
                answer(gender, "eeo", "eeoInformation", "EEO - Gender", single("gender", "Gender", v("3X", "Prefer not to say")))));
        a.put(privacy.id(), List.of(
                answer(privacy, "checkbox", custom, "Data retention consent", single("confirm", privacy.label(), v("1", "Confirmed")))));
        a.put(skills.id(), List.of(
                answer(skills, "select", custom, "Technologies", single("value", "Value", v("java", "Java"), v("spring", "Spring Boot"))),
                answer(skills, "select", custom, "Technologies", single("value", "Value", v("kotlin", "Kotlin"))),
                answer(skills, "select", custom, "Technologies", single("value", "Value", v("java", "Java"), v("sql", "SQL"),
                        v("k8s", "Kubernetes"), v("camel", "Apache Camel")))));
        a.put(years.id(), List.of(
                answer(years, "select", custom, "Experience", single("value", "Value", v("b", "3-5"))),
                answer(years, "select", custom, "Experience", single("value", "Value", v("d", "10+")))));
        a.put(permit.id(), List.of(
                answer(permit, "radio", "workPermit", "Work permit", single("value", "Value", v("1", "Yes"))),
                answer(permit, "radio", "workPermit", "Work permit", single("value", "Value", v("0", "No")))));
        a.put(sponsorship.id(), List.of(
                answer(sponsorship, "radio", custom, "Visa sponsorship", single("value", "Value", v("1", "Yes")))));
        a.put(portfolio.id(), List.of(
                answer(portfolio, "text", custom, "Portfolio", single("value", "Value", text("https://github.com/example"))),
                answer(portfolio, "text", custom, "Portfolio", single("value", "Value", text("https://portfolio.example.net/ünïcødé")))));
        a.put(relocation.id(), List.of(
                answer(relocation, "checkbox", custom, "Relocation", single("confirm", relocation.label(), v("1", "Confirmed")))));
        a.put(notice.id(), List.of(
                answer(notice, "select", custom, "Notice period", single("value", "Value", v("1", "1 month"))),
                answer(notice, "select", custom, "Notice period", single("value", "Value", v("3", "3 months")))));
        a.put(salary.id(), List.of(
                answer(salary, "text", custom, "Salary expectations", single("value", "Value", text("65.000 €"))),
                answer(salary, "text", custom, "Salary expectations", single("value", "Value", text("USD 120k + equity")))));

        List<ApplyConfiguration.PrivacyPolicy> policies = List.of(new ApplyConfiguration.PrivacyPolicy(
                "https://www.example.com/privacy", orgName));
        sets.add(new QuestionSet(new ApplyConfiguration(List.of(driving, licence, why, languages, gender, privacy, info),
                new ApplyConfiguration.Settings(true, List.of(new Conditional(driving.id(), "value", List.of("1"), List.of(licence.id())))),
                policies), a));
        sets.add(new QuestionSet(new ApplyConfiguration(List.of(skills, years, permit, sponsorship, portfolio, relocation, info),
                new ApplyConfiguration.Settings(false, List.of(new Conditional(permit.id(), "value", List.of("0"), List.of(sponsorship.id())))),
                policies), a));
        sets.add(new QuestionSet(new ApplyConfiguration(List.of(notice, salary, why),
                new ApplyConfiguration.Settings(false, List.of()), policies), a));
    }

    /**
     * Answers of one application to a question set: every question except INFORMATION, optional questions
     * sometimes skipped, a conditional question only when its parent's answer triggers it.
     */
    static List<ScreeningAnswer> answers(QuestionSet set, Rng rng) {
        ApplyConfiguration cfg = set.configuration();
        Map<String, String> chosenValue = new LinkedHashMap<>();
        List<ScreeningAnswer> out = new ArrayList<>();
        for (ScreeningQuestion q : cfg.questions()) {
            if (q.fields().stream().allMatch(f -> "INFORMATION".equals(f.type()))) {
                continue;
            }
            Conditional cond = cfg.settings().conditionals().stream()
                    .filter(c -> c.conditionalQuestions().contains(q.id())).findFirst().orElse(null);
            if (cond != null && !cond.valueIds().contains(chosenValue.get(cond.parentQuestionId()))) {
                continue;
            }
            boolean required = q.fields().stream().anyMatch(f -> Boolean.TRUE.equals(f.required()));
            if (!required && rng.chance(0.3)) {
                continue;
            }
            List<ScreeningAnswer> variants = set.variants().get(q.id());
            ScreeningAnswer chosen = rng.pick(variants);
            chosenValue.put(q.id(), chosen.records().get(0).fields().get(0).values().get(0).id());
            out.add(chosen);
        }
        return List.copyOf(out);
    }
}
