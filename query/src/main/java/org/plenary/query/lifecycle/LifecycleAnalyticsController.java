package org.plenary.query.lifecycle;

import org.plenary.query.projection.DraftViewProjection;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/analytics/lifecycle}: time to adoption, vote agreement between delegations, co-sponsorship network. */
@RestController
public class LifecycleAnalyticsController {

    private final DraftViewProjection draftViews;

    public LifecycleAnalyticsController(DraftViewProjection draftViews) {
        this.draftViews = draftViews;
    }

    @GetMapping(path = "/api/analytics/lifecycle", produces = MediaType.APPLICATION_JSON_VALUE)
    public LifecycleAnalytics.Result lifecycle() {
        return LifecycleAnalytics.of(draftViews.all());
    }
}
