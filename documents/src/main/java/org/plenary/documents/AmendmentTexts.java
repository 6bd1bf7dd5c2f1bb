package org.plenary.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.plenary.shared.un.UnTextFormatException;

/**
 * The body of a request that sends an amendment document as text ({@code parse-amendment}, {@code amendments/parse},
 * {@code amendments/import}): decoded strictly (bytes not valid in the charset are refused, never replaced), and
 * refused when empty or holding a control character other than tab and line breaks, with the line it is on.
 */
public final class AmendmentTexts {

    private AmendmentTexts() {
    }

    /** The text; {@link UnTextFormatException} (400 on both apps) saying what is wrong and on which line. */
    public static String read(byte[] body, Charset charset) {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("the body is not valid " + cs.name() + " text");
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException("the body is empty: send the amendment document or its instructions as text");
        }
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c != '\r' && c != '\t' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
                throw new UnTextFormatException(line, String.format("control character U+%04X in the text", (int) c));
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
