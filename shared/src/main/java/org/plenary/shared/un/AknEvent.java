package org.plenary.shared.un;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event in a document's life, for Akoma Ntoso's {@code <lifecycle>}: "Submission", "Rev.1", "Oral revision 1",
 * "Adoption as resolution 26/2" …
 *
 * @param amendment whether the event changed the text of an existing document (a revision), rather than made it
 */
public record AknEvent(LocalDate date, String name, boolean amendment) {

    public AknEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
