package org.plenary.command.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spring MVC's mapping of requests to the command app's handler methods, with the candidates of a request narrowed
 * before Spring's checks. For a path with a variable ({@code /api/drafts/{draftId}/amendments}, every command) Spring
 * checks every mapping of the app in turn, its method, content type, {@code Accept} and pattern, each through the
 * request's wrappers: 11 % of the request threads' samples in the throughput benchmark (docs/BENCHMARKS.md, "The
 * eleventh session"). Here the mappings are indexed by HTTP method and by the number of {@code /} in their patterns;
 * Spring's own checks then run on the mappings that can match a request of that method and path length, the best is
 * chosen by Spring's comparator, and a tie is refused as Spring refuses it.
 *
 * <p>Whatever this does not narrow goes to Spring's lookup unchanged: no candidate matching (Spring then answers 404,
 * 405, 406 or 415 from all mappings), CORS pre-flights, {@code OPTIONS}, error dispatches, and patterns whose length
 * varies ({@code **}, {@code {*path}}). A mapping that can match a request is always among its candidates (a pattern
 * of literal and variable segments matches paths with as many {@code /} as it has, and a {@code GET} mapping answers
 * {@code HEAD}), so the best among the candidates is the best among all ({@code RequestMappingEquivalenceTest}
 * compares both lookups on every mapping with every method, content type and {@code Accept}).
 */
public class IndexedRequestMappings extends RequestMappingHandlerMapping {

    private static final List<RequestMethod> INDEXED = List.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private volatile Index index = Index.NONE;

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        index = Index.of(handlerMethods);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = Index.of(getHandlerMethods());
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = Index.of(getHandlerMethods());
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        List<Candidate> candidates = request.getDispatcherType() == DispatcherType.REQUEST
                && !CorsUtils.isPreFlightRequest(request) ? index.candidates(request.getMethod(), lookupPath) : null;
        if (candidates == null) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<Candidate> matches = new ArrayList<>(2);
        for (Candidate candidate : candidates) {
            RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
            if (match != null) {
                matches.add(new Candidate(match, candidate.handler())); // the match: the mapping narrowed to the request
            }
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> mappings = getMappingComparator(request);
            Comparator<Candidate> comparator = (a, b) -> mappings.compare(a.mapping(), b.mapping());
            matches.sort(comparator);
            if (comparator.compare(matches.get(0), matches.get(1)) == 0) {
                throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI()
                        + "': {" + matches.get(0).handler().getMethod() + ", " + matches.get(1).handler().getMethod() + "}");
            }
        }
        Candidate best = matches.get(0);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
        handleMatch(best.mapping(), lookupPath, request);
        return best.handler();
    }

    /** A mapping and its handler method. */
    private record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
    }

    /**
     * The mappings whose patterns have variables, by method and by the number of {@code /} in those patterns, and the
     * paths of the mappings without (Spring looks those up directly, and only among them when one matches).
     */
    private record Index(Map<RequestMethod, List<List<Candidate>>> byMethod, Set<String> directPaths) {

        /** An index that narrows nothing: every request goes to Spring's lookup. */
        static final Index NONE = new Index(Map.of(), Set.of());

        static Index of(Map<RequestMappingInfo, HandlerMethod> mappings) {
            Map<RequestMethod, List<List<Candidate>>> byMethod = new EnumMap<>(RequestMethod.class);
            Set<String> directPaths = new HashSet<>();
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.entrySet()) {
                RequestMappingInfo mapping = entry.getKey();
                PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
                if (patterns == null || patterns.getPatterns().isEmpty()) {
                    return NONE; // Ant-style matching, or a mapping of any path: Spring's lookup only
                }
                directPaths.addAll(mapping.getDirectPaths());
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                for (PathPattern pattern : patterns.getPatterns()) {
                    if (!pattern.hasPatternSyntax()) {
                        continue;
                    }
                    int slashes = slashes(pattern.getPatternString());
                    if (slashes < 0) {
                        return NONE; // paths of varying length
                    }
                    for (RequestMethod method : INDEXED) {
                        if (methods.isEmpty() || methods.contains(method)
                                || method == RequestMethod.HEAD && methods.contains(RequestMethod.GET)) {
                            List<List<Candidate>> byLength = byMethod.computeIfAbsent(method, m -> new ArrayList<>());
                            while (byLength.size() <= slashes) {
                                byLength.add(new ArrayList<>());
                            }
                            Candidate candidate = new Candidate(mapping, entry.getValue());
                            if (!byLength.get(slashes).contains(candidate)) {
                                byLength.get(slashes).add(candidate);
                            }
                        }
                    }
                }
            }
            return new Index(byMethod, directPaths);
        }

        /** The mappings that may match, or null when this index does not narrow the request. */
        List<Candidate> candidates(String method, String path) {
            RequestMethod requestMethod = RequestMethod.resolve(method);
            if (requestMethod == null || !INDEXED.contains(requestMethod) || directPaths.contains(path)) {
                return null;
            }
            List<List<Candidate>> byLength = byMethod.get(requestMethod);
            int slashes = 0;
            for (int i = 0; i < path.length(); i++) {
                if (path.charAt(i) == '/') {
                    slashes++;
                }
            }
            return byLength != null && slashes < byLength.size() ? byLength.get(slashes) : List.of();
        }

        /** The {@code /} of a pattern outside its variables, or -1 when the paths it matches vary in length. */
        private static int slashes(String pattern) {
            if (pattern.contains("**") || pattern.contains("{*")) {
                return -1;
            }
            int slashes = 0;
            int depth = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == '/' && depth == 0) {
                    slashes++;
                }
            }
            return slashes;
        }
    }
}
