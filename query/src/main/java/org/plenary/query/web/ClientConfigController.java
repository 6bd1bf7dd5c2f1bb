package org.plenary.query.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web page (served from this app's static resources) needs to know that it cannot find out itself:
 * where the command API is ({@code plenary.web.command-url}).
 */
@RestController
public class ClientConfigController {

    public record ClientConfig(String commandUrl) {
    }

    private final ClientConfig config;

    public ClientConfigController(@Value("${plenary.web.command-url:http://127.0.0.1:8080}") String commandUrl) {
        this.config = new ClientConfig(commandUrl.endsWith("/") ? commandUrl.substring(0, commandUrl.length() - 1)
                : commandUrl);
    }

    @GetMapping(path = "/api/config", produces = MediaType.APPLICATION_JSON_VALUE)
    public ClientConfig config() {
        return config;
    }
}
