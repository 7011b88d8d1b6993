"""A Bloom filter of an index's name keys: most "is this n-gram a name?" answers skip SQLite.

The reader asks :meth:`~routes.gazetteer.Gazetteer.contains_name` for every candidate n-gram of
every article (tens of thousands of questions per few hundred articles) and most answers are
"no". An SQLite point query costs 8-13 us from Python, a Bloom probe 1.5 us; only its
"maybe" answers (true names plus ~0.6 % false alarms) go on to SQLite, so answers stay exact.

The filter (1 MiB for ~800,000 keys) is built once per index, right after the index itself
(or, for an index without one, on the first ``contains_name`` call: ``routes resolve`` never
loads it), and kept beside the index as ``<index>.keys`` so processes load it in a millisecond.
The header records the index's size and modification time: a filter for another build of the
index is rebuilt, never trusted.
If the cache folder is read-only the filter simply lives in memory for the process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import struct
from pathlib import Path

from routes.errors import RoutesError

_MAGIC = b"RTKEYBF1"
_HEADER = struct.Struct("<8sBBQQ")  # magic, probes, log2(bits), index size, index mtime_ns
_PROBES = 6
_BITS_PER_KEY = 10  # with 6 probes: about 0.6 % false "maybe" answers
_MIN_LOG2 = 10


def _hashes(key: str) -> tuple[int, int]:
    """Two independent 32-bit hashes, stable across processes (unlike ``hash``)."""
    digest = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(),
                            "little")  # one conversion, split: the first four bytes are h1
    return digest & 0xFFFFFFFF, (digest >> 32) | 1


class KeyFilter:
    """Answers "certainly not a key" or "maybe a key" for one index."""

    __slots__ = ("_bits", "_mask", "_probes")

    def __init__(self, bits: bytes, log2_bits: int, probes: int = _PROBES) -> None:
        if len(bits) * 8 != 1 << log2_bits:
            raise ValueError("filter size does not match its header")
        self._bits = bits
        self._mask = (1 << log2_bits) - 1
        self._probes = probes

    @classmethod
    def from_keys(cls, keys: list[str]) -> KeyFilter:
        """Build vectorised: hash every key once, then set all probe bits with numpy."""
        import numpy as np

        log2_bits = max(_MIN_LOG2, (max(1, len(keys)) * _BITS_PER_KEY - 1).bit_length())
        mask = (1 << log2_bits) - 1
        flags = np.zeros(1 << log2_bits, dtype=np.bool_)
        if keys:
            raw = b"".join(
                hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest() for k in keys
            )
            pairs = np.frombuffer(raw, dtype="<u4").reshape(-1, 2).astype(np.uint64)
            h1, h2 = pairs[:, 0], pairs[:, 1] | np.uint64(1)
            for i in range(_PROBES):
                flags[(h1 + np.uint64(i) * h2) & np.uint64(mask)] = True
        bits = np.packbits(flags, bitorder="little").tobytes()
        return cls(bits, log2_bits)

    #: the two hashes :meth:`probe` takes (the same for every filter: hash a key once)
    hashes = staticmethod(_hashes)

    def maybe(self, key: str) -> bool:
        """False means the key is certainly absent; True means ask the index."""
        h1, h2 = _hashes(key)
        return self.probe(h1, h2)

    def probe(self, h1: int, h2: int) -> bool:
        """:meth:`maybe` for a key already hashed with :meth:`hashes`."""
        bits, mask = self._bits, self._mask
        for i in range(self._probes):
            pos = (h1 + i * h2) & mask
            if not (bits[pos >> 3] >> (pos & 7)) & 1:
                return False
        return True

    @property
    def nbytes(self) -> int:
        return len(self._bits)

    def to_bytes(self, index: Path) -> bytes:
        st = index.stat()
        header = _HEADER.pack(
            _MAGIC, self._probes, self._mask.bit_length(), st.st_size, st.st_mtime_ns
        )
        return header + self._bits


def sidecar_path(index: Path) -> Path:
    return index.with_name(index.name + ".keys")


def _load(index: Path) -> KeyFilter | None:
    try:
        data = sidecar_path(index).read_bytes()
        st = index.stat()
    except OSError:
        return None
    if len(data) < _HEADER.size:
        return None
    magic, probes, log2_bits, size, mtime_ns = _HEADER.unpack_from(data)
    if (magic, size, mtime_ns) != (_MAGIC, st.st_size, st.st_mtime_ns) or probes < 1:
        return None
    try:
        return KeyFilter(data[_HEADER.size:], log2_bits, probes)
    except ValueError:
        return None


def key_filter(index: Path, conn: sqlite3.Connection) -> KeyFilter:
    """The filter for ``index``: from its sidecar file, else built from ``conn`` and saved."""
    found = _load(index)
    if found is not None:
        return found
    keys = [str(k) for (k,) in conn.execute("SELECT DISTINCT key FROM names")]
    built = KeyFilter.from_keys(keys)
    from routes.atomicio import write_bytes_atomic

    # a read-only cache: keep the filter for this process only
    with contextlib.suppress(OSError, RoutesError):
        write_bytes_atomic(sidecar_path(index), built.to_bytes(index))
    return built


def remove_sidecar(index: Path) -> None:
    """Delete an index's filter with the index (stale-index clean-up)."""
    with contextlib.suppress(OSError):
        os.unlink(sidecar_path(index))
