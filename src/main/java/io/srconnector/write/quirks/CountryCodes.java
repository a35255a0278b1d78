package io.srconnector.write.quirks;

import io.srconnector.api.ApiException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SmartRecruiters quirk (failure case FC-06): a candidate's {@code location.countryCode} accepts only a two-letter
 * code — a three-letter one fails the whole create with a validation error on {@code /location/countryCode}. Kombo's
 * {@code location.country} is ISO 3166-1 alpha-2, but callers send alpha-3 ({@code DEU}) too. Before any call, the
 * value is normalised: a known alpha-2 (any case) is upper-cased, a known alpha-3 becomes its alpha-2
 * ({@code DEU} → {@code DE}); anything else answers 400 naming the field. SmartRecruiters stores the code in lower
 * case with the country's English name ({@link #srCode}, {@link #name}). Invariant W1 in
 * {@code docs/smartrecruiters-invariants.md}.
 */
public final class CountryCodes {
    private static final Set<String> ALPHA2 = Set.of(Locale.getISOCountries());
    private static final Map<String, String> ALPHA3 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                ALPHA3.put(new Locale("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 for this code
            }
        }
    }

    private CountryCodes() {
    }

    /**
     * The upper-case ISO 3166-1 alpha-2 code of a country given as alpha-2 or alpha-3.
     *
     * @param path the field, for the error
     * @throws ApiException 400 when the value is no ISO 3166 code
     */
    public static String normalize(String value, String path) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (v.length() == 2 && ALPHA2.contains(v)) {
            return v;
        }
        if (v.length() == 3 && ALPHA3.containsKey(v)) {
            return ALPHA3.get(v);
        }
        throw ApiException.invalid(path, "'" + value + "' is not an ISO 3166 country code (two letters, e.g. DE; "
                + "three-letter codes such as DEU are converted)");
    }

    /** SmartRecruiters' spelling of the code: lower case ({@code "de"}). */
    public static String srCode(String alpha2) {
        return alpha2.toLowerCase(Locale.ROOT);
    }

    /** The country's English name ({@code DE} → {@code Germany}), SmartRecruiters' {@code location.country}. */
    public static String name(String alpha2) {
        return new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }
}
