import type { Migration, MigrationProvider } from 'kysely';
import { init } from './001-init.ts';
import { collectionRuns } from './002-collection-runs.ts';
import { accessTokens } from './003-access-tokens.ts';

/**
 * Every migration, by name, in order. A static map rather than a folder scan, so the set is explicit
 * and survives bundling; names are never changed once released.
 */
export const migrationProvider = (binary: 'blob' | 'bytea'): MigrationProvider => ({
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001-init': init(binary),
      '002-collection-runs': collectionRuns,
      '003-access-tokens': accessTokens,
    };
  },
});
