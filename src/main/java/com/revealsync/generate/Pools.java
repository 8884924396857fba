package com.revealsync.generate;

import java.util.List;

/**
 * The word lists the generator draws from. Every company and domain is fictional (domains end in
 * {@code .example}); names are common first and last names, combined at random, so no row describes
 * a real person.
 */
final class Pools {

    private Pools() {
    }

    /** A name as shown, and the ASCII form used for email addresses and LinkedIn slugs. */
    record Name(String shown, String ascii) {
        static Name of(String spec) {
            int bar = spec.indexOf('|');
            return bar < 0 ? new Name(spec, spec.toLowerCase(java.util.Locale.ROOT))
                    : new Name(spec.substring(0, bar), spec.substring(bar + 1));
        }
    }

    record Job(String title, String seniority, String department) {
    }

    /** A place, with the start of its phone numbers in E.164 and in local format, and the digits after it. */
    record Location(String country, String iso2, String state, String city, String e164, String local, int digits) {
    }

    record Industry(String word, String industry, String what) {
    }

    static final List<String> USERS = List.of("dana@acme-sales.example", "omer@acme-sales.example",
            "lee@acme-sales.example", "noa@acme-sales.example", "sam@acme-sales.example");

    static final List<Name> FIRST = names("Maya", "Noa", "Daniel", "Omer", "Yael|yael", "Avi", "Tamar", "Eitan",
            "Sarah", "James", "Emily", "Michael", "Olivia", "David", "Sophie", "Lucas", "Emma", "Liam", "Chloé|chloe",
            "José|jose", "María|maria", "Javier", "Lucía|lucia", "Matteo", "Giulia", "Lukas", "Anna", "Jürgen|jurgen",
            "Søren|soren", "Zoë|zoe", "Priya", "Arjun", "Ananya", "Wei", "Mei", "Hiroshi", "Yuki", "Kenji", "Fatima",
            "Omar", "Layla", "Karim", "Aisha", "Nia", "Kwame", "Chidi", "Ingrid", "Lars", "Olga", "Piotr", "Agnieszka",
            "Mateus", "Camila", "Thiago", "Sean", "Siobhán|siobhan", "Connor", "Rachel", "Ethan", "Grace",
            "דנה|dana", "אביגיל|avigail", "محمد|mohammed", "ليلى|layla", "Katherine \"Kate\"|katherine");

    static final List<Name> LAST = names("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Shapiro",
            "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "García|garcia", "Martínez|martinez",
            "Rodríguez|rodriguez", "López|lopez", "Rossi", "Bianchi", "Müller|muller", "Schmidt", "Schneider",
            "Fischer", "Nielsen", "Jensen", "Dubois", "Moreau", "Lefèvre|lefevre", "Patel", "Sharma", "Iyer", "Chen",
            "Wang", "Li", "Tanaka", "Suzuki", "Sato", "Haddad", "Khalil", "Mansour", "Okafor", "Mensah", "Kowalski",
            "Nowak", "Silva", "Santos", "Oliveira", "O'Brien|obrien", "Murphy", "Kelly", "Nguyễn|nguyen", "Kim",
            "Park", "Andersson", "Johansson", "Ivanova", "Novak", "van der Berg|vanderberg", "De Luca|deluca", "Ward",
            "ברק|barak", "אלון|alon", "العلي|alali", "Smith-Jones|smithjones");

    static final List<Job> JOBS = List.of(
            new Job("VP of Sales", "VP", "Sales"), new Job("Head of Revenue Operations", "Director", "Operations"),
            new Job("Senior Software Engineer", "Senior", "Engineering & Technical"),
            new Job("Marketing Manager", "Manager", "Marketing"), new Job("Chief Financial Officer", "C-Suite", "Finance"),
            new Job("Account Executive", "Entry", "Sales"), new Job("Director of Procurement", "Director", "Operations"),
            new Job("Sales Development Representative", "Entry", "Sales"), new Job("Product Manager", "Manager", "Product"),
            new Job("Chief Technology Officer", "C-Suite", "Engineering & Technical"),
            new Job("HR Business Partner", "Senior", "Human Resources"), new Job("Talent Acquisition Lead", "Manager",
                    "Human Resources"), new Job("Customer Success Manager", "Manager", "Customer Service"),
            new Job("Data Scientist", "Senior", "Data"), new Job("Head of Growth", "Director", "Marketing"),
            new Job("Founder & CEO", "Founder", "General Management"), new Job("IT Manager", "Manager",
                    "Information Technology"), new Job("Legal Counsel", "Senior", "Legal"),
            new Job("Operations Analyst", "Entry", "Operations"), new Job("VP, Business Development", "VP", "Sales"),
            new Job("Chief Happiness Officer 🎉", "C-Suite", "Human Resources"));

    static final List<Location> LOCATIONS = List.of(
            new Location("United States", "US", "California", "San Francisco", "+141555501", "(415) 555-01", 2),
            new Location("United States", "US", "New York", "New York", "+121255501", "(212) 555-01", 2),
            new Location("United States", "US", "Texas", "Austin", "+151255501", "(512) 555-01", 2),
            new Location("Israel", "IL", "", "Tel Aviv-Yafo", "+9723555", "03-555-", 4),
            new Location("ישראל", "IL", "", "ירושלים", "+9722555", "02-555-", 4),
            new Location("United Kingdom", "GB", "England", "London", "+442079460", "020 7946 0", 3),
            new Location("Deutschland", "DE", "Bayern", "München", "+49895555", "089 5555 ", 4),
            new Location("France", "FR", "Île-de-France", "Paris", "+33155550", "01 55 55 0", 3),
            new Location("España", "ES", "Cataluña", "Barcelona", "+34935550", "935 550 ", 3),
            new Location("Brasil", "BR", "São Paulo", "São Paulo", "+55115555", "(11) 5555-", 4),
            new Location("日本", "JP", "東京都", "東京", "+81355550", "03-5555-0", 3),
            new Location("Österreich", "AT", "Wien", "Wien", "+4315550", "01 5550 ", 3),
            new Location("Canada", "CA", "Ontario", "Toronto", "+141655501", "(416) 555-01", 2),
            new Location("India", "IN", "Karnataka", "Bengaluru", "+918055550", "080 5555 0", 3),
            new Location("الإمارات العربية المتحدة", "AE", "Dubai", "دبي", "+97145550", "04 555 0", 3),
            new Location("Polska", "PL", "Mazowieckie", "Warszawa", "+48225550", "22 555 0", 3));

    static final List<String> COMPANY_WORDS = List.of("Northwind", "Bluepeak", "Harlow & Finch", "Copperleaf",
            "Silverline", "Quillon", "Brightwave", "Ironbark", "Lumen", "Meridian", "Oakridge", "Pinecrest", "Redstone",
            "Stellar", "Tidewater", "Verdant", "Windmill", "Zephyr", "Aurora", "Cobalt", "Driftwood", "Evergreen",
            "Foxglove", "Granite", "Halcyon", "Juniper", "Kestrel", "Larkspur", "Marigold", "Nimbus", "Orchid",
            "Pelican", "Quarry", "Riverbend", "Saffron", "Thistle", "Umber", "Vantage", "Willow", "Yarrow",
            "Ashgrove", "Birchwood", "Cedarline", "Dovetail", "Emberly", "Fernhill", "Goldcrest", "Hollowbrook",
            "Ivory Tower", "Jasper & Vale");

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("Analytics", "Computer Software", "dashboards and forecasting for finance teams"),
            new Industry("Logistics", "Logistics & Supply Chain", "last-mile delivery, warehousing and freight"),
            new Industry("Health", "Hospital & Health Care", "clinics, telehealth and patient scheduling"),
            new Industry("Robotics", "Industrial Automation", "robotic arms for packaging lines"),
            new Industry("Capital", "Financial Services", "lending, payments and treasury tools for SMBs"),
            new Industry("Foods", "Food & Beverages", "plant-based snacks sold in 30 countries"),
            new Industry("Labs", "Biotechnology", "antibody research and lab automation"),
            new Industry("Security", "Computer & Network Security", "endpoint protection and SOC services"),
            new Industry("Energy", "Renewables & Environment", "solar farms, storage and grid software"),
            new Industry("Media", "Marketing & Advertising", "performance marketing and creative studios"),
            new Industry("Systems", "Information Technology & Services", "managed IT, cloud migration and support"),
            new Industry("Consulting", "Management Consulting", "strategy, pricing and operations consulting"),
            new Industry("Retail", "Retail", "home goods stores and an online shop"),
            new Industry("Insurance", "Insurance", "commercial insurance for small businesses"),
            new Industry("Learning", "E-Learning", "online courses for sales and support teams"),
            new Industry("Hotels", "Hospitality", "boutique hotels in city centres"),
            new Industry("Motors", "Automotive", "electric delivery vans and fleet software"),
            new Industry("Pharma", "Pharmaceuticals", "generic medicines and clinical trials"),
            new Industry("Cloud", "Internet", "hosting, CDN and developer tools"),
            new Industry("Legal", "Legal Services", "contract review and e-discovery"));

    static final List<String> COMPANY_SUFFIXES = List.of("", "", " Inc.", " Ltd", " GmbH", ", Inc.", " LLC", " & Co.");

    static final List<String> QUALIFIERS = List.of("Europe", "APAC", "Holdings", "Group", "Americas", "Labs",
            "International", "Partners");

    static final List<String> PERSONAL_DOMAINS = List.of("mailbox.example", "inbox.example", "post.example");

    static final List<String> LISTS = List.of("Q4 Outbound", "Fintech ICP", "Webinar follow-up", "", "",
            "EMEA expansion");

    private static List<Name> names(String... specs) {
        return java.util.Arrays.stream(specs).map(Name::of).toList();
    }
}
