package com.revealsync.org.data.dml;

import com.revealsync.org.data.DmlOptions;

/** Who makes a DML call and with which options. */
public record Caller(String userId, DmlOptions options) {

    public Caller {
        options = options == null ? DmlOptions.DEFAULT : options;
    }

    public static Caller of(String userId) {
        return new Caller(userId, DmlOptions.DEFAULT);
    }

    /** The same caller without all-or-none, for the parts of a call that decide it as a whole. */
    Caller partial() {
        return new Caller(userId, new DmlOptions(false, options.allowFieldTruncation()));
    }
}
