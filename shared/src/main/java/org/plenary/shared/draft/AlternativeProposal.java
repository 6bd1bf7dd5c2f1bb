package org.plenary.shared.draft;

/** What proposing an alternative returns: its number among the paragraph's alternatives, its label, the version. */
public record AlternativeProposal(String paragraphId, int number, String label, long version) {

    public AlternativeProposal(String paragraphId, int number, long version) {
        this(paragraphId, number, "Alt " + number, version);
    }
}
