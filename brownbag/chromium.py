"""Which Chromium the show's own browsers run (the handout, the stage check, the pictures
of Flower and the admin; the tests too), and how.

Debian's, unless ``BROWNBAG_CHROMIUM`` points at another: Playwright cannot download its
own browsers on these machines. Headless, no sandbox (root in a container), and nothing
that would reach outside the machine on its own (background networking, component
updates, sync).
"""

import os

CHROMIUM = os.environ.get("BROWNBAG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
