package org.plenary.shared.delegation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The delegations known to Plenary, looked up by ISO code or by the name printed in a sponsor list.
 *
 * <p>The {@linkplain #standard() standard registry} holds the 193 UN Member States, the 2 observer States
 * and the European Union, read from {@code delegations.tsv} beside this class. Names match ignoring case,
 * accents, surrounding whitespace, curly versus straight apostrophes and trailing footnote marks
 * ({@code "Brazil*"}, {@code "Brazil¹"}); older and common names are accepted as aliases
 * ({@code "Netherlands"}, {@code "Turkey"}, {@code "Iran"}).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DelegationRegistry {

    static final String RESOURCE = "delegations.tsv";
    private static final String HEADER = "code\tname\tkind\taliases";
    private static final int MAX_SUGGESTIONS = 3;

    private final List<Delegation> all;
    private final Map<String, Delegation> byCode;
    private final Map<String, Delegation> byKey;
    private final Map<Delegation, List<String>> aliases;

    private DelegationRegistry(Map<Delegation, List<String>> aliases, String source) {
        this.all = List.copyOf(aliases.keySet());
        this.aliases = Map.copyOf(aliases);
        Map<String, Delegation> codes = new HashMap<>();
        Map<String, Delegation> keys = new HashMap<>();
        for (Delegation delegation : all) {
            if (codes.put(delegation.code(), delegation) != null) {
                throw new IllegalStateException(source + ": duplicate code " + delegation.code());
            }
            for (String name : namesOf(delegation)) {
                Delegation previous = keys.put(Names.key(name), delegation);
                if (previous != null) {
                    throw new IllegalStateException(source + ": name \"" + name + "\" of " + delegation.code()
                            + " already used by " + previous.code());
                }
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byKey = Map.copyOf(keys);
    }

    /** The registry shipped with Plenary; read once, on first use. */
    public static DelegationRegistry standard() {
        return Standard.INSTANCE;
    }

    /** The delegation with this ISO 3166-1 alpha-3 code, ignoring case and surrounding whitespace. */
    public Optional<Delegation> byCode(String code) {
        Objects.requireNonNull(code, "code must not be null");
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The delegation with this UN short name or alias. Case, accents, surrounding whitespace, curly
     * apostrophes and trailing footnote marks or asterisks make no difference.
     */
    public Optional<Delegation> byName(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return Optional.ofNullable(byKey.get(Names.key(name)));
    }

    /**
     * The delegation with this name, alias or code.
     *
     * @throws UnknownDelegationException when none matches; it suggests up to three close names
     */
    public Delegation resolve(String codeOrName) {
        Objects.requireNonNull(codeOrName, "codeOrName must not be null");
        return byName(codeOrName)
                .or(() -> byCode(codeOrName))
                .orElseThrow(() -> new UnknownDelegationException(codeOrName, suggestionsFor(codeOrName)));
    }

    /** Every delegation: Member States, then observer States, then organizations, each in UN order. */
    public List<Delegation> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** The aliases of a delegation of this registry, as written in the data file. */
    List<String> aliasesOf(Delegation delegation) {
        return aliases.getOrDefault(delegation, List.of());
    }

    /**
     * Up to three names close to the input, best first: names within a few typing errors, then names
     * or words of names that the input begins; failing both, the names sharing the most words with it.
     */
    List<String> suggestionsFor(String input) {
        String query = Names.key(input);
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> queryTokens = Names.tokens(query);
        List<Match> matches = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            Delegation delegation = all.get(index);
            Match best = null;
            for (String name : namesOf(delegation)) {
                Match match = match(query, queryTokens, Names.key(name), index);
                if (match != null && (best == null || Match.ORDER.compare(match, best) < 0)) {
                    best = match;
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        // Close spellings and prefixes are strong evidence; shared words are only worth offering when
        // nothing stronger exists, and then only the names sharing the most words.
        Match best = matches.stream().min(Match.ORDER).orElseThrow();
        return matches.stream()
                .filter(m -> best.tier() < 2 ? m.tier() < 2 : m.distance() == best.distance())
                .sorted(Match.ORDER)
                .limit(MAX_SUGGESTIONS)
                .map(match -> all.get(match.index()).name())
                .toList();
    }

    private static Match match(String query, List<String> queryTokens, String key, int index) {
        int distance = Names.distance(query, key);
        if (distance <= Math.min(3, Math.max(1, query.length() / 3))) {
            return new Match(0, distance, index);
        }
        if (query.length() >= 3
                && (key.startsWith(query) || Names.tokens(key).stream().anyMatch(t -> t.startsWith(query)))) {
            return new Match(1, key.length() - query.length(), index);
        }
        List<String> keyTokens = Names.tokens(key);
        long shared = queryTokens.stream()
                .filter(q -> keyTokens.stream().anyMatch(k -> sameWord(q, k)))
                .count();
        return shared == 0 ? null : new Match(2, -(int) shared, index);
    }

    private static boolean sameWord(String queryToken, String keyToken) {
        return keyToken.startsWith(queryToken)
                || queryToken.length() >= 5 && Names.distance(queryToken, keyToken) <= 1;
    }

    private List<String> namesOf(Delegation delegation) {
        List<String> names = new ArrayList<>();
        names.add(delegation.name());
        names.addAll(aliasesOf(delegation));
        return names;
    }

    /**
     * A candidate suggestion: lower tier, then lower distance, then earlier in the registry wins. Tier 0 is
     * a close spelling (distance: edits), 1 a prefix (distance: letters missing), 2 shared words
     * (distance: minus the number of words shared).
     */
    private record Match(int tier, int distance, int index) {
        static final Comparator<Match> ORDER = Comparator.comparingInt(Match::tier)
                .thenComparingInt(Match::distance)
                .thenComparingInt(Match::index);
    }

    /**
     * Reads a registry in the format of {@code delegations.tsv}: comment lines starting with {@code #},
     * a header line, then one delegation a line with tab-separated code, name, kind and aliases
     * (separated by {@code |}, may be empty).
     */
    static DelegationRegistry read(Reader reader, String source) throws IOException {
        Map<Delegation, List<String>> delegations = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw new IllegalStateException(source + ":" + number + ": expected header \"" + HEADER + "\"");
                }
                headerSeen = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 3 || fields.length > 4) {
                throw new IllegalStateException(source + ":" + number + ": expected 3 or 4 tab-separated fields");
            }
            Delegation delegation;
            try {
                delegation = new Delegation(fields[0].strip(), fields[1].strip(),
                        Delegation.Kind.valueOf(fields[2].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + number + ": " + e.getMessage(), e);
            }
            List<String> aliases = fields.length < 4 || fields[3].isBlank()
                    ? List.of()
                    : List.of(fields[3].strip().split("\\s*\\|\\s*"));
            if (delegations.put(delegation, aliases) != null) {
                throw new IllegalStateException(source + ":" + number + ": duplicate line for " + delegation.code());
            }
        }
        return new DelegationRegistry(delegations, source);
    }

    private static final class Standard {
        static final DelegationRegistry INSTANCE = load();

        private static DelegationRegistry load() {
            try (InputStream in = DelegationRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
