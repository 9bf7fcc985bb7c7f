"""The passage collection a retriever indexes: a jsonl file of {"id", "contents"} rows.

`contents` is the Search-R1 / wiki-18 layout '"Title"\\ntext'. Rows with `title` and `text` instead
of `contents` are accepted and joined into that layout. The file is read with pyarrow into columns
(not a list of Python dicts), so a large corpus costs about its own size in memory.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pa_json


class Corpus:
    def __init__(self, ids: pa.Array, contents: pa.Array, path: str | None = None):
        if len(ids) != len(contents):
            raise ValueError(f"corpus has {len(ids)} ids but {len(contents)} contents")
        self.ids = ids
        self.contents = contents
        self.path = path

    @classmethod
    def from_records(cls, records: list[dict]) -> "Corpus":
        table = pa.Table.from_pylist(records)
        return cls(*_columns(table, "<records>"))

    @classmethod
    def load(cls, path: str | Path) -> "Corpus":
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"corpus file not found: {path}")
        try:
            table = pa_json.read_json(path, read_options=pa_json.ReadOptions(block_size=16 << 20))
        except pa.ArrowInvalid as exc:
            raise ValueError(f"{path} is not a jsonl file of {{'id', 'contents'}} rows: {exc}") from exc
        return cls(*_columns(table, str(path)), path=str(path))

    def __len__(self) -> int:
        return len(self.ids)

    def document(self, index: int) -> dict[str, str]:
        return {"id": self.ids[index].as_py(), "contents": self.contents[index].as_py()}

    def texts(self) -> list[str]:
        return self.contents.to_pylist()


def _columns(table: pa.Table, source: str) -> tuple[pa.Array, pa.Array]:
    names = set(table.column_names)
    if table.num_rows == 0:
        raise ValueError(f"corpus {source} is empty")
    if "contents" in names:
        contents = table.column("contents")
    elif {"title", "text"} <= names:
        text = pa.large_string()
        quote, empty, newline = pa.scalar('"', text), pa.scalar("", text), pa.scalar("\n", text)
        quoted = pc.binary_join_element_wise(quote, pc.cast(table.column("title"), text), quote, empty)
        contents = pc.binary_join_element_wise(quoted, pc.cast(table.column("text"), text), newline)
    else:
        raise ValueError(f"corpus {source} needs a 'contents' column (or 'title' and 'text'); "
                         f"found {sorted(names)}")
    if "id" in names:
        ids = pc.cast(table.column("id"), pa.large_string())
    else:
        ids = pa.array([str(i) for i in range(table.num_rows)], type=pa.large_string())
    contents = pc.cast(contents, pa.large_string())
    if contents.null_count:
        raise ValueError(f"corpus {source} has {contents.null_count} rows without contents")
    return _combined(ids), _combined(contents)


def _combined(column) -> pa.Array:
    """One contiguous array (O(1) row access); large_string so > 2 GB of text does not overflow."""
    return column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
