import { Badge, Code, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { EvidenceItem } from '../api/types/evidence.ts';
import { type ProofStepId, verifyEvidenceProof } from '../lib/verify-evidence-proof.ts';

const STEP_TITLES: Record<ProofStepId, string> = {
  record: 'Record',
  leaf: 'Leaf hash',
  root: 'Root',
  signature: 'Signature',
};

/**
 * The record's inclusion proof, checked here in the browser with WebCrypto (lib/verify-evidence-proof.ts):
 * nothing the server says about it is taken on trust except the verifier key, which is shown so it can
 * be compared with the published one.
 */
export function ProofPanel({ item }: { item: EvidenceItem }) {
  const verdict = useQuery({
    queryKey: ['proof', item.id, item.leaf_hash, item.checkpoint],
    queryFn: () =>
      verifyEvidenceProof({
        leaf: item.leaf,
        leaf_hash: item.leaf_hash,
        proof: item.proof,
        checkpoint: item.checkpoint,
        verifier_key: item.verifier_key,
        record: item,
      }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const status = verdict.data
    ? verdict.data.verified
      ? 'verified'
      : 'failed'
    : verdict.isError
      ? 'failed'
      : 'checking';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text fw={600}>Ledger inclusion, checked in this browser:</Text>
        <Badge
          color={status === 'verified' ? 'teal' : status === 'failed' ? 'red' : 'gray'}
          size="lg"
          data-testid="proof-status"
        >
          {status}
        </Badge>
      </Group>
      <List spacing={6} center data-testid="proof-steps">
        {(verdict.data?.steps ?? []).map((step) => (
          <List.Item
            key={step.id}
            data-testid={`proof-step-${step.id}`}
            data-ok={step.ok}
            icon={
              <ThemeIcon color={step.ok ? 'teal' : 'red'} size={20} radius="xl">
                {step.ok ? '✓' : '✗'}
              </ThemeIcon>
            }
          >
            <Text size="sm" className="wrap-anywhere">
              <b>{STEP_TITLES[step.id]}</b> {step.ok ? '✓' : '✗'} — {step.detail}
            </Text>
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        Leaf {item.proof.index} of a tree of {item.proof.size}; the checkpoint (a signed note) and the
        ledger's verifier key:
      </Text>
      <Code block data-testid="proof-checkpoint">
        {item.checkpoint}
      </Code>
      <Code block className="wrap-anywhere" data-testid="proof-verifier-key">
        {item.verifier_key}
      </Code>
      <Text size="xs" c="dimmed">
        Compare this key with the one the company published (its .evident/ledger.vkey, e.g. committed to the
        programme repository): a proof is only as good as the key it is checked against.
      </Text>
    </Stack>
  );
}
