package org.plenary.shared.wording;

/** An instruction that cannot be read or resolved; the message says why in a delegate's words. */
public class Unresolvable extends RuntimeException {

    public Unresolvable(String why) {
        super(why);
    }
}
