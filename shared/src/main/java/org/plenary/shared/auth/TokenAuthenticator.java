package org.plenary.shared.auth;

import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.draft.Actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a bearer token into the acting delegation (ISO 3166-1 alpha-3 code) or the secretariat.
 *
 * <p>Real tokens are configured as SHA-256 digests (hex) mapped to actors, so the configuration never
 * holds a usable secret. Development tokens {@code dev:<ISO3>} and {@code dev:SECRETARIAT} are accepted
 * only when {@code devTokens} is on (the local profile).
 */
public final class TokenAuthenticator {

    public static final String DEV_PREFIX = "dev:";
    private static final Pattern DELEGATION_CODE = Pattern.compile("[A-Z]{3}");

    private final boolean devTokens;
    private final Map<String, String> actorByDigest;

    public TokenAuthenticator(boolean devTokens, Map<String, String> actorByDigest) {
        this.devTokens = devTokens;
        this.actorByDigest = Map.copyOf(Objects.requireNonNull(actorByDigest, "token digests"));
        this.actorByDigest.values().forEach(TokenAuthenticator::requireKnownActor);
    }

    /**
     * The actor a token stands for; empty when it is unknown. Development tokens count only in their exact
     * forms {@code dev:<ISO3>} (upper case) and {@code dev:SECRETARIAT}: no other case, no spaces.
     */
    public Optional<String> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        if (token.startsWith(DEV_PREFIX)) {
            String actor = token.substring(DEV_PREFIX.length());
            return devTokens && isActor(actor) ? Optional.of(actor) : Optional.empty();
        }
        return Optional.ofNullable(actorByDigest.get(sha256(token)));
    }

    /** Reads lines {@code <sha256-hex> <ACTOR>}; blank lines and lines starting with # are skipped. */
    public static Map<String, String> readDigestFile(Path file) throws IOException {
        Map<String, String> digests = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || parts[0].length() != 64) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected \"<sha256 hex of the token> <ACTOR>\"");
            }
            digests.put(parts[0].toLowerCase(Locale.ROOT), parts[1].toUpperCase(Locale.ROOT));
        }
        return digests;
    }

    public static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code actor} is, exactly, SECRETARIAT or the upper-case code of a known delegation. */
    public static boolean isActor(String actor) {
        return Actors.SECRETARIAT.equals(actor) || actor != null && DELEGATION_CODE.matcher(actor).matches()
                && DelegationRegistry.standard().byCode(actor).isPresent();
    }

    private static void requireKnownActor(String actor) {
        if (!isActor(actor)) {
            throw new IllegalArgumentException("token configured for unknown actor " + actor);
        }
    }
}
