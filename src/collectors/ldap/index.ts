import { defineCollector } from '../kit/index.ts';
import { readDirectory } from './client.ts';
import { type LdapConfig, LdapConfigSchema } from './config.ts';
import { mapDirectory } from './map.ts';

/** Reads people and group memberships from an LDAP directory (OpenLDAP, 389-ds, AD's LDAP interface). */
export const ldapCollector = defineCollector<LdapConfig>({
  id: 'ldap',
  title: 'LDAP directory: personnel roster and account access',
  produces: ['personnel', 'access_control'],
  configSchema: LdapConfigSchema,
  example: {
    url: 'ldaps://ldap.example.com',
    bind_dn: 'cn=evident-reader,ou=services,dc=example,dc=com',
    password: 'env:LDAP_READER_PASSWORD',
    base_dn: 'dc=example,dc=com',
    privileged_groups: ['admins'],
    shared_accounts: ['svc-deploy'],
    disabled_groups: ['disabled'],
    attributes: { start_date: 'employeeStartDate' },
  },
  async collect(config, ctx) {
    const password = ctx.secret(config.password);
    const raw = await readDirectory(config, password, ctx.signal, () => ctx.now());
    ctx.log(`read ${raw.users.length} users and ${raw.groups.length} groups from ${raw.subject}`);
    if (raw.users.length === 0) ctx.log(`no entry matched user_filter ${config.user_filter}`);
    const { items, notes } = mapDirectory(raw, config);
    for (const note of notes) ctx.log(note);
    return items;
  },
});
