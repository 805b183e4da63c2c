package io.tarn.server.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestRouter
{
    private static final RouteHandler ITEM = request -> ApiResponse.noContent();
    private static final RouteHandler SPECIAL = request -> ApiResponse.noContent().withStatus(202);

    @Test
    void testMatch()
    {
        Router router = new Router()
                .get("/things/{thing}", ITEM)
                .delete("/things/{thing}", ITEM)
                .get("/things/special", SPECIAL)
                .post("/things/{thing}/parts/{part}", ITEM);

        Router.Match item = router.match("GET", PathSegments.split("/things/a%2Fb"));
        assertThat(item.route().orElseThrow().handler()).isSameAs(ITEM);
        assertThat(item.parameters()).isEqualTo(Map.of("thing", "a/b"));

        // A literal segment wins over a parameter
        assertThat(router.match("GET", PathSegments.split("/things/special")).route().orElseThrow().handler()).isSameAs(SPECIAL);
        // ... but only for its method
        assertThat(router.match("DELETE", PathSegments.split("/things/special")).route().orElseThrow().handler()).isSameAs(ITEM);

        Router.Match parts = router.match("POST", PathSegments.split("/things/x/parts/y+z/"));
        assertThat(parts.parameters()).isEqualTo(Map.of("thing", "x", "part", "y+z"));

        Router.Match wrongMethod = router.match("PUT", PathSegments.split("/things/x"));
        assertThat(wrongMethod.route()).isEmpty();
        assertThat(List.copyOf(wrongMethod.allowedMethods())).containsExactly("GET", "DELETE");

        Router.Match missing = router.match("GET", PathSegments.split("/things/x/other"));
        assertThat(missing.route()).isEmpty();
        assertThat(missing.allowedMethods()).isEmpty();
        assertThat(router.match("GET", PathSegments.split("/things//parts")).route()).isEmpty();
    }

    @Test
    void testDuplicateRoute()
    {
        Router router = new Router().get("/a/{b}", ITEM);
        assertThatThrownBy(() -> router.get("/a/{b}", ITEM)).hasMessageContaining("already added");
        assertThatThrownBy(() -> router.get("/a/{b}/{b}", ITEM)).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> router.get("a", ITEM)).hasMessageContaining("starts with '/'");
    }
}
