import { EvidentError } from '../../core/errors.ts';
import { defineCollector, SECRET_REF } from '../kit/index.ts';
import { readSnapshot } from './client.ts';
import { POSTGRES_URL, PostgresConfigSchema } from './config.ts';
import { mapSnapshot } from './map.ts';

/** PostgreSQL roles (access_control) and the database's at-rest encryption as declared (storage_encryption). */
export const postgresCollector = defineCollector({
  id: 'postgres',
  title: 'PostgreSQL roles and encryption',
  produces: ['access_control', 'storage_encryption'],
  configSchema: PostgresConfigSchema,
  example: {
    url: 'env:EVIDENT_PG_URL',
    system: 'orders-db',
    shared_accounts: ['orders_app'],
    at_rest: { encrypted: true, algorithm: 'AES-256' },
  },
  async collect(config, ctx) {
    const url = SECRET_REF.test(config.url) ? ctx.secret(config.url).trim() : config.url;
    if (!POSTGRES_URL.test(url))
      throw new EvidentError(
        'bad_config',
        `postgres: the secret ${config.url} does not hold a postgres:// URL`,
      );
    const observedAt = ctx.now().toISOString();
    const snapshot = await readSnapshot(url, ctx.signal, ctx.log);
    if (!config.at_rest)
      ctx.log(
        `postgres ${snapshot.endpoint}/${snapshot.database}: at_rest is not declared, so the store is reported as not encrypted`,
      );
    return mapSnapshot(snapshot, config, observedAt);
  },
});
