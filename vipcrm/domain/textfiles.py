"""The text of an imported file: one place that knows which encodings people's files come in.

Exports from Chinese billing systems, banks and spreadsheets are UTF-8 (often with a BOM),
GB18030/GBK, sometimes Big5 or UTF-16. A BOM or valid UTF-8 decides at once; otherwise
charset-normalizer (a maintained detector) chooses among the encodings such files use,
so a Big5 file is read as Big5 instead of decoding silently as GB18030 mojibake, and a
file in none of them is refused rather than guessed. Every importer reads text through
:func:`decode_text` (re-grading files, the working-day calendar, phone bills).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from vipcrm.domain.errors import ValidationError, msg

#: What the detector may choose from (Python codec names), when the bytes are not UTF-8.
CANDIDATES = ("gb18030", "big5", "utf_16", "utf_32")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # the codec that read it: utf-8, utf-8-sig, gb18030, big5 ...


def decode_text(
    data: bytes, file: str, encoding: str | None = None, field: str = "encoding"
) -> DecodedText:
    """Decode a file's bytes: in ``encoding`` when given, else as detected.

    Raises ValidationError naming ``field`` when the given encoding is unknown or does not
    fit, or when the bytes are in none of the encodings such files use.
    """
    if encoding:
        try:
            return DecodedText(data.decode(encoding), encoding)
        except LookupError:
            raise ValidationError(
                field, msg("{file}: unknown encoding {encoding}", file=file, encoding=encoding)
            ) from None
        except UnicodeDecodeError:
            raise ValidationError(
                field, msg("{file} is not in {encoding}", file=file, encoding=encoding)
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError:
                break
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None:
        raise ValidationError(
            field,
            msg(
                "{file}: the text is in none of UTF-8, GB18030, Big5 or UTF-16; "
                "save it as UTF-8 (or name its encoding)",
                file=file,
            ),
        )
    return DecodedText(str(best), best.encoding)
