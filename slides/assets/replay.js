/* Celery brown bag: recorded runs, for a deck without a live server (file://, a
   static server, the live server down, the audience view).

   A recording is a real run as `invoke slides.record` saved it (slides/recordings/<id>.json);
   the build wraps each in a script (recordings/<id>.js beside the deck) that adds it to window.BROWNBAG_RECORDINGS[id]: a script tag
   loads from file://, where fetch() does not. Before Run a panel shows the recording's
   final state, dimmed and labelled; "Replay recording" plays it again with its
   recorded timing, squeezed to at most 8 seconds. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;
    var Panel = B.Panel;
    window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {};

    Panel.prototype.offerRecording = function () {
        if (window.BROWNBAG_RECORDINGS[this.id]) {
            this.banner.textContent = "The live run failed: press \u201CReplay recording\u201D " +
                "when the backend stays down.";
        }
    };

    Panel.prototype.showRecording = function (animate) {
        var rec = window.BROWNBAG_RECORDINGS[this.id];
        if (!rec) {
            this.reset("");
            this.banner.textContent = B.live.status.up ? "Press Run (R): no recorded run of this demo yet." :
                "No live backend (" + B.live.status.why + ") and no recording: run `" +
                "invoke demo " + this.id + "` in a terminal.";
            return;
        }
        var self = this;
        this.shown = true;
        // Before Run: the last recorded run's end, calm, under one chip that says what it
        // is; Run replaces it live. The details (time, the broker's URL) are on hover.
        this.reset("Recorded \u00B7 " + B.fmtDate(rec.recorded) + " \u00B7 " + brokerName(rec));
        this.banner.title = "a recording of a real run: " + (rec.recorded || "?").slice(0, 16).replace("T", " ") +
            " UTC, broker " + (rec.broker || rec.broker_name) + (rec.host ? ", on " + rec.host : "") +
            " (invoke slides.record)";
        this.node.setAttribute("data-recording", rec.recorded || "");
        if (!animate) this.node.setAttribute("data-prerun", "");
        var items = rec.items || [];
        if (!animate) {
            items.forEach(function (item) { self.add(item, false); });
            return;
        }
        // Replay with the recorded timing, squeezed to at most 8 seconds.
        var t0 = items.length ? items[0].timestamp : 0;
        var last = items.length ? items[items.length - 1].timestamp - t0 : 0;
        var scale = last > 8 ? 8 / last : 1;
        this.running = true;
        this.refresh();
        items.forEach(function (item, index) {
            window.setTimeout(function () {
                self.add(item, false);
                if (index === items.length - 1) self.finish();
            }, 1000 * (item.timestamp - t0) * scale);
        });
        if (!items.length) this.finish();
    };

    // The broker as people name it: "Redis", "RabbitMQ".
    var BROKERS = {redis: "Redis", rabbitmq: "RabbitMQ", amqp: "RabbitMQ", mongo: "MongoDB",
                   mongodb: "MongoDB", sqlite: "SQLite", sqlalchemy: "SQLite"};
    function brokerName(rec) {
        var name = rec.broker_name || String(rec.broker || "?").split(":")[0];
        return BROKERS[name.toLowerCase()] || name;
    }

    B.brokerName = brokerName;  // timeline.js: "live on Redis", not the broker's URL

    function load(id, candidates) {
        if (!candidates.length) return;
        var tag = document.createElement("script");
        tag.src = candidates[0] + encodeURIComponent(id) + ".js";
        tag.onload = function () {
            B.live.panels.forEach(function (p) { if (p.id === id) p.refresh(); });
        };
        tag.onerror = function () {
            tag.remove();
            load(id, candidates.slice(1));
        };
        document.head.appendChild(tag);
    }

    // Each demo's recording, from the first folder that has it: the live server's
    // /recordings/ (made from the JSON on request) or the build's copy next to the deck.
    function loadAll(ids) {
        var candidates = [B.assets + "../recordings/"];
        if (B.served) candidates.unshift("/recordings/");
        ids.forEach(function (id) { load(id, candidates); });
    }

    B.replay = {load: loadAll};
})();
