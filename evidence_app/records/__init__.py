"""Evidence records (everything but media bytes), one module per kind: functions over an open vault,
as media_service.py has them. ``Vault`` keeps the lifecycle, the keys and ``check``.

* cases.py, persons.py, testimonies.py, notes.py, sites.py: create, read, list, edit each kind;
* deletion.py: deleting and the rules that refuse it;
* lookup.py: ids and id prefixes, full-text search; history.py: reading the custody log;
* common.py: validation, paging, stamps.

Rows are described once in tables.py (columns, row <-> dataclass, indexed and guarded fields);
every write puts the row, its search index entry and its custody entry in one transaction.
Nothing is imported here, so importing one kind loads only what it needs.
"""
