"""The data contract, enforced: reading, validating and caching the data folder.

Pages call `get_store()` and ask it for datasets by name; `python -m loaders.validate`
checks a folder from the command line.
"""

from loaders.store import (
    DATASET_NAMES,
    DataStore,
    DatasetState,
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
