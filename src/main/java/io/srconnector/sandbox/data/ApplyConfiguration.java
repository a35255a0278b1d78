package io.srconnector.sandbox.data;

import java.util.List;

/**
 * SR Application API {@code ApplyConfiguration {questions, settings, privacyPolicies}}
 * ({@code GET /postings/{uuid}/configuration}); {@code settings.conditionals} (D-sq) only with
 * {@code conditionalsIncluded=true}.
 */
public record ApplyConfiguration(List<ScreeningQuestion> questions, Settings settings, List<PrivacyPolicy> privacyPolicies) {

    /** SR {@code ScreeningQuestion {id, label, repeatable, fields[]}}. */
    public record ScreeningQuestion(String id, String label, Boolean repeatable, List<QuestionField> fields) {
    }

    /** SR {@code ScreeningQuestionField}; type INPUT_TEXT|SINGLE_SELECT|MULTI_SELECT|RADIO|CHECKBOX|TEXTAREA|INFORMATION. */
    public record QuestionField(String id, String label, String type, Boolean required, String complianceType,
                                List<IdLabel> values) {
    }

    /** {@code settings {avatarUploadAvailable, conditionals[]}}. */
    public record Settings(Boolean avatarUploadAvailable, List<Conditional> conditionals) {
    }

    /** D-sq {@code {parentQuestionId, fieldId, valueIds[], conditionalQuestions[]}}. */
    public record Conditional(String parentQuestionId, String fieldId, List<String> valueIds,
                              List<String> conditionalQuestions) {
    }

    /** {@code {url, orgName}}. */
    public record PrivacyPolicy(String url, String orgName) {
    }

    /** The configuration without {@code settings.conditionals} (default, {@code conditionalsIncluded} not true). */
    public ApplyConfiguration withoutConditionals() {
        Settings s = settings == null ? null : new Settings(settings.avatarUploadAvailable(), null);
        return new ApplyConfiguration(questions, s, privacyPolicies);
    }
}
