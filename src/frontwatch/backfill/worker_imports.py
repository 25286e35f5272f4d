"""Imported first in a backfill worker process: the libraries a worker never runs are marked absent before spaCy loads.

thinc imports torch whenever it is installed (the `train` extra brings it), which is about half of a worker's import
CPU, and no worker runs a torch model: extraction is spaCy's NumPy models and the ONNX encoder. With torch marked
absent, `import torch` raises ImportError, which thinc takes as "not installed". The forkserver local workers are
forked from imports this module before frontwatch (`dask_run.FORKSERVER_PRELOAD`); an existing cluster's workers get
it with `dask worker --preload frontwatch.backfill.worker_imports` (README). The client and a plain ingest are
untouched.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

UNUSED_BY_WORKERS = ("torch",)  # installed for training (classify/finetune.py), never imported by extraction


def leave_out(modules: Iterable[str] = UNUSED_BY_WORKERS) -> None:
    """Make `import <module>` raise ImportError in this process, unless the module is imported already."""
    for module in modules:
        sys.modules.setdefault(module, None)  # type: ignore[arg-type]  # None in sys.modules: "not importable"


leave_out()
