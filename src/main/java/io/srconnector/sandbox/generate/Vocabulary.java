package io.srconnector.sandbox.generate;

import io.srconnector.sandbox.data.IdLabel;
import io.srconnector.sandbox.data.JobLocation;
import io.srconnector.sandbox.data.Language;

import java.util.List;
import java.util.Map;

/**
 * Word pools for realistic, international generated accounts: name cultures with native spellings and ASCII
 * transliterations (José, Zoë, Müller, Łukasz, Øyvind, 李雷, Αλέξανδρος, أحمد, …), cities, job titles with
 * translations, dictionaries (industries, functions, experience levels, employment types) and free texts.
 * All values are invented.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A name with its ASCII form for e-mail addresses. */
    record Name(String nativeForm, String ascii) {
    }

    /** A city for candidate locations. */
    record City(String city, String region, String regionCode, double lat, double lng) {
    }

    /** A name culture: language, country, cities, names and phone format. */
    record Culture(String code, String language, String country, String countryCode, List<City> cities,
                   List<Name> firstNames, List<Name> lastNames, String phonePrefix, int phoneDigits, int weight) {
    }

    private static Name n(String nativeForm, String ascii) {
        return new Name(nativeForm, ascii);
    }

    private static Name n(String plain) {
        return new Name(plain, plain.toLowerCase(java.util.Locale.ROOT));
    }

    static final List<Culture> CULTURES = List.of(
            new Culture("US", "en", "United States", "us", List.of(
                    new City("Seattle", "Washington", "us-wa", 47.6062, -122.3321),
                    new City("New York", "New York", "us-ny", 40.7128, -74.006),
                    new City("Austin", "Texas", "us-tx", 30.2672, -97.7431),
                    new City("Chicago", "Illinois", "us-il", 41.8781, -87.6298)),
                    List.of(n("Emily"), n("Michael"), n("Sarah"), n("David"), n("Jessica"), n("Brandon"), n("Ashley"), n("Tyler")),
                    List.of(n("Smith"), n("Johnson"), n("Williams"), n("Brown"), n("O'Connor", "oconnor"), n("Nguyen"),
                            n("Rodriguez-Smith", "rodriguezsmith"), n("McAllister")),
                    "+1 206 555 ", 4, 20),
            new Culture("DE", "de", "Germany", "de", List.of(
                    new City("Berlin", "Berlin", "de-be", 52.52, 13.405),
                    new City("München", "Bayern", "de-by", 48.1351, 11.582),
                    new City("Köln", "Nordrhein-Westfalen", "de-nw", 50.9375, 6.9603),
                    new City("Hamburg", "Hamburg", "de-hh", 53.5511, 9.9937)),
                    List.of(n("Zoë", "zoe"), n("Jürgen", "juergen"), n("Lukas"), n("Anna"), n("Sören", "soeren"),
                            n("Maximilian"), n("Lea"), n("Jörg", "joerg")),
                    List.of(n("Müller", "mueller"), n("Schmidt"), n("Weiß", "weiss"), n("Schäfer", "schaefer"),
                            n("Groß", "gross"), n("Becker"), n("Köhler", "koehler"), n("Fischer")),
                    "+49 30 ", 7, 18),
            new Culture("GB", "en", "United Kingdom", "gb", List.of(
                    new City("London", "England", "gb-eng", 51.5074, -0.1278),
                    new City("Manchester", "England", "gb-eng", 53.4808, -2.2426)),
                    List.of(n("Oliver"), n("Amelia"), n("Siobhán", "siobhan"), n("Niamh"), n("Harry")),
                    List.of(n("O'Brien", "obrien"), n("Smith-Jones", "smithjones"), n("Taylor"),
                            n("Ó Súilleabháin", "osuilleabhain")),
                    "+44 20 ", 8, 10),
            new Culture("ES", "es", "Spain", "es", List.of(
                    new City("Madrid", "Comunidad de Madrid", "es-md", 40.4168, -3.7038),
                    new City("Barcelona", "Cataluña", "es-ct", 41.3874, 2.1686),
                    new City("Sevilla", "Andalucía", "es-an", 37.3891, -5.9845)),
                    List.of(n("José", "jose"), n("María", "maria"), n("Lucía", "lucia"), n("Íñigo", "inigo"),
                            n("Sofía", "sofia"), n("Javier")),
                    List.of(n("García", "garcia"), n("Fernández", "fernandez"), n("Núñez", "nunez"), n("López", "lopez"),
                            n("Martín", "martin"), n("Peña", "pena")),
                    "+34 91 ", 7, 10),
            new Culture("FR", "fr", "France", "fr", List.of(
                    new City("Paris", "Île-de-France", "fr-idf", 48.8566, 2.3522),
                    new City("Lyon", "Auvergne-Rhône-Alpes", "fr-ara", 45.764, 4.8357)),
                    List.of(n("François", "francois"), n("Hélène", "helene"), n("Chloé", "chloe"), n("Mathéo", "matheo"),
                            n("Camille")),
                    List.of(n("Lefèvre", "lefevre"), n("Dubois"), n("Géraud", "geraud"), n("Moreau")),
                    "+33 1 ", 8, 10),
            new Culture("PL", "pl", "Poland", "pl", List.of(
                    new City("Warszawa", "Mazowieckie", "pl-mz", 52.2297, 21.0122),
                    new City("Kraków", "Małopolskie", "pl-ma", 50.0647, 19.945),
                    new City("Wrocław", "Dolnośląskie", "pl-ds", 51.1079, 17.0385)),
                    List.of(n("Łukasz", "lukasz"), n("Małgorzata", "malgorzata"), n("Zofia"), n("Krzysztof"),
                            n("Agnieszka"), n("Paweł", "pawel")),
                    List.of(n("Wiśniewski", "wisniewski"), n("Kowalska"), n("Łukaszewicz", "lukaszewicz"),
                            n("Wójcik", "wojcik"), n("Zieliński", "zielinski"), n("Szymańska", "szymanska")),
                    "+48 22 ", 7, 10),
            new Culture("NO", "no", "Norway", "no", List.of(
                    new City("Oslo", "Oslo", "no-03", 59.9139, 10.7522),
                    new City("Bergen", "Vestland", "no-46", 60.3913, 5.3221)),
                    List.of(n("Øyvind", "oyvind"), n("Ingrid"), n("Bjørn", "bjorn"), n("Sigrid"), n("Håkon", "hakon")),
                    List.of(n("Sæther", "saether"), n("Ødegård", "odegard"), n("Hansen"), n("Bråten", "braten"), n("Johansen")),
                    "+47 ", 8, 5),
            new Culture("CN", "zh-CN", "China", "cn", List.of(
                    new City("Shanghai", "Shanghai", "cn-sh", 31.2304, 121.4737),
                    new City("Beijing", "Beijing", "cn-bj", 39.9042, 116.4074)),
                    List.of(n("雷", "lei"), n("娜", "na"), n("伟", "wei"), n("静", "jing")),
                    List.of(n("李", "li"), n("王", "wang"), n("张", "zhang"), n("刘", "liu")),
                    "+86 21 ", 8, 7),
            new Culture("GR", "el", "Greece", "gr", List.of(
                    new City("Athens", "Attica", "gr-i", 37.9838, 23.7275),
                    new City("Thessaloniki", "Central Macedonia", "gr-b", 40.6401, 22.9444)),
                    List.of(n("Αλέξανδρος", "alexandros"), n("Ελένη", "eleni"), n("Δημήτρης", "dimitris"), n("Μαρία", "maria")),
                    List.of(n("Παπαδόπουλος", "papadopoulos"), n("Νικολάου", "nikolaou"), n("Γεωργίου", "georgiou")),
                    "+30 21 ", 8, 5),
            new Culture("AE", "ar", "United Arab Emirates", "ae", List.of(
                    new City("Dubai", "Dubai", "ae-du", 25.2048, 55.2708),
                    new City("Abu Dhabi", "Abu Dhabi", "ae-az", 24.4539, 54.3773)),
                    List.of(n("أحمد", "ahmed"), n("فاطمة", "fatima"), n("محمد", "mohammed"), n("ليلى", "layla")),
                    List.of(n("الحسن", "alhassan"), n("منصور", "mansour"), n("الزهراني", "alzahrani")),
                    "+971 4 ", 7, 5));

    /** Culture by code. */
    static Culture culture(String code) {
        return CULTURES.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org", "mail.example");

    static final Map<String, Language> LANGUAGES = Map.of(
            "en", new Language("en", "English", "English (US)"),
            "de", new Language("de", "German", "Deutsch"),
            "fr", new Language("fr", "French", "Français"),
            "es", new Language("es", "Spanish", "Español"),
            "pl", new Language("pl", "Polish", "Polski"));

    static final List<String> AD_LANGUAGES = List.of("en", "de", "fr", "es", "pl");

    /** A job family: title per language, department key, function, level, employment type, process. */
    record JobTitle(Map<String, String> titles, int department, IdLabel function, String level, String employment,
                    String process) {
    }

    private static Map<String, String> t(String en, String de, String fr, String es, String pl) {
        return Map.of("en", en, "de", de, "fr", fr, "es", es, "pl", pl);
    }

    static final IdLabel F_ENG = new IdLabel("engineering", "Engineering");
    static final IdLabel F_IT = new IdLabel("information_technology", "Information Technology");
    static final IdLabel F_PM = new IdLabel("product_management", "Product Management");
    static final IdLabel F_DESIGN = new IdLabel("design", "Design");
    static final IdLabel F_SALES = new IdLabel("sales", "Sales");
    static final IdLabel F_MARKETING = new IdLabel("marketing", "Marketing");
    static final IdLabel F_HR = new IdLabel("human_resources", "Human Resources");
    static final IdLabel F_FINANCE = new IdLabel("finance", "Finance");
    static final IdLabel F_CS = new IdLabel("customer_service", "Customer Service");
    static final IdLabel F_ADMIN = new IdLabel("administrative", "Administrative");

    static final List<JobTitle> JOB_TITLES = List.of(
            new JobTitle(t("Senior Java Developer", "Senior Java-Entwickler (m/w/d)", "Développeur Java senior (H/F)",
                    "Desarrollador/a Java sénior", "Starszy programista Java"), 0, F_ENG, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("Backend Engineer (Kotlin)", "Backend-Entwickler Kotlin (m/w/d)", "Ingénieur backend Kotlin",
                    "Ingeniero/a backend Kotlin", "Inżynier backend Kotlin"), 0, F_ENG, "associate", "permanent", "standard"),
            new JobTitle(t("Frontend Developer (React)", "Frontend-Entwickler React (m/w/d)", "Développeur front-end React",
                    "Desarrollador/a front-end React", "Programista frontend React"), 0, F_ENG, "associate", "contract", "standard"),
            new JobTitle(t("Product Manager", "Produktmanager (m/w/d)", "Chef de produit", "Product Manager",
                    "Menedżer produktu"), 1, F_PM, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("UX Designer", "UX-Designer (m/w/d)", "Designer UX", "Diseñador/a UX", "Projektant UX"),
                    1, F_DESIGN, "associate", "part_time", "standard"),
            new JobTitle(t("Data Scientist", "Data Scientist (m/w/d)", "Data scientist", "Científico/a de datos",
                    "Analityk danych (Data Scientist)"), 7, F_IT, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("DevOps Engineer", "DevOps Engineer (m/w/d)", "Ingénieur DevOps", "Ingeniero/a DevOps",
                    "Inżynier DevOps"), 0, F_IT, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("Account Executive", "Account Executive (m/w/d)", "Chargé d'affaires", "Ejecutivo/a de cuentas",
                    "Account Executive"), 2, F_SALES, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("Sales Development Representative", "Sales Development Representative (m/w/d)",
                    "Commercial sédentaire", "Representante de desarrollo de ventas",
                    "Przedstawiciel ds. rozwoju sprzedaży"), 2, F_SALES, "entry_level", "temporary", "standard"),
            new JobTitle(t("Customer Success Manager", "Customer Success Manager (m/w/d)", "Responsable succès client",
                    "Gestor/a de éxito del cliente", "Menedżer ds. sukcesu klienta"), 5, F_CS, "associate", "permanent", "standard"),
            new JobTitle(t("HR Business Partner", "HR Business Partner (m/w/d)", "HR Business Partner",
                    "Socio/a de negocio de RR. HH.", "HR Business Partner"), 4, F_HR, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("Financial Controller", "Controller (m/w/d)", "Contrôleur financier", "Controller financiero/a",
                    "Kontroler finansowy"), 3, F_FINANCE, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("Marketing Manager", "Marketing Manager (m/w/d)", "Responsable marketing",
                    "Responsable de marketing", "Kierownik ds. marketingu"), 6, F_MARKETING, "mid_senior_level", "permanent", "standard"),
            new JobTitle(t("Working Student Software Engineering", "Werkstudent Softwareentwicklung (m/w/d)",
                    "Étudiant en alternance – développement logiciel", "Estudiante en prácticas de desarrollo de software",
                    "Praktykant – inżynieria oprogramowania"), 0, F_ENG, "internship", "working_student", "internship"),
            new JobTitle(t("Head of Engineering", "Leitung Softwareentwicklung (m/w/d)", "Directeur de l'ingénierie",
                    "Director/a de ingeniería", "Dyrektor ds. inżynierii"), 0, F_ENG, "director", "permanent", "executive"),
            new JobTitle(t("Office Manager", "Office Manager (m/w/d)", "Responsable des services généraux",
                    "Office Manager", "Office Manager"), 6, F_ADMIN, "not_applicable", "part_time", "standard"),
            new JobTitle(t("Chief Financial Officer", "Finanzvorstand (CFO) (m/w/d)", "Directeur financier (CFO)",
                    "Director/a financiero/a (CFO)", "Dyrektor finansowy (CFO)"), 3, F_FINANCE, "executive", "permanent", "executive"),
            new JobTitle(t("Summer Intern Marketing", "Praktikum Marketing (m/w/d)", "Stage marketing", "Prácticas de marketing",
                    "Staż w marketingu"), 6, F_MARKETING, "internship", "internship", "internship"));

    /** Departments: label, description. */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[]{"Engineering", "Product engineering and platform"},
            new String[]{"Product & Design", "Product management and UX"},
            new String[]{"Sales", "New business and account management"},
            new String[]{"Finance", "Controlling, accounting and treasury"},
            new String[]{"People & Culture", "HR, recruiting and workplace"},
            new String[]{"Customer Success", "Onboarding and support"},
            new String[]{"Marketing & Operations", "Brand, demand generation and office operations"},
            new String[]{"Forschung & Entwicklung", "Research and data science (Standort München)"});

    static final Map<String, String> EXPERIENCE_LEVELS = Map.of(
            "associate", "Associate", "director", "Director", "entry_level", "Entry Level", "executive", "Executive",
            "internship", "Internship", "mid_senior_level", "Mid-Senior Level", "not_applicable", "Not Applicable");

    static final Map<String, String> EMPLOYMENT_TYPES = Map.of(
            "permanent", "Full-time", "part_time", "Part-time", "contract", "Contract", "temporary", "Temporary",
            "internship", "Internship", "working_student", "Working student");

    static final List<IdLabel> INDUSTRIES = List.of(new IdLabel("computer_software", "Computer Software"),
            new IdLabel("internet", "Internet"), new IdLabel("information_technology_and_services", "Information Technology and Services"),
            new IdLabel("financial_services", "Financial Services"));

    static final List<IdLabel> EEO_CATEGORIES = List.of(new IdLabel("professionals", "Professionals"),
            new IdLabel("technicians", "Technicians"), new IdLabel("sales_workers", "Sales Workers"),
            new IdLabel("administrative_support_workers", "Administrative Support Workers"),
            new IdLabel("executive_senior_level_officials_and_managers", "Executive/Senior Level Officials and Managers"));

    /** Office locations for jobs, with their IANA time zone. */
    record Office(JobLocation location, String timezone, String currency) {
    }

    static final List<Office> OFFICES = List.of(
            new Office(new JobLocation("Germany", "de", "Berlin", "de-be", "Berlin", "Friedrichstraße 68", "10117", false,
                    "52.5200", "13.4050", false), "Europe/Berlin", "EUR"),
            new Office(new JobLocation("Germany", "de", "Bayern", "de-by", "München", "Leopoldstraße 12", "80802", false,
                    "48.1351", "11.5820", false), "Europe/Berlin", "EUR"),
            new Office(new JobLocation("United States", "us", "Washington", "us-wa", "Seattle", "1st Avenue 100", "98101",
                    false, "47.6062", "-122.3321", false), "America/Los_Angeles", "USD"),
            new Office(new JobLocation("United States", "us", "New York", "us-ny", "New York", "350 5th Ave", "10118",
                    false, "40.7484", "-73.9857", true), "America/New_York", "USD"),
            new Office(new JobLocation("United Kingdom", "gb", "England", "gb-eng", "London", "1 Canada Square", "E14 5AB",
                    false, "51.5049", "-0.0195", false), "Europe/London", "GBP"),
            new Office(new JobLocation("France", "fr", "Île-de-France", "fr-idf", "Paris", "10 Rue de Rivoli", "75004",
                    false, "48.8566", "2.3522", false), "Europe/Paris", "EUR"),
            new Office(new JobLocation("Spain", "es", "Comunidad de Madrid", "es-md", "Madrid", "Calle de Alcalá 45",
                    "28014", false, "40.4168", "-3.7038", false), "Europe/Madrid", "EUR"),
            new Office(new JobLocation("Poland", "pl", "Mazowieckie", "pl-mz", "Warszawa", "ul. Marszałkowska 1", "00-624",
                    false, "52.2297", "21.0122", false), "Europe/Warsaw", "PLN"),
            new Office(new JobLocation("Germany", "de", "Berlin", "de-be", "Berlin", null, null, true, null, null, null),
                    "Europe/Berlin", "EUR"),
            new Office(new JobLocation("United States", "us", "Texas", "us-tx", "Austin", null, null, true, null, null, null),
                    "America/Chicago", "USD"));

    static final List<String> TAGS = List.of("java", "fluent english", "relocation", "remote only", "referral",
            "silver medalist", "kotlin", "leadership", "Führungserfahrung", "日本語", "C#", "ex-FAANG", "do not contact",
            "Überqualifiziert?", "bilingüe", "open to contract", "diversity hire program", "campus 2024", "night shifts",
            "français natif", "Łódź meetup", "★ top talent");

    static final List<String> SCHOOLS = List.of("University of Washington", "Technische Universität München",
            "Universidad Complutense de Madrid", "Uniwersytet Warszawski", "Norges teknisk-naturvitenskapelige universitet",
            "Fudan University", "National Technical University of Athens", "American University of Sharjah",
            "École Polytechnique", "University of Manchester", "Freie Universität Berlin");

    static final List<String[]> DEGREES = List.of(new String[]{"BSc", "Computer Science"},
            new String[]{"MSc", "Software Engineering"}, new String[]{"BA", "Business Administration"},
            new String[]{"MBA", "Finance"}, new String[]{"Diplom", "Wirtschaftsinformatik"},
            new String[]{"Licence", "Mathématiques"}, new String[]{"PhD", "Machine Learning"});

    static final List<String> COMPANIES = List.of("Acme Corp", "Initech", "Globex GmbH", "Umbrella S.A.", "Hooli",
            "Stark Industries", "Müller & Söhne KG", "Soylent Sp. z o.o.", "Nordlys AS", "Wayne Enterprises",
            "Tyrell SARL", "Cyberdyne Ltd");

    static final List<String> EXPERIENCE_TITLES = List.of("Java Developer", "Junior Developer", "Software Engineer",
            "Product Owner", "Sales Representative", "Account Manager", "Data Analyst", "Team Lead", "Controller",
            "Marketing Specialist", "HR Generalist", "Customer Support Agent", "Praktikant", "Werkstudent");

    static final List<String> FREE_TEXTS = List.of("I love building products that matter.",
            "Ich möchte in einem internationalen Team arbeiten.", "Pour relever de nouveaux défis techniques.",
            "Me encanta la cultura de la empresa.", "Chcę rozwijać się w nowoczesnym zespole.",
            "Because your mission resonates with me — and the commute is short.",
            "我希望在国际化团队中成长。", "Multi-line answer:\nfirst line\nsecond line");

    static final List<String> INTERVIEW_TITLES = List.of("Technical interview", "Culture fit", "Case study presentation",
            "Gespräch mit der Fachabteilung", "Hiring manager interview", "Final round");

    static final List<String> INTERVIEW_TYPES = List.of("Onsite", "Video call", "Phone");
}
