"""The data contract, enforced: reading, validating and caching the data folder.

The dashboard holds one store per data folder (`get_store()`, opened by ui/data.py): its
states become a snapshot (atlas.snapshot) that every view reads, and pages never touch
the store. `python -m loaders.validate` checks a folder from the command line; the
edition's builder and watcher (python -m edition) use `validate_folder` and `DataStore`.
"""

from loaders.store import (
    DATASET_NAMES,
    DatasetState,
    DataStore,
    Provenance,
    default_data_dir,
    get_store,
    validate_folder,
)

__all__ = [
    "DATASET_NAMES",
    "DataStore",
    "DatasetState",
    "Provenance",
    "default_data_dir",
    "get_store",
    "validate_folder",
]
