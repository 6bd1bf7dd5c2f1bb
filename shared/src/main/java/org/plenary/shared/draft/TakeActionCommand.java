package org.plenary.shared.draft;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;

/**
 * The secretariat records the body's action: {@code method} "consensus" (the draft is adopted without a vote) or
 * "recordedVote" {@code on} "draft", "paragraph" (with {@code paragraphId}) or "amendment" (with {@code amendmentId}).
 *
 * @param votes             member code → "yes", "no" or "abstain"; members not named are absent
 * @param importantQuestion a two-thirds majority decides
 * @param resolutionSymbol  the adopted resolution's symbol (e.g. "26/2"), or null
 */
public record TakeActionCommand(@TargetAggregateIdentifier String draftId, String method, String on,
                                String paragraphId, String amendmentId, Map<String, String> votes,
                                boolean importantQuestion, String resolutionSymbol, String actor, Instant at) {
}
