package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.un.UnTextReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registers a draft from its text in the UN layout, as negotiators have it. The text is parsed before any
 * command is sent, so a text that does not read stores nothing (400 naming the line).
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
    public DraftCommandController.Created importText(@RequestBody String text, Caller caller) {
        return drafts.submitDocument(UnTextReader.read(text), caller);
    }
}
