"""py3langid's language model, unpacked once into the user's cache so a process loads it fast.

py3langid ships its model as an LZMA-compressed npz: decompressing it takes 0.6-0.7 s, more
than laying out a short article, and every cold build of an article without ``lang:`` paid
it. Unpacked into plain .npy files (about 66 MB) in $XDG_CACHE_HOME/tearsheet, the same
arrays load in well under 0.1 s, the largest by memory map, shared by every worker through
the page cache. The cache is keyed by the model file's size and time and py3langid's
version, so an upgrade unpacks again; a missing or broken cache is rebuilt, never trusted.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
from importlib.metadata import version
from pathlib import Path

from tearsheet.files import user_cache, write_atomic

# The arrays of py3langid's model (py3langid.modelio.load_model), in its order; the last
# one written is the manifest, so a cache is complete when the manifest is there.
ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
MANIFEST = "classes.json"


def model_folder(model_file: Path) -> Path:
    """The cache folder for this model file and this py3langid."""
    stat = model_file.stat()
    key = f"{version('py3langid')}:{model_file.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    return user_cache("langid") / hashlib.sha256(key.encode()).hexdigest()[:16]


@functools.cache
def identifier():
    """The one identifier a process uses, for the build's and the import's guesses alike."""
    return load_identifier()


def load_identifier():
    """py3langid's LanguageIdentifier with normalised probabilities, from the cache."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    model_file = MODEL_DIR / MODEL_FILE
    folder = model_folder(model_file)
    try:
        classes = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        ptc, pc, nextmove, row, output = (
            np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS
        )
    except (OSError, ValueError):
        return unpack_model(model_file, folder)
    return LanguageIdentifier(
        ptc,
        np.asarray(pc),
        classes,
        _to_array(nextmove),
        output.tolist(),
        norm_probs=True,
        tk_row=_to_array(row),
    )


def unpack_model(model_file: Path, folder: Path):
    """Read the compressed model, write its arrays as .npy files (the manifest last) and
    return the identifier. An unwritable cache (a read-only home) is not an error: the model
    is then read compressed each time, as py3langid itself does."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(model_file)
    arrays = {
        "ptc": ptc,
        "pc": pc,
        "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
        "nextmove_row": np.frombuffer(row, dtype=f"u{row.itemsize}"),
        "out_feat": np.asarray(output, dtype=np.int32),
    }
    try:
        for name in ARRAYS:
            buffer = io.BytesIO()
            np.save(buffer, arrays[name], allow_pickle=False)
            write_atomic(folder / f"{name}.npy", buffer.getvalue())
        write_atomic(folder / MANIFEST, json.dumps(classes).encode())
    except OSError:
        pass  # unwritable cache folder: this process keeps the model it just read
    return LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
    )


if __name__ == "__main__":  # `make` unpacks the model once at install, as it cuts the fonts
    load_identifier()
