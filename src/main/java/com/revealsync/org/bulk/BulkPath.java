package com.revealsync.org.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Bulk API v1 resource path, {@code /services/async/{version}/job/{jobId}/batch/{batchId}/result/{resultId}},
 * split into its parts; trailing slashes are allowed, as {@code BulkConnection} sends some.
 */
record BulkPath(String version, List<String> segments) {

    static final String PREFIX = "/services/async/";
    private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d");

    static BulkPath parse(String path) {
        if (!path.startsWith(PREFIX)) {
            throw BulkApiException.invalidUrl("Not a Bulk API path: " + path);
        }
        List<String> parts = Arrays.stream(path.substring(PREFIX.length()).split("/"))
                .filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty() || !VERSION.matcher(parts.get(0)).matches()) {
            throw BulkApiException.invalidUrl("The Bulk API path needs a version, e.g. /services/async/65.0/job: " + path);
        }
        if (parts.size() < 2 || !parts.get(1).equals("job")) {
            throw new BulkApiException("InvalidOperation", "Unknown Bulk API resource " + path
                    + ": resources start with /services/async/" + parts.get(0) + "/job", 404);
        }
        return new BulkPath(parts.get(0), parts.subList(2, parts.size()));
    }

    // the path after "job" with its ids replaced by a star, e.g. "star/batch/star" for job/{id}/batch/{bid}
    String shape() {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            shape.append(i == 0 ? "" : "/").append(i % 2 == 0 ? "*" : segments.get(i));
        }
        return shape.toString();
    }

    String jobId() {
        return segments.get(0);
    }

    String batchId() {
        return segments.get(2);
    }

    String resultId() {
        return segments.get(4);
    }
}
