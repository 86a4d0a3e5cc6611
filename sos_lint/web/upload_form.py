"""Reads an upload's one file from a multipart/form-data body held in memory (review36g G#10).

Starlette's own form parser spools a file part over 1 MB to a temporary file in /tmp, so with a raised
`--max-kb` a family's plan was written to disk for the life of the request. Here the body (already
limited to `--max-kb` by the Guard) is parsed with python-multipart straight into bytes: no part is
ever written anywhere. The Guard refuses a multipart body on every other address, so no other form
can reach Starlette's spooling parser."""
from __future__ import annotations

from python_multipart.multipart import MultipartParser, parse_options_header

from .service import BadInput

FIELD = "file"  # the page sends its file in this field; a client of the API must too


NAME_FIELDS = ("child", "mother", "father")  # round 41: the page's name boxes, sent with a Word plan
NAME_MAX = 80  # as the JSON API's Names


def file_part(content_type: str, body: bytes) -> tuple[str, bytes]:
    """(the file name as sent, its bytes) for the form's `file` part; BadInput when there is none."""
    filename, raw, _ = read_form(content_type, body)
    return filename, raw


def read_form(content_type: str, body: bytes) -> tuple[str, bytes, dict[str, str]]:
    """(the file name as sent, its bytes, the name boxes sent beside it) for the form's `file` part,
    and its `child`, `mother` and `father` text fields when given (round 41, review41m M#10 and left
    by round 40: the reviewed Word copy is checked with the names typed on the page, so its scores
    are the page's). BadInput when there is no file, or a name is too long."""
    kind, options = parse_options_header(content_type or "")
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise BadInput("Send the draft as a form upload (multipart/form-data) with the file in a field named "
                       f"\"{FIELD}\".")
    parts: list[dict] = []
    header = {"name": b"", "value": b""}

    def on_part_begin():
        parts.append({"headers": {}, "data": bytearray()})

    def on_header_field(data, start, end):
        header["name"] += data[start:end]

    def on_header_value(data, start, end):
        header["value"] += data[start:end]

    def on_header_end():
        parts[-1]["headers"][header["name"].lower()] = header["value"]
        header["name"] = header["value"] = b""

    def on_part_data(data, start, end):
        parts[-1]["data"] += data[start:end]

    parser = MultipartParser(boundary, {"on_part_begin": on_part_begin, "on_header_field": on_header_field,
                                        "on_header_value": on_header_value, "on_header_end": on_header_end,
                                        "on_part_data": on_part_data})
    try:
        parser.write(body)
        parser.finalize()
    except Exception:  # noqa: BLE001 (python-multipart raises several kinds for a broken body)
        raise BadInput("The upload could not be read as a form; choose the file again.") from None
    found, names = None, {}
    for part in parts:
        _, disposition = parse_options_header(part["headers"].get(b"content-disposition", b""))
        if disposition.get(b"name") == FIELD.encode() and b"filename" in disposition:
            found = found or (_text(disposition[b"filename"]), bytes(part["data"]))
        elif b"filename" not in disposition and _text(disposition.get(b"name", b"")) in NAME_FIELDS:
            value = _text(bytes(part["data"])).strip()
            if len(value) > NAME_MAX:
                raise BadInput(f"The {_text(disposition[b'name'])}'s name is longer than {NAME_MAX} characters.")
            if value:
                names[_text(disposition[b"name"])] = value
    if found is not None:
        return found[0], found[1], names
    raise BadInput(f"The upload holds no file in a field named \"{FIELD}\"; choose the file again.")


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
