import os
import subprocess
import sys

import psycopg

HOST = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
SIZES = [int(size) for size in (sys.argv[1:] or ["10000", "100000"])]


def admin(sql):
    with psycopg.connect(f"{HOST}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def main():
    for size in SIZES:
        name = f"{os.environ.get('BENCH_DB_PREFIX', 'sodruzhestvo_bench')}_{size}"
        admin(f"DROP DATABASE IF EXISTS {name}")
        admin(f"CREATE DATABASE {name}")
        env = {
            **os.environ,
            "DATABASE_URL": f"{HOST}/{name}",
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        }
        env.pop("ELASTICSEARCH_URL", None)
        try:
            manage = [sys.executable, "manage.py"]
            subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True)
            subprocess.run([*manage, "bench_search", "--size", str(size)], env=env, check=True)
        finally:
            admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


if __name__ == "__main__":
    main()
