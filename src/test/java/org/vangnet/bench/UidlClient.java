package org.vangnet.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as Vaadin's client drives it, at the level of its HTTP requests (issue 13, point 7):
 * the page's bootstrap request, then UIDL messages that set field values, click buttons and navigate,
 * with the server's answers applied to a small model of the element tree so that the next action can
 * find its field or button by label or text. No browser: fifty of these cost the load generator little
 * next to the server under test, which a browser per user would starve on two cores.
 */
final class UidlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What Vaadin's client says about its window when it starts; the server wants it, the values do not matter. */
    private static final String BROWSER = "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate=0"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FBrussels&v-wn=load&v-td=false&v-pr=1"
            + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
            + "&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    /** An element or text node of the page as the server described it. */
    static final class Element {
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
    }

    private final String base;
    private final HttpClient http;
    private final Map<Integer, Element> nodes = new HashMap<>();
    private final java.util.function.LongConsumer roundTrips;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private String navigateEvent;
    /** The server's answers since the page was opened, as sent. */
    private final StringBuilder answers = new StringBuilder();

    /** {@code roundTrips} hears each request's time from sending to the whole answer read, in microseconds. */
    UidlClient(String base, java.util.function.LongConsumer roundTrips) {
        this.base = base;
        this.roundTrips = roundTrips;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The sign-in form's POST with Spring's CSRF token from the page; true when the password was accepted. */
    boolean submitPassword(String username, String password) {
        String page = get("/login").body();
        var token = CSRF_META.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("second-factor");
    }

    /** Loads a route as a fresh page does: the bootstrap request, then the client's navigation to it. */
    void open(String route) {
        var response = get("/?v-r=init&location=" + enc(route) + "&query=" + BROWSER);
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        nodes.clear();
        answers.setLength(0);
        syncId = -1;
        clientId = 0;
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        navigate(route);
    }

    /**
     * What the browser sends as it leaves the page for a full load elsewhere (Vaadin's unload beacon):
     * the server closes this UI at once instead of keeping it until its heartbeats are missed.
     */
    void unload() {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc");
        message.put("syncId", syncId).put("clientId", clientId++).put("UNLOAD", true);
        send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
    }

    /**
     * Closes this tab's HTTP connection, as a browser's idle connection is closed after a minute while its
     * session stays: the server's buffers for the connection go, the session and its UI stay. The client
     * cannot send anything after this.
     */
    void disconnect() {
        http.shutdownNow();
    }

    /** The client's own navigation (a link, or the router after the bootstrap), without a page load. */
    void navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(event(1, "ui-navigate", data));
    }

    /** Types a value into the field with this label, as the field's change event sends it. */
    void type(String label, String value) {
        int field = find(e -> label.equals(property(e, "label"))).orElseThrow(
                () -> new IllegalStateException("no field labelled " + label));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync").put("node", field).put("feature", 1).put("property", "value").put("value", value);
        rpc(sync, event(field, "change", JSON.createObjectNode()));
    }

    /** Clicks the button with this text. */
    void click(String text) {
        int button = find(e -> "vaadin-button".equals(e.tag) && text.equals(textOf(e).strip())).orElseThrow(
                () -> new IllegalStateException("no button " + text + " among " + buttons()));
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail",
                "event.button")) {
            data.put(key, key.endsWith("detail") ? 1 : 0);
        }
        for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        rpc(event(button, "click", data));
    }

    private List<String> buttons() {
        return nodes.values().stream().filter(e -> "vaadin-button".equals(e.tag))
                .map(e -> textOf(e) + e.properties.keySet() + e.children).toList();
    }

    /** Asks the grid for its first rows, as the grid does when it is shown. */
    void requestRows(int count) {
        int grid = find(e -> "vaadin-grid".equals(e.tag)).orElseThrow(() -> new IllegalStateException("no grid"));
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler").put("node", grid).put("templateEventMethodName", "setViewportRange");
        call.putArray("templateEventMethodArgs").add(0).add(count);
        call.put("promise", 0);
        rpc(call);
    }

    /** Whether an answer since the page was opened held this text anywhere, e.g. in rows sent to a grid as data. */
    boolean answered(String text) {
        return answers.indexOf(text) >= 0;
    }

    /** Whether some text on the page contains this. */
    boolean shows(String text) {
        return nodes.values().stream().anyMatch(e -> e.text != null && e.text.contains(text));
    }

    private Optional<Integer> find(Predicate<Element> which) {
        return nodes.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    private String textOf(Element element) {
        var text = new StringBuilder(element.text == null ? "" : element.text);
        for (int child : element.children) {
            Element node = nodes.get(child);
            if (node != null) {
                text.append(textOf(node));
            }
        }
        return text.toString();
    }

    private static String property(Element element, String name) {
        JsonNode value = element.properties.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event").put("node", node).put("event", name).set("data", data);
        return event;
    }

    private void rpc(ObjectNode... invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", syncId).put("clientId", clientId++);
        var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        String body = response.body();
        answers.append(body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answer " + response.statusCode() + ": " + cut(body));
        }
        // Older Vaadin versions wrap the answer in "for(;;);[...]".
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        answer = answer.isArray() ? answer.get(0) : answer;
        if (answer.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("session expired");
        }
        if (answer.path("meta").has("appError")) {
            throw new IllegalStateException("error answer: " + cut(answer.path("meta").toString()));
        }
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> nodes.putIfAbsent(id, new Element());
                case "detach" -> nodes.remove(id);
                case "put" -> put(nodes.computeIfAbsent(id, n -> new Element()), change);
                case "splice" -> splice(nodes.computeIfAbsent(id, n -> new Element()), change);
                default -> { }
            }
        }
    }

    private static void put(Element element, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        switch (key) {
            case "tag" -> element.tag = value.asString();
            case "text" -> element.text = value.asString();
            default -> element.properties.put(key, value);
        }
    }

    private static void splice(Element element, JsonNode change) {
        JsonNode added = change.has("add") ? change.path("add") : change.path("addNodes");
        if (!added.isArray() || added.isEmpty() || !added.get(0).isNumber()) {
            return;
        }
        int index = Math.min(change.path("index").asInt(), element.children.size());
        int remove = Math.min(change.path("remove").asInt(0), element.children.size() - index);
        element.children.subList(index, index + remove).clear();
        List<Integer> ids = new ArrayList<>();
        added.forEach(n -> ids.add(n.asInt()));
        element.children.addAll(index, ids);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            long start = System.nanoTime();
            // A Flemish counsellor's browser: the screens speak Dutch.
            var response = http.send(request.header("Accept-Language", "nl-BE,nl;q=0.9")
                            .timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            roundTrips.accept((System.nanoTime() - start) / 1_000);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
