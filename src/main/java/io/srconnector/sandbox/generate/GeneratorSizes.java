package io.srconnector.sandbox.generate;

/**
 * How much the generator makes. About 2.5 % of the candidates are talent-pool candidates (no application, so
 * {@code GET /candidates} does not list them); the others have 1–3 applications (about 1.5 on average).
 *
 * @param users      users (default 25)
 * @param jobs       jobs (default 50)
 * @param candidates candidates including talent-pool ones (default 500, giving about 730 applications)
 */
public record GeneratorSizes(int users, int jobs, int candidates) {

    public GeneratorSizes {
        if (users < 2 || jobs < 2 || candidates < 0) {
            throw new IllegalArgumentException("need at least 2 users and 2 jobs");
        }
    }

    /** 25 users, 50 jobs, 500 candidates. */
    public static GeneratorSizes defaults() {
        return new GeneratorSizes(25, 50, 500);
    }

    /** Copy with another candidate count. */
    public GeneratorSizes withCandidates(int n) {
        return new GeneratorSizes(users, jobs, n);
    }
}
