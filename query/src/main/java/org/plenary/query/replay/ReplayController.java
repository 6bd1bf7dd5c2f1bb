package org.plenary.query.replay;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin: rebuild every projection from the topic ({@code POST}, 202; 409 while a replay runs on this node or
 * another) and follow its progress ({@code GET}).
 * Only the secretariat may call it ({@link org.plenary.query.security.QuerySecurityConfig}).
 */
@RestController
@RequestMapping(path = "/api/admin/replay", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReplayController {

    private final ReplayRunner replay;

    public ReplayController(ReplayRunner replay) {
        this.replay = replay;
    }

    @PostMapping
    public ResponseEntity<ReplayProgress> start() {
        ReplayProgress before = replay.progress();
        ReplayProgress progress = replay.start();
        boolean elsewhere = progress.phase() != null && progress.phase().startsWith(ReplayRunner.ELSEWHERE);
        HttpStatus status = before.state() == ReplayProgress.State.RUNNING || elsewhere ? HttpStatus.CONFLICT : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(progress);
    }

    @GetMapping
    public ReplayProgress progress() {
        return replay.progress();
    }
}
