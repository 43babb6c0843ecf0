"""Shared checks and writer of the hand-labelled list sets (``fresh_basket_eval_[a-g].build.py``).

Stdlib only, imported by each build script from this directory. ``build`` checks a set's
literal data -- every id exists in its offers file *for that store* and is in stock, no id
repeats within an item, every item has a note, the labels are exactly the list's items in
order (an item is the text between commas / new lines) -- and writes the JSONL;
``stats`` prints the counts each set's README quotes.
"""
import json
import re
import sys

STORES = ("pyaterochka", "magnit", "dixy", "perekrestok")


def load_offers(path):
    avail = {s: {} for s in STORES}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            # Only in-stock offers may be labelled acceptable.
            avail[row["store"]][row["product_id"]] = bool(row.get("available"))
    return avail


def build(lists, offers_path, out_path, prefix):
    """Check ``lists`` (text, [(label, {store: ids}, note)]) and write them, ids
    ``prefix`` + 01, 02, …; exit with every error found instead."""
    offers = load_offers(offers_path)
    records = []
    errors = []
    for n, (text, items) in enumerate(lists, 1):
        rid = "%s%02d" % (prefix, n)
        items_typed = [part.strip() for part in re.split(r"[,\n]", text) if part.strip()]
        if items_typed != [label for label, _, _ in items]:
            errors.append("%s: labels %r are not the items %r" % (rid, [label for label, _, _ in items], items_typed))
        pos = 0
        expected = []
        for label, acc, note in items:
            at = text.find(label, pos)
            if at < 0:
                errors.append("%s: label %r not found in order in %r" % (rid, label, text))
            else:
                pos = at + len(label)
            if tuple(acc) != STORES:
                errors.append("%s/%s: store keys %r" % (rid, label, tuple(acc)))
            for store in STORES:
                ids = acc[store]
                if len(ids) != len(set(ids)):
                    errors.append("%s/%s/%s: duplicate ids" % (rid, label, store))
                for pid in ids:
                    if pid not in offers[store]:
                        errors.append("%s/%s: %s is not a %s product id" % (rid, label, pid, store))
                    elif not offers[store][pid]:
                        errors.append("%s/%s: %s/%s is out of stock" % (rid, label, store, pid))
            if not note:
                errors.append("%s/%s: missing note" % (rid, label))
            entry = {"label": label, "acceptable": {s: list(acc[s]) for s in STORES}, "note": note}
            expected.append(entry)
        records.append({"id": rid, "split": "fresh", "text": text, "expected": expected})
    if errors:
        sys.exit("\n".join(errors))
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def stats(records):
    items = [e for r in records for e in r["expected"]]
    store_items = [(e, s) for e in items for s in STORES]
    missing = sum(1 for e, s in store_items if not e["acceptable"][s])
    print("lists: %d (split fresh)" % len(records))
    print("items: %d, store-items: %d, missing store-items: %d" % (len(items), len(store_items), missing))
    for s in STORES:
        print("  %-12s missing %3d / %d" % (s, sum(1 for e in items if not e["acceptable"][s]), len(items)))
    print("accepted (item, store, id) triples: %d" % sum(len(e["acceptable"][s]) for e, s in store_items))
    print("items absent in all stores: %d; absent in >=3 stores: %d"
          % (sum(1 for e in items if not any(e["acceptable"].values())),
             sum(1 for e in items if sum(not e["acceptable"][s] for s in STORES) >= 3)))
