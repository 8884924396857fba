package com.revealsync.org.bulk2;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bulk API 2.0 path, {@code /services/data/v65.0/jobs/ingest/{jobId}/batches}: its version, whether
 * it is about query jobs, the job id and the resource under the job (each possibly absent).
 */
record Bulk2Path(String version, boolean query, String jobId, String resource) {

    static final String PREFIX = "/services/data/";
    private static final Pattern JOBS = Pattern.compile("^/services/data/v(\\d{1,3}\\.\\d)/jobs/(ingest|query)(/.*)?$");

    /** @throws Bulk2Exception NOT_FOUND for any other path */
    static Bulk2Path parse(String path) {
        Matcher m = JOBS.matcher(path);
        if (!m.matches()) {
            throw Bulk2Exception.notFound();
        }
        List<String> rest = m.group(3) == null ? List.of()
                : Arrays.stream(m.group(3).split("/")).filter(s -> !s.isEmpty()).toList();
        if (rest.size() > 2) {
            throw Bulk2Exception.notFound();
        }
        return new Bulk2Path(m.group(1), m.group(2).equals("query"),
                rest.isEmpty() ? null : rest.get(0), rest.size() < 2 ? null : rest.get(1));
    }
}
