import type { ReportModel } from '../../reports/report-model.ts';
import { PACKAGE } from './package-layout.ts';

/** The package's README: what is in it and how to check it, with or without Evident. */
export function packageReadme(model: ReportModel): string {
  const when =
    model.type === 'II'
      ? `${model.period.start} to ${model.period.end}`
      : `as of ${model.as_of ?? model.period.end}`;
  return `Evident audit package: ${model.organisation.name}, ${model.system.name}
SOC 2 Type ${model.type}, ${when}. Generated ${model.generated_at}.

Check it offline:   evident verify --package <this file> [--json]

What it holds
  ${PACKAGE.manifest}       every file with its SHA-256 and size
  ${PACKAGE.manifestSignature}        signed note (c2sp.org/signed-note, Ed25519) over the manifest's SHA-256
  ${PACKAGE.verifierKey}  the ledger's public key; compare it with the one management gave you
  ${PACKAGE.checkpoint}  the latest signed checkpoint (c2sp.org/tlog-checkpoint): tree size and root
  ${PACKAGE.records}  one record per line: its leaf (RFC 8785 JSON), leaf hash and
                          RFC 9162 inclusion proof to the checkpoint
  ${PACKAGE.artifactsDir}<sha256>  the raw artifacts, decrypted, named by the SHA-256 of their bytes
  ${PACKAGE.samples}  each control's sample: seed, size, population hash, frozen population file
  report/                 the report draft (md, html, pdf), the workbook (xlsx) and OSCAL assessment results

Checking by hand
  1. sha256sum every file and compare with the manifest; verify the manifest signature with the key.
  2. Leaf hash = SHA-256(0x00 || leaf bytes); fold the proof (node = SHA-256(0x01 || left || right))
     and compare with the checkpoint's root (RFC 9162 section 2.1.3.2).
  3. A record's id is the SHA-256 of its RFC 8785 content without collected_at and id.
  4. The population file hashes to population_sha256; re-draw the sample as docs/sampling.md describes.
`;
}
