import { gitCollector } from './git/index.ts';
import { httpCollector } from './http/index.ts';
import type { CollectorDefinition } from './kit/define-collector.ts';
import { ldapCollector } from './ldap/index.ts';
import { postgresCollector } from './postgres/index.ts';
import { reportsCollector } from './reports/index.ts';
import { tlsCollector } from './tls/index.ts';

/**
 * Every collector Evident ships, by the id sources name in evident.yaml (`collector:`). An explicit
 * list: adding a collector is adding its folder and one line here.
 */
export const COLLECTORS: Readonly<Record<string, CollectorDefinition<never>>> = {
  git: gitCollector as CollectorDefinition<never>,
  http: httpCollector as CollectorDefinition<never>,
  ldap: ldapCollector as CollectorDefinition<never>,
  postgres: postgresCollector as CollectorDefinition<never>,
  reports: reportsCollector as CollectorDefinition<never>,
  tls: tlsCollector as CollectorDefinition<never>,
};
