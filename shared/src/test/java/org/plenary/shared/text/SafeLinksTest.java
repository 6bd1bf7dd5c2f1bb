package org.plenary.shared.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://undocs.org/A/RES/65/230", "http://example.org", "HTTPS://UNDOCS.ORG/x", "HtTp://a",
            "#fn1", "/A/RES/65/230", "A/RES/65/230", "../x", "//undocs.org/x", "?q=1", "a/b:c", "javascript%3Aalert(1)"})
    void httpAndRelativeLinksAreSafe(String href) {
        assertThat(SafeLinks.isSafe(href)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(3)", "JavaScript:alert(3)", "JAVASCRIPT:alert(3)", " javascript:alert(1)",
            "\u0001javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "jav\rascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
            "VBScript:msgbox(1)", "file:///etc/passwd", "blob:https://x/1", "ftp://x", "mailto:a@b", "livescript:x"})
    void everyOtherSchemeIsRefusedInAnyCase(String href) {
        assertThat(SafeLinks.isSafe(href)).isFalse();
    }
}
