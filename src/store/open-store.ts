import { openPostgres } from './dialects/postgres/open-postgres.ts';
import { openSqlite } from './dialects/sqlite/open-sqlite.ts';
import type { Store } from './store.ts';

/** `postgres://…` or `postgresql://…` opens PostgreSQL; anything else is a SQLite file path. */
export function openStore(location: string): Promise<Store> {
  return /^postgres(ql)?:\/\//.test(location)
    ? openPostgres(location)
    : openSqlite(location.replace(/^sqlite:/, ''));
}
