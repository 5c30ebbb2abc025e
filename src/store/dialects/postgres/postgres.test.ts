import { after, before } from 'node:test';
import { startTestPostgres, type TestPostgres } from '../../../../test/support/postgres.ts';
import { storeContract } from '../../store.contract.ts';

let server: TestPostgres;
before(async () => {
  server = await startTestPostgres();
});
after(async () => {
  await server?.stop();
});

storeContract('postgres', () => server.freshDatabase());
