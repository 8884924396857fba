package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LIKE answered from the n-gram index finds exactly the records a scan with the regular expression
 * finds, as records are created, changed and deleted after the index was built.
 */
class LikeIndexTest {

    private static final String[] WORDS = {"acme", "ACME", "beta", "Bêta", "gamma", "co", "io", "com", "ſoft", "İnc",
        "x", "", ".", "-", "/"};

    private final OrgDatabase org = OrgDatabase.inMemory();
    private final Random random = new Random(11);
    private final Map<String, String> websites = new LinkedHashMap<>();

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void indexedLikeAnswersAsAScanThroughCreatesUpdatesAndDeletes() {
        create(150);
        for (int round = 0; round < 6; round++) {
            for (int q = 0; q < 40; q++) {
                String a = word() + word() + word();
                String b = word() + word();
                String where = random.nextBoolean() ? "Website LIKE '%" + a + "%'"
                        : "Website LIKE '%" + a + "%' OR Website LIKE '" + b + "%' OR Website LIKE '%" + b + "'";
                assertThat(ids(where)).as("round %d: %s", round, where).isEqualTo(expected(where));
            }
            change(20);
            delete(5);
            create(10);
        }
        assertThat(ids("Website LIKE '%acme%'")).as("the data holds matches at all").isNotEmpty();
    }

    private Set<String> ids(String where) {
        QueryPage page = org.query("SELECT Id FROM Account WHERE " + where, 2000);
        assertThat(page.done()).isTrue();
        Set<String> ids = new TreeSet<>();
        page.records().forEach(r -> ids.add((String) r.fields().get("Id")));
        return ids;
    }

    /** The records a scan would find: every pattern of the OR as a regular expression. */
    private Set<String> expected(String where) {
        List<java.util.regex.Pattern> patterns = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("LIKE '([^']*)'").matcher(where);
        while (m.find()) {
            patterns.add(LikeMatcher.regex(m.group(1)));
        }
        Set<String> ids = new TreeSet<>();
        websites.forEach((id, website) -> {
            if (website != null && patterns.stream().anyMatch(p -> p.matcher(website).matches())) {
                ids.add(id);
            }
        });
        return ids;
    }

    private void create(int n) {
        List<RecordInput> inputs = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String website = website();
            values.add(website);
            inputs.add(new RecordInput("Account", null, website == null ? Map.of("Name", "A" + i)
                    : Map.of("Name", "A" + i, "Website", website), Set.of()));
        }
        List<SaveResult> saved = org.create(inputs);
        for (int i = 0; i < n; i++) {
            assertThat(saved.get(i).success()).as("%s", saved.get(i).errors()).isTrue();
            websites.put(saved.get(i).id(), values.get(i));
        }
    }

    private void change(int n) {
        List<String> ids = new ArrayList<>(websites.keySet());
        java.util.Collections.shuffle(ids, random);
        List<RecordInput> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ids.get(i);
            String website = website();
            inputs.add(website == null ? new RecordInput("Account", id, Map.of(), Set.of("Website"))
                    : new RecordInput("Account", id, Map.of("Website", website), Set.of()));
            websites.put(id, website);
        }
        org.update(inputs).forEach(r -> assertThat(r.success()).as("%s", r.errors()).isTrue());
    }

    private void delete(int n) {
        List<String> ids = new ArrayList<>(websites.keySet());
        List<String> gone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ids.remove(random.nextInt(ids.size()));
            gone.add(id);
            websites.remove(id);
        }
        org.delete(gone).forEach(r -> assertThat(r.success()).as("%s", r.errors()).isTrue());
    }

    private String website() {
        return random.nextInt(10) == 0 ? null : "https://" + word() + word() + word() + "." + word();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
