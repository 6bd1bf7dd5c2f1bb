package org.plenary.shared.edit;

/** An edit that cannot be applied to the document as it stands; the message says why. */
public class EditException extends RuntimeException {

    public EditException(String message) {
        super(message);
    }
}
