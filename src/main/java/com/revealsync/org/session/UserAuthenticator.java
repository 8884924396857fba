package com.revealsync.org.session;

import com.revealsync.org.data.OrgUser;
import com.revealsync.org.server.OrgContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/** Checks a username and password against the org's users, in constant time for the password. */
public final class UserAuthenticator {

    private final OrgContext context;

    public UserAuthenticator(OrgContext context) {
        this.context = context;
    }

    /** The user, when the username exists and the password is theirs. */
    public Optional<OrgUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return context.data().userByUsername(username.strip()).filter(u -> matches(u.password(), password));
    }

    private static boolean matches(char[] expected, String candidate) {
        if (expected == null) {
            return false;
        }
        byte[] a = utf8(CharBuffer.wrap(expected));
        byte[] b = utf8(CharBuffer.wrap(candidate));
        try {
            return MessageDigest.isEqual(a, b);
        } finally {
            Arrays.fill(a, (byte) 0);
        }
    }

    private static byte[] utf8(CharBuffer chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(chars);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
