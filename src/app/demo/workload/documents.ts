import { loadCatalog } from '../../../catalog/load-catalog.ts';
import { int } from './random-streams.ts';
import type { WorkloadContext } from './workload-context.ts';

/** Event documents per person a year, by `kind`; joiner-driven kinds are written per joiner instead. */
const EVENT_DOCUMENT_RATES: Record<string, number> = {
  access_request: 0.6,
  disposal_certificate: 0.25,
  security_design_review: 0.1,
  vendor_contract: 0.025,
  dsar_log: 0.05,
  breach_notification_record: 0.001,
};
const PER_JOINER_DOCUMENTS = new Set(['confidentiality_agreement', 'background_check']);
const PER_PERSON_ANNUAL_DOCUMENTS = new Set(['code_of_conduct_ack', 'performance_review']);

/**
 * `document`s for every document-kind control of catalog/controls.yaml at its frequency, per person
 * (acknowledgements, reviews), per joiner (background checks, agreements) or at a per-person rate.
 */
export function scheduleDocuments(ctx: WorkloadContext): void {
  const { cal, plan, staff } = ctx;
  const { days, dates, dateOf } = cal;
  let documentSerial = 0;
  const document = (day: number, kind: string, title: string, subject: string) =>
    ctx.on(day, () => {
      const n = documentSerial++;
      return {
        type: 'document',
        source:
          PER_PERSON_ANNUAL_DOCUMENTS.has(kind) || PER_JOINER_DOCUMENTS.has(kind)
            ? 'hris:bamboohr'
            : 'gdrive:compliance',
        subject,
        observed_at: cal.at(day, 9 * 3600 + int(plan, 9 * 3600)),
        data: { title, kind, sha256: ctx.hex(), url: `https://drive.${ctx.domain}/d/${kind}/${n}` },
      };
    });
  const year = ctx.period.start.slice(0, 4);
  const seenKinds = new Set<string>();
  for (const control of loadCatalog().controls) {
    const kind = control.params.kind;
    if (control.test !== 'document' || typeof kind !== 'string' || seenKinds.has(kind)) continue;
    seenKinds.add(kind);
    const title = control.title;
    if (PER_PERSON_ANNUAL_DOCUMENTS.has(kind)) {
      for (const p of staff) {
        const from = Math.max(0, p.start);
        const to = Math.min(days - 1, p.end ?? days - 1);
        if (to >= from)
          document(
            p.start >= 0 ? from : from + int(plan, to - from + 1),
            kind,
            `${title}: ${p.handle}`,
            p.email,
          );
      }
    } else if (PER_JOINER_DOCUMENTS.has(kind)) {
      for (const p of staff)
        if (p.start >= 0) document(Math.max(0, p.start - 3), kind, `${title}: ${p.handle}`, p.email);
    } else if (control.frequency === 'event') {
      const count = Math.max(1, Math.round((EVENT_DOCUMENT_RATES[kind] ?? 0.02) * ctx.people * (days / 365)));
      for (let n = 0; n < count; n++) document(int(plan, days), kind, `${title} #${n + 1}`, kind);
    } else if (control.frequency === 'monthly') {
      for (const first of cal.firstOfMonths)
        document(
          Math.max(0, first + 2 + int(plan, 20)),
          kind,
          `${title} ${dateOf(Math.max(0, first)).slice(0, 7)}`,
          kind,
        );
    } else if (control.frequency === 'quarterly') {
      for (const first of cal.firstOfMonths)
        if ((Number(dateOf(first).slice(5, 7)) - 1) % 3 === 0)
          document(
            Math.max(0, first + 10 + int(plan, 40)),
            kind,
            `${title} ${dateOf(Math.max(0, first)).slice(0, 7)}`,
            kind,
          );
    } else if (control.frequency === 'weekly') {
      for (const monday of cal.mondays)
        document(monday + int(plan, 5), kind, `${title} ${dates[monday]}`, kind);
    } else if (control.frequency === 'daily' || control.frequency === 'continuous') {
      for (let i = 0; i < days; i++) document(i, kind, `${title} ${dates[i]}`, kind);
    } else {
      document(int(plan, days - 1), kind, `${title} ${year}`, kind);
    }
  }
}
