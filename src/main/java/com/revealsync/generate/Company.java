package com.revealsync.generate;

import java.util.List;
import java.util.SplittableRandom;

/** A fictional company of the generator's pool, made from its index alone. */
record Company(String id, String name, String domain, String website, String description, String industry,
               String employees, String revenue, String linkedin, Pools.Location location) {

    private static final int WORDS = Pools.COMPANY_WORDS.size();
    private static final int COMBINATIONS = WORDS * Pools.INDUSTRIES.size();
    /** Coprime with {@link #COMBINATIONS}, so that consecutive indexes give unrelated names. */
    private static final int STRIDE = 617;
    private static final List<String> WORD_SLUGS = Pools.COMPANY_WORDS.stream().map(Seeds::slug).toList();
    private static final List<String> INDUSTRY_SLUGS = Pools.INDUSTRIES.stream().map(i -> Seeds.slug(i.word())).toList();

    static Company make(long seed, int index) {
        SplittableRandom random = Seeds.random(seed, Seeds.COMPANY, index);
        int combination = (int) ((long) (index % COMBINATIONS) * STRIDE % COMBINATIONS);
        int round = index / COMBINATIONS;
        String word = Pools.COMPANY_WORDS.get(combination % WORDS);
        Pools.Industry industry = Pools.INDUSTRIES.get(combination / WORDS);
        String qualifier = round == 0 ? "" : round <= Pools.QUALIFIERS.size()
                ? Pools.QUALIFIERS.get(round - 1) : String.valueOf(round + 1);
        String base = word + " " + industry.word() + (qualifier.isEmpty() ? "" : " " + qualifier);
        String name = base + Seeds.pick(random, Pools.COMPANY_SUFFIXES);
        String slug = WORD_SLUGS.get(combination % WORDS) + "-" + INDUSTRY_SLUGS.get(combination / WORDS)
                + (qualifier.isEmpty() ? "" : "-" + qualifier.toLowerCase(java.util.Locale.ROOT));
        String domain = slug + ".example";
        String website = switch (random.nextInt(4)) {
            case 0 -> domain;
            case 1 -> "http://" + domain + "/";
            default -> "https://www." + domain;
        };
        int employees = (int) Math.round(Math.exp(1 + random.nextDouble() * 9.5));
        long revenue = employees * (80_000L + random.nextInt(170_000)) / 1000 * 1000;
        String description = name + " offers " + industry.what() + "."
                + (Seeds.chance(random, 0.03) ? "\nFounded in " + (1990 + random.nextInt(34)) + "." : "");
        return new Company(Seeds.id(seed, Seeds.COMPANY, index), name, domain, website, description,
                industry.industry(), String.valueOf(employees), String.valueOf(revenue),
                "https://www.linkedin.com/company/" + slug, Seeds.pick(random, Pools.LOCATIONS));
    }
}
