"""``python -m search.bench [SIZES]`` (``make bench-search``): for each size, a fresh
PostgreSQL database on 127.0.0.1:5432 (user postgres), migrate, ``bench_search``, drop."""
