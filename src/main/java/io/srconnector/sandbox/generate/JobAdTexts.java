package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.JobAdSection;
import io.srconnector.sandbox.data.JobAdSections;

import java.util.Map;

/** Localised job-ad section titles and HTML texts. */
final class JobAdTexts {

    private JobAdTexts() {
    }

    private static final Map<String, String[]> TITLES = Map.of(
            "en", new String[]{"Company Description", "Job Description", "Qualifications", "Additional Information"},
            "de", new String[]{"Unternehmensbeschreibung", "Stellenbeschreibung", "Qualifikationen", "Zusätzliche Informationen"},
            "fr", new String[]{"Description de l'entreprise", "Description du poste", "Qualifications", "Informations complémentaires"},
            "es", new String[]{"Descripción de la empresa", "Descripción del puesto", "Requisitos", "Información adicional"},
            "pl", new String[]{"Opis firmy", "Opis stanowiska", "Wymagania", "Dodatkowe informacje"});

    private static final Map<String, String[]> TEXTS = Map.of(
            "en", new String[]{"<p>%s builds recruiting software for teams in 40 countries.</p>",
                    "<p>As <strong>%s</strong> you will own meaningful work from day one.</p>",
                    "<ul><li>Relevant experience</li><li>Fluent English</li></ul>",
                    "<p>Hybrid work possible. We value diversity &amp; inclusion.</p>"},
            "de", new String[]{"<p>%s entwickelt Recruiting-Software für Teams in 40 Ländern.</p>",
                    "<p>Als <strong>%s</strong> übernimmst du vom ersten Tag an Verantwortung.</p>",
                    "<ul><li>Einschlägige Erfahrung</li><li>Sehr gute Deutsch- und Englischkenntnisse</li></ul>",
                    "<p>Hybrides Arbeiten möglich. Wir freuen uns über Bewerbungen aller Geschlechter.</p>"},
            "fr", new String[]{"<p>%s développe des logiciels de recrutement pour des équipes dans 40 pays.</p>",
                    "<p>En tant que <strong>%s</strong>, vous aurez un impact dès le premier jour.</p>",
                    "<ul><li>Expérience pertinente</li><li>Anglais courant</li></ul>",
                    "<p>Télétravail partiel possible.</p>"},
            "es", new String[]{"<p>%s crea software de selección para equipos en 40 países.</p>",
                    "<p>Como <strong>%s</strong> tendrás responsabilidad desde el primer día.</p>",
                    "<ul><li>Experiencia relevante</li><li>Inglés fluido</li></ul>",
                    "<p>Posibilidad de trabajo híbrido.</p>"},
            "pl", new String[]{"<p>%s tworzy oprogramowanie rekrutacyjne dla zespołów w 40 krajach.</p>",
                    "<p>Jako <strong>%s</strong> od pierwszego dnia masz realny wpływ.</p>",
                    "<ul><li>Odpowiednie doświadczenie</li><li>Biegły angielski</li></ul>",
                    "<p>Możliwość pracy hybrydowej.</p>"});

    /** Sections of one job ad; {@code additionalInformation} left out when {@code withAdditional} is false. */
    static JobAdSections sections(String language, String company, String title, boolean withAdditional) {
        String[] t = TITLES.get(language);
        String[] x = TEXTS.get(language);
        return new JobAdSections(
                new JobAdSection(t[0], String.format(x[0], company)),
                new JobAdSection(t[1], String.format(x[1], escape(title))),
                new JobAdSection(t[2], x[2]),
                withAdditional ? new JobAdSection(t[3], x[3]) : null);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
