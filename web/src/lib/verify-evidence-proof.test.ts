/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EvidenceDraft } from '../../../src/core/evidence/envelope.ts';
import { recordBytes } from '../../../src/core/evidence/record-bytes.ts';
import { formatCheckpoint, generateSigner, signNote } from '../../../src/ledger/checkpoint/index.ts';
import {
  hashLeaf,
  inclusionProof,
  rootOf,
  type SubtreeReader,
  subtreeRange,
} from '../../../src/ledger/merkle/index.ts';
import { type EvidenceProofInput, verifyEvidenceProof } from './verify-evidence-proof.ts';

const signer = generateSigner('evident-example-cloud-ltd');
const otherSigner = generateSigner('evident-example-cloud-ltd');
const ORIGIN = 'evident/example-cloud-ltd/9f3a1c22';
const COLLECTED = '2026-03-02T08:00:00.000Z';

/** A vulnerability scan a week, as the ledger stores it (src/core/evidence/record-bytes.ts). */
function draft(i: number): EvidenceDraft {
  const day = new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString();
  return {
    type: 'vulnerability_scan',
    source: 'trivy-import',
    subject: `prod-cluster-${i % 3}`,
    observed_at: day,
    data: {
      scanner: 'trivy',
      targets: [`registry.example.com/api:${i}`],
      findings:
        i % 2 ? [{ id: `CVE-2026-${1000 + i}`, severity: 'high', target: 'api', package: 'é-lib' }] : [],
    },
    artifacts: [],
  } as EvidenceDraft;
}

/** A ledger of `size` records built by the repository's own Merkle and checkpoint code. */
function ledger(size: number, key = signer.signerKey) {
  const records = Array.from({ length: size }, (_, i) => ({
    draft: draft(i),
    ...recordBytes(draft(i), COLLECTED),
  }));
  const hashes = records.map((r) => hashLeaf(Buffer.from(r.leaf, 'utf8')));
  const reader: SubtreeReader = (level, index) => {
    const r = subtreeRange(level, index);
    return rootOf(hashes.slice(r.start, r.end));
  };
  const root = rootOf(hashes);
  const checkpoint = signNote(formatCheckpoint({ origin: ORIGIN, size, root }), key);
  return {
    root,
    checkpoint,
    input(index: number): EvidenceProofInput {
      const r = records[index]!;
      return {
        leaf: r.leaf,
        leaf_hash: hashes[index]!.toString('hex'),
        proof: {
          index,
          size,
          proof: inclusionProof(index, size, reader).map((h) => h.toString('hex')),
          root: root.toString('hex'),
        },
        checkpoint,
        verifier_key: signer.verifierKey,
        record: { id: r.id, collected_at: COLLECTED, ...r.draft },
      };
    },
  };
}

const flip = (bytes: Uint8Array, bit: number): Buffer => {
  const copy = Buffer.from(bytes);
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
};

/** The parts a verifier must not accept changed, each as (bit count, input with that bit flipped). */
const PARTS = {
  leaf: (p: EvidenceProofInput) => {
    const bytes = Buffer.from(p.leaf, 'utf8');
    return [
      bytes.length * 8,
      (bit: number) => ({ ...p, leaf: new TextDecoder().decode(flip(bytes, bit)) }),
    ] as const;
  },
  proof: (p: EvidenceProofInput) => {
    const bytes = Buffer.from(p.proof.proof.join(''), 'hex');
    const with_ = (bit: number) => {
      const hex = flip(bytes, bit).toString('hex');
      const path = p.proof.proof.map((_, i) => hex.slice(64 * i, 64 * i + 64));
      return { ...p, proof: { ...p.proof, proof: path } };
    };
    return [bytes.length * 8, with_] as const;
  },
  root: (p: EvidenceProofInput) => {
    const line = p.checkpoint.split('\n')[2]!;
    const bytes = Buffer.from(line, 'base64');
    const with_ = (bit: number) => ({
      ...p,
      checkpoint: p.checkpoint.replace(line, flip(bytes, bit).toString('base64')),
    });
    return [bytes.length * 8, with_] as const;
  },
  stated_root: (p: EvidenceProofInput) => {
    const bytes = Buffer.from(p.proof.root, 'hex');
    return [
      bytes.length * 8,
      (bit: number) => ({ ...p, proof: { ...p.proof, root: flip(bytes, bit).toString('hex') } }),
    ] as const;
  },
  signature: (p: EvidenceProofInput) => {
    const line = p.checkpoint.trimEnd().split('\n').at(-1)!;
    const encoded = line.split(' ').at(-1)!;
    const bytes = Buffer.from(encoded, 'base64');
    const with_ = (bit: number) => ({
      ...p,
      checkpoint: p.checkpoint.replace(encoded, flip(bytes, bit).toString('base64')),
    });
    return [bytes.length * 8, with_] as const;
  },
};

const failed = async (p: EvidenceProofInput) => {
  const verdict = await verifyEvidenceProof(p);
  return verdict.steps.filter((s) => !s.ok).map((s) => s.id);
};

describe('verifying an evidence record in the browser', () => {
  it('accepts every leaf of ledgers of 1 to 20 records, each step checked', async () => {
    for (let size = 1; size <= 20; size++) {
      const l = ledger(size);
      for (let index = 0; index < size; index++) {
        const verdict = await verifyEvidenceProof(l.input(index));
        assert.deepEqual(
          verdict.steps.map((s) => [s.id, s.ok]),
          [
            ['record', true],
            ['leaf', true],
            ['root', true],
            ['signature', true],
          ],
          `leaf ${index} of ${size}: ${JSON.stringify(verdict.steps)}`,
        );
        assert.equal(verdict.verified, true);
      }
    }
  });

  it('rejects any single flipped bit of the leaf, the path, the roots or the signature', async () => {
    const l = ledger(300);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 299 }),
        fc.constantFrom(...(Object.keys(PARTS) as (keyof typeof PARTS)[])),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (index, part, where) => {
          const [bits, flipped] = PARTS[part](l.input(index));
          const verdict = await verifyEvidenceProof(flipped(Math.floor(where * bits)));
          assert.equal(verdict.verified, false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rejects every flipped bit of one proof, and fails the step that checks that part', async () => {
    const input = ledger(13).input(6);
    const expected = {
      leaf: ['record', 'leaf', 'root'],
      proof: ['root'],
      root: ['root', 'signature'],
      stated_root: ['root'],
      signature: ['signature'],
    };
    for (const [part, make] of Object.entries(PARTS) as [keyof typeof PARTS, (typeof PARTS)['leaf']][]) {
      const [bits, flipped] = make(input);
      for (let bit = 0; bit < bits; bit++) {
        const steps = await failed(flipped(bit));
        for (const step of expected[part]) {
          assert.ok(
            steps.includes(step as never),
            `${part} bit ${bit}: ${step} should fail, failed ${steps}`,
          );
        }
      }
    }
  });

  it('rejects a checkpoint signed by another key of the same name', async () => {
    const input = ledger(9, otherSigner.signerKey).input(4);
    assert.deepEqual(await failed(input), ['signature']);
  });

  it('rejects a proof for another leaf, another tree size or another record', async () => {
    const l = ledger(21);
    const five = l.input(5);
    const six = l.input(6);
    assert.deepEqual(await failed({ ...five, proof: { ...five.proof, index: 6 } }), ['root']);
    assert.deepEqual(await failed({ ...five, proof: six.proof }), ['root']);
    assert.deepEqual(await failed({ ...five, proof: ledger(22).input(5).proof }), ['root']);
    assert.deepEqual(await failed({ ...five, record: six.record! }), ['record']);
    const changed = { ...five.record!, data: { ...(five.record!.data as object), scanner: 'grype' } };
    assert.deepEqual(await failed({ ...five, record: changed }), ['record']);
  });

  it('rejects a checkpoint or key that is not well formed without throwing', async () => {
    const input = ledger(3).input(1);
    assert.deepEqual(await failed({ ...input, checkpoint: 'not a note' }), ['root', 'signature']);
    assert.deepEqual(await failed({ ...input, verifier_key: 'evident+00000000+AQ==' }), ['signature']);
    assert.deepEqual(await failed({ ...input, leaf: '' }), ['record', 'leaf', 'root']);
  });
});
