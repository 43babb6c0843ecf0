"""click's own strings («Usage:», «Show this message and exit.», «Error: No such option»)
in Russian, through gettext as click intends: click marks them with ``gettext.gettext``,
so binding korzina's catalogue as the text domain translates them.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

DOMAIN = "korzina"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def localize_click() -> None:
    """Make click speak Russian in this process.

    gettext picks the language from ``LANGUAGE``/``LC_ALL``/``LANG``; korzina speaks
    Russian whatever the machine's locale (its own messages are Russian), so «ru» goes
    first in ``LANGUAGE`` for this process.
    """
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    langs = [lang for lang in os.environ.get("LANGUAGE", "").split(":") if lang]
    if langs[:1] != ["ru"]:
        os.environ["LANGUAGE"] = ":".join(["ru", *langs])
