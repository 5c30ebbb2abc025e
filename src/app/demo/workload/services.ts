/** The business domains services belong to; a service's team is named after its domain. */
export const DOMAINS_OF_WORK = (
  'billing auth search ingest notify report ledger media export catalog checkout profile audit ' +
  'pricing invoice webhook session tenant metrics mail calendar files comments feeds geo payments ' +
  'risk quota sync workflow'
).split(' ');
const COMPONENTS = (
  'api worker gateway scheduler indexer consumer store proxy cron stream admin backfill cache ' +
  'router renderer exporter importer fn bridge janitor'
).split(' ');

/** `count` service names (`billing-api`, `auth-api`, … `billing-worker`, …), each with its own repository. */
export const servicesOf = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => {
    const base = `${DOMAINS_OF_WORK[i % DOMAINS_OF_WORK.length]}-${COMPONENTS[Math.floor(i / DOMAINS_OF_WORK.length) % COMPONENTS.length]}`;
    const round = Math.floor(i / (DOMAINS_OF_WORK.length * COMPONENTS.length));
    return round ? `${base}-${round + 1}` : base;
  });
