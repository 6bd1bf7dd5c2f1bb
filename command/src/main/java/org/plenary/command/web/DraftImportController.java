package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.un.UnTextReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Registers a draft from its text in the UN layout, as negotiators have it. The text is parsed before any
 * command is sent, so a text that does not read stores nothing (400 naming the line). Bytes that are not valid
 * in the body's charset (UTF-8 unless the Content-Type names another) are refused, never replaced.
 */
@RestController
public class DraftImportController {

    private final DraftCommandController drafts;

    public DraftImportController(DraftCommandController drafts) {
        this.drafts = drafts;
    }

    @PostMapping(path = "/api/drafts/import", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DraftCommandController.Created importText(@RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, Caller caller) {
        return drafts.submitDocument(UnTextReader.read(decode(body, contentType)), caller);
    }

    static String decode(byte[] body, MediaType contentType) {
        Charset charset;
        try {
            charset = contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Map.of("Content-Type", "unknown charset; send UTF-8"));
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(Map.of("body", "is not valid " + charset.name() + " text"));
        }
    }
}
