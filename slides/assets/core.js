/* Celery brown bag: what the deck's scripts share, as one namespace, window.Brownbag.

   Loaded first (slides/talk.rst, :js-body:); every other script is a classic script
   (ES modules do not load from file://) that reads this object and adds its own part:
     payoff.js  Brownbag.payoff   a run's payoff view (bars, table, log, facts)
     panel.js   Brownbag.Panel    a demo panel: Run, status, parameters, the run's stream
     timeline.js                  (Panel's drawing: task rows on a time axis, fitted)
     replay.js  Brownbag.replay   recorded runs, shown when no live server answers
     live.js    Brownbag.live     the live server's health, the panels, R
     console.js Brownbag.pace     the presenter console's clocks
     toc.js     Brownbag.toc      the table of contents
     presenter.js Brownbag.stage  the presenter's deck on stage
     follow.js  Brownbag.follow   the audience view
   Recordings keep their own global, window.BROWNBAG_RECORDINGS: the files the build
   writes for file:// fill it in (brownbag/cli/recordings.py). */
(function () {
    "use strict";

    // hovercraft's presenter console shows the deck twice more in iframes (this step,
    // the next): there every script does nothing, or every demo would run three times.
    var framed = window.self !== window.top;

    var script = document.currentScript;
    // The deck's assets folder, as this script was loaded from (recordings sit beside it).
    var assets = script && script.src ? script.src.replace(/[^\/]*$/, "") : "assets/";

    // The audience view (<html data-follow>, brownbag/live/audience.py) reaches no API: it
    // acts as the offline deck, and follow.js hands it the presenter's runs.
    var following = document.documentElement.hasAttribute("data-follow");
    // Served over http(s), outside the audience view: a live server may answer at /api.
    var served = !following && (location.protocol === "http:" || location.protocol === "https:");

    // Off loopback the server wants a token to start runs: `invoke up` prints the
    // deck's URL with ?token=...; keep it for this tab, then drop it from the URL.
    if (!framed) {
        var given = new URLSearchParams(location.search).get("token");
        if (given) {
            sessionStorage.setItem("brownbag-token", given);
            history.replaceState(null, "", location.pathname + location.hash);
        }
    }

    function token() {
        return sessionStorage.getItem("brownbag-token");
    }

    // The headers of a request to the API: JSON, and the tab's token if it has one.
    function headers(accept) {
        var h = {"Content-Type": "application/json"};
        if (accept) h.Accept = accept;
        if (token()) h.Authorization = "Bearer " + token();
        return h;
    }

    /* The answer's JSON, whatever its status (the API explains a refusal in JSON).
       With `required`, a non-2xx answer rejects instead: "<required> (HTTP <status>)". */
    function fetchJSON(url, init, required) {
        return fetch(url, init || undefined).then(function (r) {
            if (required && !r.ok) throw new Error(required + " (HTTP " + r.status + ")");
            return r.json();
        });
    }

    /* Server-Sent Events in a fetch() answer (a POST's, which EventSource cannot make):
       each event's data, parsed as JSON, goes to each(item), which returns true to stop
       reading. Resolves true once stopped, false when the stream ended or broke first. */
    function readEvents(body, each) {
        var reader = body.getReader();
        var decoder = new TextDecoder();
        var buffer = "";
        var stop = false;
        function chunk(result) {
            if (result.done) return false;
            buffer += decoder.decode(result.value, {stream: true});
            var cut;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
                var message = buffer.slice(0, cut);
                buffer = buffer.slice(cut + 2);
                message.split("\n").forEach(function (line) {
                    if (line.indexOf("data: ") !== 0) return;
                    if (each(JSON.parse(line.slice(6)))) stop = true;
                });
            }
            if (stop) {
                reader.cancel();
                return true;
            }
            return reader.read().then(chunk);
        }
        return reader.read().then(chunk).catch(function () { return stop; });
    }

    /* An EventSource stream of JSON events. `on` maps event names ("message" for
       unnamed ones) to handlers of the parsed data. `how`:
       - open():   the stream is (again) connected;
       - lost():   the connection dropped; EventSource tries again by itself;
       - closed(again): the server refused the stream, EventSource gave up on it;
                   again(ms) opens a new one after ms;
       - once:     no second try at all: the first error closes it and calls closed().
       Returns {close}. */
    function stream(url, on, how) {
        how = how || {};
        var source = null;
        var stopped = false;
        function connect() {
            if (stopped) return;
            source = new EventSource(url);
            Object.keys(on).forEach(function (name) {
                source.addEventListener(name, function (message) { on[name](JSON.parse(message.data)); });
            });
            if (how.open) source.addEventListener("open", function () { how.open(); });
            source.addEventListener("error", function () {
                if (stopped) return;
                if (!how.once && source.readyState !== EventSource.CLOSED) {
                    if (how.lost) how.lost();
                    return;
                }
                source.close();
                if (how.once) stopped = true;
                if (how.closed) how.closed(function (ms) { window.setTimeout(connect, ms); });
            });
        }
        connect();
        return {close: function () { stopped = true; if (source) source.close(); }};
    }

    /* ------------------------------------------------------------------ DOM */

    function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) node.className = cls;
        if (text !== undefined && text !== null) node.textContent = text;
        return node;
    }

    // A key pressed in a form field is the field's own, not the deck's.
    function typing(e) {
        var t = e.target;
        return !!(t && /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName));
    }

    // A key without Ctrl, Cmd or Alt: the deck's shortcuts leave the browser's alone.
    function plain(e) {
        return !e.ctrlKey && !e.metaKey && !e.altKey;
    }

    function ready(then) {
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
        else then();
    }

    // Every run is in seconds; below one, in milliseconds.
    function fmtSeconds(s) {
        if (s === null || s === undefined || isNaN(s)) return "";
        return s < 1 ? Math.round(s * 1000) + " ms" : s.toFixed(s < 10 ? 2 : 1) + " s";
    }

    window.Brownbag = {
        framed: framed, assets: assets, following: following, served: served, API: "/api",
        token: token, headers: headers, fetchJSON: fetchJSON, readEvents: readEvents, stream: stream,
        el: el, typing: typing, plain: plain, ready: ready, fmtSeconds: fmtSeconds
    };
})();
