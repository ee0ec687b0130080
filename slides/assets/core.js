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
    // Served by the live server, outside the audience view: only then is there an /api to
    // ask. The live server marks the page it serves (<html data-live-server>,
    // brownbag/live/app.py); the same deck on file:// or on a plain static host
    // (python -m http.server) has no mark and asks for nothing that is not there.
    var served = !following && document.documentElement.hasAttribute("data-live-server") &&
        (location.protocol === "http:" || location.protocol === "https:");

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

    /* ------------------------------------------------------------ values for people
       Every value the panels show is worded here, once: durations, clock times, sizes,
       schedules; ids, reprs and paths shortened (the whole value goes in a hover title). */

    // A number with at most `digits` decimals, trailing zeros dropped: 1.50 -> "1.5".
    function trim(n, digits) {
        return String(Number(n.toFixed(digits)));
    }

    // A duration in seconds: "0.4 ms", "26 ms", "1.59 s", "16.8 s", "2 min 5 s".
    function fmtSeconds(s) {
        if (s === null || s === undefined || isNaN(s)) return "";
        var ms = s * 1000;
        if (ms < 10) return trim(ms, 1) + " ms";
        if (ms < 1000) return Math.round(ms) + " ms";
        if (s < 10) return trim(s, 2) + " s";
        if (s < 120) return trim(s, 1) + " s";
        return Math.floor(s / 60) + " min " + Math.round(s % 60) + " s";
    }

    function pad(n) { return (n < 10 ? "0" : "") + n; }

    // A moment (epoch seconds, or an ISO string) as HH:MM:SS in UTC, as recordings are stamped.
    function fmtClock(when) {
        var d = typeof when === "number" ? new Date(when * 1000) : new Date(when);
        if (isNaN(d)) return String(when);
        return pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + ":" + pad(d.getUTCSeconds());
    }

    // A date for the recorded chip: "26 Nov 2026".
    function fmtDate(when) {
        var d = new Date(when);
        if (isNaN(d)) return String(when || "");
        return d.getUTCDate() + " " + ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"][d.getUTCMonth()] + " " + d.getUTCFullYear();
    }

    // Bytes: "350 B", "4.2 kB", "12 MB".
    function fmtSize(bytes) {
        var units = ["B", "kB", "MB", "GB"];
        var i = 0;
        while (bytes >= 1000 && i < units.length - 1) { bytes /= 1000; i++; }
        return (i && bytes < 10 ? trim(bytes, 1) : Math.round(bytes)) + " " + units[i];
    }

    // Celery's crontab repr, "<crontab: */15 * * * * (m/h/dM/MY/d)>": "minute */15".
    function cron(m, h, dom, moy, dow) {
        if ([h, dom, moy, dow].every(function (f) { return f === "*"; })) {
            return m === "*" ? "every minute" : "minute " + m;
        }
        return "cron " + [m, h, dom, moy, dow].join(" ");
    }

    var UUID = /\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
    var ISO = /\b\d{4}-\d\d-\d\d[T ](\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?/g;
    var EPOCH_FILE = /\b([A-Za-z_]+)-(1\d{9})(\.\d+)?\.\w+\b/g;
    var CRONTAB = /<crontab: (\S+) (\S+) (\S+) (\S+) (\S+) \([^)]*\)>/g;
    var FREQ = /<freq: ([\d.]+) seconds?>/g;
    var OBJECT = /<([\w.]+) object at 0x[0-9a-f]+>/g;
    var PATH = /(^|[\s(='"])((?:\/(?:tmp|home|root|var|private|Users|run)\b)(?:\/[^\s,;:)'"]*)+)/g;
    var BYTES = /\b(\d[\d,]*) bytes\b/g;
    // A duration as a float prints it ("succeeded in 0.6062289960027556s"): 606 ms.
    var SECONDS = /\b(\d+\.\d{4,}) ?s\b/g;

    /* A text as people read it on a slide: task ids cut to their first 8 characters, ISO
       and epoch timestamps as HH:MM:SS, schedules as "every 10 s" or "minute *\/15",
       object reprs as their class, temporary paths as their file name, bytes as kB/MB,
       a float's seconds as ms or s.
       The original, when it differs, belongs in the element's title. */
    function human(text) {
        if (text === null || text === undefined) return "";
        return String(text)
            .replace(UUID, "$1\u2026")
            .replace(ISO, "$1")
            .replace(EPOCH_FILE, function (all, name, epoch) { return name + " " + fmtClock(Number(epoch)); })
            .replace(CRONTAB, function (all, m, h, dom, moy, dow) { return cron(m, h, dom, moy, dow); })
            .replace(FREQ, function (all, n) { return "every " + trim(Number(n), 2) + " s"; })
            .replace(OBJECT, "$1")
            .replace(PATH, function (all, before, path) { return before + path.split("/").pop(); })
            .replace(BYTES, function (all, n) { return fmtSize(Number(n.replace(/,/g, ""))); })
            .replace(SECONDS, function (all, n) { return fmtSeconds(Number(n)); });
    }

    // An element showing `text` as people read it, the raw value on hover when they differ.
    function says(node, text) {
        var shown = human(text);
        node.textContent = shown;
        if (shown !== String(text)) node.title = String(text);
        return node;
    }

    window.Brownbag = {
        framed: framed, assets: assets, following: following, served: served, API: "/api",
        token: token, headers: headers, fetchJSON: fetchJSON, readEvents: readEvents, stream: stream,
        el: el, typing: typing, plain: plain, ready: ready, fmtSeconds: fmtSeconds,
        fmtClock: fmtClock, fmtDate: fmtDate, fmtSize: fmtSize, human: human, says: says
    };
})();
