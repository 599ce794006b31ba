"""The text of an imported file: one place that knows which encodings people's files come in.

Exports from Chinese billing systems, banks and spreadsheets are UTF-8 (often with a BOM),
GB18030/GBK, sometimes Big5 or UTF-16. A BOM or valid UTF-8 decides at once; otherwise
charset-normalizer (a maintained detector) chooses among the encodings such files use,
so a Big5 file is read as Big5 instead of decoding silently as GB18030 mojibake, and a
file in none of them is refused rather than guessed. Every importer reads text through
:func:`decode_text` (the working-day calendar, phone bills), or through
:func:`text_encoding` when the file is read as a stream (the re-grading file: a million
rows are never held whole).
"""

from __future__ import annotations

import codecs
import io
from dataclasses import dataclass
from typing import BinaryIO

from charset_normalizer import from_bytes

from vipcrm.domain.errors import ValidationError, msg

#: What the detector may choose from (Python codec names), when the bytes are not UTF-8.
CANDIDATES = ("gb18030", "big5", "utf_16", "utf_32")
SAMPLE = 4 << 20  # bytes of a larger file the detector reads (it holds what it reads)
BLOCK = 1 << 20  # bytes decoded at a time while checking a whole file
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
    used = text_encoding(io.BytesIO(data), file, encoding, field)
    return DecodedText(data.decode(used), used)


def text_encoding(
    stream: BinaryIO, file: str, encoding: str | None = None, field: str = "encoding"
) -> str:
    """The encoding of a file read as a stream (a million-row export is never held whole):
    ``encoding`` when given and the whole stream decodes in it, else a BOM's, else UTF-8
    when the whole stream is UTF-8, else what the detector finds in the first
    :data:`SAMPLE` bytes, checked over the whole stream. The stream is read in blocks and
    left at its start. Refusals as :func:`decode_text`'s."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValidationError(
                field, msg("{file}: unknown encoding {encoding}", file=file, encoding=encoding)
            ) from None
        if not _decodes(stream, encoding):
            raise ValidationError(
                field, msg("{file} is not in {encoding}", file=file, encoding=encoding)
            )
        return encoding
    stream.seek(0)
    head = stream.read(4)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if _decodes(stream, codec):
                return codec
            break
    if _decodes(stream, "utf-8"):
        return "utf-8"
    stream.seek(0)
    sample = stream.read(SAMPLE)
    if stream.read(1):  # a longer file: the sample ends at a line's end, not inside a character
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    stream.seek(0)
    best = from_bytes(sample, cp_isolation=list(CANDIDATES)).best()
    if best is None or not _decodes(stream, best.encoding):
        raise ValidationError(
            field,
            msg(
                "{file}: the text is in none of UTF-8, GB18030, Big5 or UTF-16; "
                "save it as UTF-8 (or name its encoding)",
                file=file,
            ),
        )
    return best.encoding


def _decodes(stream: BinaryIO, encoding: str) -> bool:
    """Whether the whole stream decodes in ``encoding`` (read in blocks, nothing kept); the
    stream is left at its start."""
    decoder = codecs.getincrementaldecoder(encoding)()
    stream.seek(0)
    try:
        while block := stream.read(BLOCK):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        stream.seek(0)
    return True
