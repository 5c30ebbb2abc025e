import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import type { Payload } from '../../core/evidence/payload-schemas.ts';
import { defineSlotTest, eachSubjectPasses } from '../define-slot-test.ts';
import { stringParam } from '../params.ts';
import { acceptOnly } from './accept-only.ts';
import { nameList } from './name-list.ts';

/** Lower case, letters and digits only: `AES-256`, `aes_256` and `AES256` all read `aes256`. */
const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Whether a store's reported algorithm is the required one. Providers spell algorithms differently
 * (`AES256` on S3, `AES-256-GCM`, `aws:kms AES-256`), so both names are compared without case and
 * punctuation and the reported name must *contain* the required one: `aws:kms AES-256` and `AES-256-GCM`
 * pass for `AES-256`, while `AES-128`, a bare `aws:kms` (which does not say which cipher) or a null
 * algorithm fail.
 */
const algorithmMatches = (reported: string | null, required: string): boolean =>
  reported !== null && normal(required) !== '' && normal(reported).includes(normal(required));

const problemOf = (record: EvidenceRecord, required: string): string | null => {
  const { stores } = record.data as Payload<'storage_encryption'>;
  if (!stores.length) return 'no stores listed';
  const problems: string[] = [];
  for (const s of stores) {
    if (!s.encrypted) problems.push(`${s.name}: not encrypted`);
    else if (!algorithmMatches(s.algorithm, required))
      problems.push(`${s.name}: ${s.algorithm ?? 'unknown algorithm'}, not ${required}`);
  }
  return problems.length ? nameList(problems, 5, '; ') : null;
};

/**
 * `encryption-at-rest` (continuous: daily slots): each day a `storage_encryption` snapshot in which every
 * store is encrypted with the param `algorithm` (default AES-256; see {@link algorithmMatches}). An
 * unencrypted store or one with another algorithm fails the day, naming the store; a snapshot listing no
 * stores fails. Any passing snapshot of the day meets it.
 */
export const encryptionAtRest = acceptOnly(
  defineSlotTest({
    id: 'encryption-at-rest',
    judge(records, _slot, ctx) {
      const required = stringParam(ctx.params, 'algorithm', 'AES-256');
      return eachSubjectPasses(records, (r) => problemOf(r, required));
    },
  }),
  (record) => record.type === 'storage_encryption',
);
