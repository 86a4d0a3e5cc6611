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


def file_part(content_type: str, body: bytes) -> tuple[str, bytes]:
    """(the file name as sent, its bytes) for the form's `file` part; BadInput when there is none."""
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
    for part in parts:
        _, disposition = parse_options_header(part["headers"].get(b"content-disposition", b""))
        if disposition.get(b"name") == FIELD.encode() and b"filename" in disposition:
            return _text(disposition[b"filename"]), bytes(part["data"])
    raise BadInput(f"The upload holds no file in a field named \"{FIELD}\"; choose the file again.")


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
