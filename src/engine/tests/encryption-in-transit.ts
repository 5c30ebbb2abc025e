import type { Params } from '../../core/control.ts';
import type { EvidenceRecord } from '../../core/evidence/envelope.ts';
import { type Payload, TLS_VERSIONS } from '../../core/evidence/payload-schemas.ts';
import type { ControlTestDefinition } from '../control-test-run.ts';
import { defineSlotTest, eachSubjectPasses } from '../define-slot-test.ts';
import { instantMs } from '../instant.ts';
import { stringParam } from '../params.ts';
import { acceptOnly } from './accept-only.ts';
import { nameList } from './name-list.ts';

type TlsVersion = (typeof TLS_VERSIONS)[number];

/** The rank of a TLS version parameter (SSLv3 = 0 … TLSv1.3 = 4), matched without case. */
function rankOf(name: string, param: string): number {
  const rank = TLS_VERSIONS.findIndex((v) => v.toLowerCase() === name.toLowerCase());
  if (rank < 0)
    throw new Error(`encryption-in-transit: ${param} "${name}" is not one of ${TLS_VERSIONS.join(', ')}`);
  return rank;
}

/** The `min_version` rank and the `require_version` of a control's parameters. */
function versionsOf(params: Params): { minRank: number; required: TlsVersion } {
  const minRank = rankOf(stringParam(params, 'min_version', 'TLSv1.2'), 'min_version');
  const required = TLS_VERSIONS[rankOf(stringParam(params, 'require_version', 'TLSv1.3'), 'require_version')];
  return { minRank, required: required as TlsVersion };
}

type Endpoint = Payload<'tls_scan'>['endpoints'][number];

/** Why one endpoint of a scan observed at `observedMs` falls short, or null. */
function endpointProblem(
  e: Endpoint,
  observedMs: number,
  minRank: number,
  required: TlsVersion,
): string | null {
  if (e.error !== undefined && !e.protocols.length) return `unreachable: ${e.error}`;
  const problems: string[] = [];
  const weak = e.protocols.filter((p) => TLS_VERSIONS.indexOf(p) < minRank);
  if (weak.length) problems.push(`accepts ${weak.join(', ')} (below ${TLS_VERSIONS[minRank]})`);
  if (!e.protocols.includes(required)) problems.push(`does not accept ${required}`);
  if (e.cert_expires_at !== null && instantMs(e.cert_expires_at) < observedMs)
    problems.push(`certificate expired ${e.cert_expires_at}`);
  return problems.length ? problems.join(', ') : null;
}

const problemOf = (record: EvidenceRecord, minRank: number, required: TlsVersion): string | null => {
  const { endpoints } = record.data as Payload<'tls_scan'>;
  if (!endpoints.length) return 'no endpoints scanned';
  const observedMs = instantMs(record.observed_at);
  const problems: string[] = [];
  for (const e of endpoints) {
    const why = endpointProblem(e, observedMs, minRank, required);
    if (why !== null) problems.push(`${e.host}:${e.port}: ${why}`);
  }
  return problems.length ? nameList(problems, 5, '; ') : null;
};

const slotTest = acceptOnly(
  defineSlotTest({
    id: 'encryption-in-transit',
    judge(records, _slot, ctx) {
      const { minRank, required } = versionsOf(ctx.params);
      return eachSubjectPasses(records, (r) => problemOf(r, minRank, required));
    },
  }),
  (record) => record.type === 'tls_scan',
);

/**
 * `encryption-in-transit` (continuous: daily slots): each day a `tls_scan` in which every endpoint accepts
 * `require_version` (default TLSv1.3), accepts nothing below `min_version` (default TLSv1.2; versions
 * ordered as TLS_VERSIONS) and does not present a certificate that had expired when the scan was observed
 * (`cert_expires_at` < `observed_at`; an unknown expiry is not judged). An endpoint with an `error` and no
 * protocols fails as `unreachable: <error>`; one with an error that still reports protocols is judged on
 * them. A scan with no endpoints fails. A version parameter that is not a TLS version is a configuration
 * error and throws when the run starts.
 */
export const encryptionInTransit: ControlTestDefinition = {
  ...slotTest,
  start(ctx) {
    versionsOf(ctx.params); // a bad version parameter fails at once, even with no evidence
    return slotTest.start(ctx);
  },
};
