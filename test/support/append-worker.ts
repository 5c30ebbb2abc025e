// A second process for the store contract: appends `count` records one transaction at a time, each
// reading the head inside its transaction, so lost updates between processes would show as gaps.
import { openStore } from '../../src/store/open-store.ts';

const [location, count, tag] = process.argv.slice(2);
const store = await openStore(location ?? '');
for (let i = 0; i < Number(count); i++) {
  await store.append(async (tx) => {
    const { size } = await tx.head();
    await new Promise((r) => setTimeout(r, 2));
    await tx.insertEvidence([
      {
        seq: size,
        id: `${tag}-${String(i).padStart(6, '0')}`.padEnd(64, '-'),
        type: 'change',
        source: 'worker',
        subject: String(tag),
        observed_at: '2026-06-01T00:00:00.000Z',
        collected_at: '2026-06-01T00:00:00.000Z',
        leaf_hash: '0'.repeat(64),
        body: '{}',
      },
    ]);
    await tx.setHead({ size: size + 1, root: '0'.repeat(64) });
  });
}
await store.close();
