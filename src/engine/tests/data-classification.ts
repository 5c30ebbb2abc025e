import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { defineSlotTest, eachSubjectPasses } from '../define-slot-test.ts';
import { acceptOnly } from './accept-only.ts';
import { nameList } from './name-list.ts';

const problemOf = (record: EvidenceRecord): string | null => {
  const { assets } = record.data as Payload<'data_inventory'>;
  if (!assets.length) return 'no assets listed';
  const unlabelled = assets.filter((a) => a.classification === null).map((a) => a.name);
  return unlabelled.length ? `unlabelled: ${nameList(unlabelled)}` : null;
};

/**
 * `data-classification` (quarterly): a `data_inventory` observed in the quarter in which every asset has
 * a classification (not null). The reason names the unlabelled assets (at most five, then a count); an
 * inventory listing no assets fails.
 */
export const dataClassification = acceptOnly(
  defineSlotTest({ id: 'data-classification', judge: (records) => eachSubjectPasses(records, problemOf) }),
  (record) => record.type === 'data_inventory',
);
