package org.plenary.documents;

import org.junit.jupiter.api.Test;
import org.plenary.shared.un.UnTextFormatException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An amendment document sent as text: strict decoding, no control characters, never empty. */
class AmendmentTextsTest {

    @Test
    void readsUtf8WithCurlyQuotesTabsAndLineBreaks() {
        String text = "China: amendment\r\n\n1.\tDelete operative paragraph 2 “(c)”;\n";
        assertThat(AmendmentTexts.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), null)).isEqualTo(text);
        assertThat(AmendmentTexts.read("Delete “x”".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE))
                .isEqualTo("Delete “x”");
    }

    @Test
    void refusesInvalidBytesEmptyBodiesAndControlCharactersSayingWhere() {
        assertThatThrownBy(() -> AmendmentTexts.read("Delete \u00ff".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .isInstanceOf(UnTextFormatException.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> AmendmentTexts.read(" \n ".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("the body is empty");
        assertThatThrownBy(() -> AmendmentTexts.read("1. Delete\n2. Replace \u0000 x".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnTextFormatException.class).hasMessage("line 2: control character U+0000 in the text");
        assertThatThrownBy(() -> AmendmentTexts.read("x\u001b[31m".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("U+001B");
    }
}
