package org.plenary.query.web;

import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/** The delegation registry (code, UN short name, kind), so clients can name every actor. */
@RestController
public class DelegationsController {

    @GetMapping(path = "/api/delegations", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<Delegation>> delegations() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(DelegationRegistry.standard().all());
    }
}
