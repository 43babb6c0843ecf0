"""Analytics over the price history: real discounts, outliers, the basket index, export.

- ``prices``: pure arithmetic over observation rows (no I/O);
- ``queries``: thin storage queries that feed it (history, ``outlier_keys``, the index);
- ``export``: Parquet partitioned by store and month; ``chart``: PNG price charts.
"""

from korzina.core.analytics.prices import (
    DiscountCheck,
    IndexPoint,
    basket_index,
    check_discount,
    is_outlier,
    median,
)
from korzina.core.analytics.queries import DEFAULT_BASKET, find_products, outlier_keys

__all__ = [
    "DEFAULT_BASKET",
    "DiscountCheck",
    "IndexPoint",
    "basket_index",
    "check_discount",
    "find_products",
    "is_outlier",
    "median",
    "outlier_keys",
]
