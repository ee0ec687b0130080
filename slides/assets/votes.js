/* Celery brown bag: predict, then run — the room's votes on a demo's question.

   The demo directive puts a div.demo-question after a panel whose slide asks
   (brownbag/deck/directive.py: li.q-choice[data-choice] per outcome, data-recorded:
   the outcome the committed recording shows). This script moves it into its panel:

   - "ask": the question covers the panel's body (which would otherwise show the last
     recording, i.e. the answer), with a bar per choice for the votes so far;
   - Run (the panel gets data-running) closes it: it folds to a strip over the panel's
     command line, so the run keeps its room; a click on the strip shows the bars again;
   - "answered": when the run's outcome is in, the strip says "62% said … — the run: …"
     and the bars mark the right choice.

   Where the votes come from:
   - the presenter's deck (served by the live server): GET /api/votes/<demo> every
     second while its slide is on screen and not yet answered (the server answers it
     from the run's result: brownbag/live/votes.py);
   - the audience view (<html data-follow>): the choices are buttons, POST /votes/<demo>
     (one vote per browser: an anonymous id kept in localStorage; changeable until Run);
     follow.js hands it the stage and the run's items (Brownbag.votes.stage/run), and it
     asks GET /votes/<demo> when the slide arrives and when the run's summary does;
   - offline (file://, a static host): no votes; the recording's outcome answers the
     question when its replay ends.

   Brownbag.votes: {cards, line(panel)} — console.js shows line() under its clocks. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;
    var el = B.el;
    var cards = {};
    var api = B.votes = {cards: cards, line: line, stage: onStage, run: onRun};
    var POLL = 1000;

    function voter() {
        var id = null;
        try { id = localStorage.getItem("brownbag-voter"); } catch (e) { id = null; }
        if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
            var bytes = new Uint8Array(12);
            window.crypto.getRandomValues(bytes);
            id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
            try { localStorage.setItem("brownbag-voter", id); } catch (e) { /* a tab's own id, then */ }
        }
        return id;
    }

    function Card(node, panel) {
        this.node = node;
        this.panel = panel;
        this.demo = node.getAttribute("data-demo");
        this.step = panel.closest(".step");
        this.choices = {};
        this.order = [];
        this.tally = null;     // the server's answer: {state, counts, total, answer, said, mine}
        this.timer = null;
        var self = this;
        node.querySelectorAll(".q-choice").forEach(function (li) {
            var key = li.getAttribute("data-choice");
            self.order.push(key);
            self.choices[key] = li;
            if (B.following) {
                li.setAttribute("role", "button");
                li.tabIndex = 0;
                li.addEventListener("click", function (e) { e.stopPropagation(); self.vote(key); });
                li.addEventListener("keydown", function (e) {
                    e.stopPropagation();
                    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); self.vote(key); }
                });
            }
        });
        this.said = node.querySelector(".q-said");
        panel.appendChild(node);
        panel.classList.add("has-question");
        node.addEventListener("click", function (e) {
            if (B.following) return;
            e.stopPropagation();
            node.toggleAttribute("data-open");  // the strip unfolds to the bars, and back
        });
        this.fit();
        this.phase("ask");
        // A deck with nobody voting (file://, a static host) still says what comes next.
        if (!B.served && !B.following) this.say("Predict, then Replay: a recorded run answers");
        this.watch();
    }

    // The card covers the panel's body, between its head and its command line.
    Card.prototype.fit = function () {
        var head = this.panel.querySelector(".demo-head");
        var cmd = this.panel.querySelector(".demo-cmd");
        if (head) this.node.style.setProperty("--q-top", head.offsetHeight + "px");
        if (cmd) this.node.style.setProperty("--q-bottom", cmd.offsetHeight + "px");
    };

    Card.prototype.phase = function (name) {
        if (this.node.getAttribute("data-phase") === name) return;
        this.node.setAttribute("data-phase", name);
        if (name !== "ask") this.node.removeAttribute("data-open");
    };

    // A run (or a replay) of the panel: the vote is closed; its end answers offline.
    Card.prototype.watch = function () {
        var self = this;
        if (!window.MutationObserver) return;
        new MutationObserver(function () {
            var p = self.panel;
            if (p.hasAttribute("data-running")) {
                if (self.node.getAttribute("data-phase") === "ask") self.closeNow();
            } else if (p.hasAttribute("data-result") && !p.hasAttribute("data-prerun") &&
                       self.ran && !B.following &&
                       (!B.served || p.getAttribute("data-mode") === "recording")) {
                self.reveal(self.node.getAttribute("data-recorded"), "the recording");
            }
            if (p.hasAttribute("data-running")) self.ran = true;
        }).observe(this.panel, {attributes: true, attributeFilter: ["data-running", "data-result", "data-prerun"]});
    };

    Card.prototype.closeNow = function () {
        this.phase("closed");
        var total = this.tally && this.tally.total;
        this.say(B.served || B.following ?
            "vote closed" + (typeof total === "number" ? " \u00B7 " + total + (total === 1 ? " vote" : " votes") : "") +
            " \u00B7 the run will answer" : "the run will answer");
        if (B.served) this.poll();
    };

    Card.prototype.say = function (text) {
        this.said.textContent = text;
    };

    // Bars: each choice's share of the votes; the right one marked once answered.
    Card.prototype.draw = function (t) {
        var self = this;
        var counts = t && t.counts;
        var total = t && t.total;
        this.order.forEach(function (key, i) {
            var li = self.choices[key];
            var n = counts ? counts[i] : null;
            var share = counts && total ? n / total : 0;
            li.querySelector(".q-fill").style.width = Math.round(share * 100) + "%";
            li.querySelector(".q-count").textContent = counts ? (total ? Math.round(share * 100) + "% \u00B7 " : "") + n : "";
            li.toggleAttribute("data-right", !!(t && t.answer === key));
            li.toggleAttribute("data-mine", !!(t && t.mine === key));
        });
        this.node.toggleAttribute("data-counted", !!counts);
    };

    Card.prototype.update = function (t) {
        this.tally = t;
        this.draw(t);
        if (t.state === "answered") {
            this.phase("answered");
            if (B.following && t.mine) {
                var label = this.label(t.mine);
                this.say(t.mine === t.answer ? "You said \u201C" + label + "\u201D \u2014 right \u2714" :
                    "You said \u201C" + label + "\u201D \u2014 the run: " + this.label(t.answer));
                this.node.setAttribute("data-verdict", t.mine === t.answer ? "right" : "wrong");
            } else {
                this.say(t.said || "the run: " + this.label(t.answer));
            }
        } else if (t.state === "closed") {
            this.closeNow();
        } else {
            this.phase("ask");
            this.say(B.following ? (t.mine ? "your vote: " + this.label(t.mine) + " \u00B7 tap another to change it" :
                "tap your prediction") : (t.total || 0) + ((t.total === 1) ? " vote" : " votes") + " so far");
        }
    };

    Card.prototype.label = function (key) {
        var li = this.choices[key];
        return li ? li.querySelector(".q-label").textContent : key;
    };

    // Offline: the recording's outcome, when its replay has ended.
    Card.prototype.reveal = function (key, source) {
        if (!key || !this.choices[key]) return;
        this.draw({counts: null, answer: key});
        this.phase("answered");
        this.say(source + ": " + this.label(key));
    };

    /* -------------------------------------------- the presenter's deck: the tally */

    Card.prototype.onScreen = function () {
        return this.step && this.step.classList.contains("active");
    };

    Card.prototype.poll = function () {
        var self = this;
        if (this.timer !== null) return;
        function again() {
            self.timer = null;
            if (!self.onScreen() || (self.tally && self.tally.state === "answered")) return;
            self.timer = window.setTimeout(function () { self.timer = null; self.poll(); }, POLL);
        }
        this.timer = 0;
        B.fetchJSON(B.API + "/votes/" + encodeURIComponent(this.demo)).then(function (t) {
            if (t && !t.error) self.update(t);
        }).catch(function () { /* the next poll */ }).then(again);
    };

    /* ------------------------------------------------ the audience view: voting */

    Card.prototype.ask = function () {
        var self = this;
        return fetch("/votes/" + encodeURIComponent(this.demo) + "?voter=" + voter(), {credentials: "same-origin"})
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (t) { if (t) self.update(t); })
            .catch(function () { /* asked again with the next stage or run */ });
    };

    Card.prototype.vote = function (key) {
        var self = this;
        if (this.node.getAttribute("data-phase") !== "ask") return;
        this.draw({counts: null, mine: key});
        fetch("/votes/" + encodeURIComponent(this.demo), {
            method: "POST", credentials: "same-origin", headers: {"Content-Type": "application/json"},
            body: JSON.stringify({voter: voter(), choice: key})
        }).then(function (r) {
            return r.json().catch(function () { return {error: "HTTP " + r.status}; })
                .then(function (body) { return {status: r.status, body: body}; });
        }).then(function (answer) {
            if (answer.status === 200) {
                self.update({state: "open", mine: key, counts: null});
            } else if (answer.status === 409) {
                self.ask();  // closed meanwhile: what the room sees now
            } else {
                self.say(answer.body.error || "the vote was not counted");
            }
        }).catch(function () { self.say("not sent: no connection to the talk"); });
    };

    function onStage(stage) {
        var card = stage && stage.demo && cards[stage.demo];
        if (card) card.ask();
    }

    function onRun(data) {
        var card = data && cards[data.demo];
        if (!card || !data.item) return;
        if (data.item.kind === "summary") {
            // the whole room asks at once: spread it over a second
            window.setTimeout(function () { card.ask(); }, Math.random() * 1000);
        } else if (card.node.getAttribute("data-phase") === "ask") {
            card.closeNow();
        }
    }

    /* ---------------------------------------- the audience view on a phone: a sheet */

    // In portrait on a phone the canvas is drawn at a quarter of its size: the card's
    // choices would be 6 px buttons no thumb can hit. The card of the step on screen is
    // mirrored in a sheet at the bottom of the screen, outside the scaled canvas, at a
    // size made for a thumb; a tap votes through the card itself.
    var PHONE = window.matchMedia ? window.matchMedia("(max-width: 760px)") : {matches: false};
    var sheet = null;

    function current() {
        var ids = Object.keys(cards);
        for (var i = 0; i < ids.length; i++) if (cards[ids[i]].onScreen()) return cards[ids[i]];
        return null;
    }

    function drawSheet() {
        if (!sheet) return;
        var card = PHONE.matches ? current() : null;
        sheet.hidden = !card;
        if (!card) return;
        var phase = card.node.getAttribute("data-phase");
        sheet.setAttribute("data-phase", phase);
        ["data-verdict", "data-counted"].forEach(function (name) {
            if (card.node.hasAttribute(name)) sheet.setAttribute(name, card.node.getAttribute(name) || "");
            else sheet.removeAttribute(name);
        });
        var text = card.node.querySelector(".q-text");
        sheet.querySelector(".q-sheet-text").textContent = text ?
            text.textContent.replace(/^\s*predict\s*/i, "") : "";
        var list = sheet.querySelector(".q-sheet-choices");
        if (list.getAttribute("data-demo") !== card.demo) {
            list.setAttribute("data-demo", card.demo);
            list.textContent = "";
            card.order.forEach(function (key) {
                var button = el("button", "q-sheet-choice");
                button.type = "button";
                button.setAttribute("data-choice", key);
                button.appendChild(el("span", "q-sheet-label", card.label(key)));
                button.appendChild(el("span", "q-sheet-count"));
                button.addEventListener("click", function () { card.vote(key); });
                list.appendChild(button);
            });
        }
        list.querySelectorAll(".q-sheet-choice").forEach(function (button) {
            var li = card.choices[button.getAttribute("data-choice")];
            button.disabled = phase !== "ask";
            button.toggleAttribute("data-mine", li.hasAttribute("data-mine"));
            button.toggleAttribute("data-right", li.hasAttribute("data-right"));
            button.querySelector(".q-sheet-count").textContent = li.querySelector(".q-count").textContent;
        });
        sheet.querySelector(".q-sheet-said").textContent = card.said.textContent;
    }

    function startSheet() {
        sheet = el("section", "q-sheet");
        sheet.hidden = true;
        sheet.setAttribute("aria-label", "your prediction");
        sheet.appendChild(el("p", "q-sheet-text"));
        sheet.appendChild(el("div", "q-sheet-choices"));
        sheet.appendChild(el("p", "q-sheet-said"));
        document.body.appendChild(sheet);
        var redraw = function () { window.requestAnimationFrame(drawSheet); };
        if (window.MutationObserver) {
            var watch = new MutationObserver(redraw);
            Object.keys(cards).forEach(function (id) {
                watch.observe(cards[id].node, {attributes: true, subtree: true, characterData: true, childList: true});
            });
        }
        document.addEventListener("impress:stepenter", redraw);
        if (PHONE.addEventListener) PHONE.addEventListener("change", redraw);
        redraw();
    }

    /* --------------------------------------------------------------- the console */

    function line(panel) {
        var card = panel && cards[panel.getAttribute("data-demo")];
        if (!card) return "";
        var t = card.tally;
        if (card.node.getAttribute("data-phase") === "answered") return card.said.textContent;
        if (!t || typeof t.total !== "number") return "question on screen";
        var counts = card.order.map(function (key, i) {
            return card.label(key).split(/[:,]/)[0] + " " + (t.counts ? t.counts[i] : 0);
        });
        return (t.state === "open" ? "voting: " : "vote closed: ") + t.total + " \u00B7 " + counts.join(", ");
    }

    function start() {
        document.querySelectorAll(".demo-question[data-demo]").forEach(function (node) {
            var demo = node.getAttribute("data-demo");
            var panel = document.querySelector('.demo-panel[data-demo="' + demo + '"]');
            if (panel && !cards[demo]) cards[demo] = new Card(node, panel);
        });
        if (B.served) {
            document.addEventListener("impress:stepenter", function (e) {
                Object.keys(cards).forEach(function (id) {
                    if (cards[id].step === e.target) { cards[id].fit(); cards[id].poll(); }
                });
            });
            Object.keys(cards).forEach(function (id) { if (cards[id].onScreen()) cards[id].poll(); });
        }
        if (B.following && Object.keys(cards).length) startSheet();
    }

    B.ready(start);
})();
