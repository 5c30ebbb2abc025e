import { FilterParser } from 'ldapts';
import { z } from 'zod';
import { SecretRefSchema } from '../kit/index.ts';

const name = z.string().min(1);

const filter = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .superRefine((value, ctx) => {
      try {
        FilterParser.parseString(value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `not an LDAP search filter (RFC 4515): ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    });

/**
 * A yes/no read from an attribute: true when the attribute holds one of `values` (case-insensitive), or,
 * without `values`, when it is present with a value other than FALSE / 0 / no.
 */
export const AttributeMatchSchema = z.strictObject({
  attribute: name,
  values: z.array(name).min(1).optional(),
});
export type AttributeMatch = z.output<typeof AttributeMatchSchema>;

/** Which entry attribute holds each field (names are case-insensitive, as in LDAP). */
const AttributesSchema = z.strictObject({
  user: name.default('uid'),
  person: name.default('cn'),
  email: name.default('mail'),
  /** inetOrgPerson has no start date; without this (or when an entry lacks it) `createTimestamp` is used. */
  start_date: name.optional(),
  /** Days since 1970-01-01 (shadowExpire), a YYYY-MM-DD date or a GeneralizedTime. */
  end_date: name.default('shadowExpire'),
  department: name.default('departmentNumber'),
  title: name.default('title'),
  shared: AttributeMatchSchema.optional(),
  mfa: AttributeMatchSchema.optional(),
  disabled: AttributeMatchSchema.optional(),
});

export const LdapConfigSchema = z.strictObject({
  url: z
    .string()
    .regex(/^ldaps?:\/\/[^\s/?#@]+\/?$/i, 'expected ldap://host[:port] or ldaps://host[:port] (no path)'),
  bind_dn: name,
  /** A secret reference (env:NAME or file:path) to the bind password. */
  password: SecretRefSchema,
  base_dn: name,
  /** Where to search for users and groups; both default to `base_dn`. */
  user_base_dn: name.optional(),
  group_base_dn: name.optional(),
  user_filter: filter('(objectClass=inetOrgPerson)'),
  group_filter: filter('(objectClass=groupOfNames)'),
  /** The `system` of the access_control snapshot. */
  system: name.default('ldap'),
  /** Group cn's (or full DNs) whose members hold privileged access. */
  privileged_groups: z.array(name).default([]),
  /** User ids of shared or service accounts. */
  shared_accounts: z.array(name).default([]),
  /** Group cn's (or DNs) whose members are disabled (a common "locked users" convention). */
  disabled_groups: z.array(name).default([]),
  attributes: AttributesSchema.prefault({}),
  timeout_seconds: z.number().int().min(1).max(600).default(30),
});

export type LdapConfig = z.output<typeof LdapConfigSchema>;
