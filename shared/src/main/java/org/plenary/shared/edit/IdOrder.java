package org.plenary.shared.edit;

/**
 * The order of paragraph and item ids as the draft assigns them: by prefix, then by the number at the end
 * ("op9" before "op10"), then as plain strings.
 */
final class IdOrder {

    private IdOrder() {
    }

    static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int da = digitsFrom(a);
        int db = digitsFrom(b);
        int prefix = a.substring(0, da).compareTo(b.substring(0, db));
        if (prefix != 0) {
            return prefix;
        }
        String na = a.substring(da).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(db).replaceFirst("^0+(?=.)", "");
        if (na.length() != nb.length()) {
            return Integer.compare(na.length(), nb.length());
        }
        int number = na.compareTo(nb);
        return number != 0 ? number : a.compareTo(b);
    }

    private static int digitsFrom(String id) {
        int i = id.length();
        while (i > 0 && id.charAt(i - 1) >= '0' && id.charAt(i - 1) <= '9') {
            i--;
        }
        return i;
    }
}
