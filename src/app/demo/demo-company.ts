import type { Category } from '../../core/category.ts';

/**
 * The fictional company of `evident demo`. Its domain is under `.example`, reserved by RFC 2606 so it
 * can never be someone's real address. Every name here is made up.
 */
export const DEMO_COMPANY = {
  organisation: 'Kestrel Analytics Ltd',
  system: 'Kestrel Insights',
  website: 'https://www.kestrel-analytics.example',
  domain: 'kestrel-analytics.example',
  githubOrg: 'kestrel-analytics',
  categories: ['security', 'availability', 'confidentiality'] as Category[],
  /** Who approves the policies. */
  approver: 'Priya Raman, CEO',
} as const;

type DemoVendor = {
  name: string;
  service: string;
  tier: 'critical' | 'high' | 'medium' | 'low';
  subservice?: boolean;
  treatment?: 'carve-out';
  csocs?: string[];
};

/**
 * The vendor register, in the order the workload assesses vendors (the first two are the critical and
 * high ones). The workload assesses at least five vendors, so all of these are assessed.
 */
export const ASSESSED_VENDORS: readonly DemoVendor[] = [
  {
    name: 'Stratus Cloud',
    service: 'Infrastructure hosting (compute, managed PostgreSQL, object storage)',
    tier: 'critical',
    subservice: true,
    treatment: 'carve-out',
    csocs: [
      'Physical and environmental security of the data centres hosting the system.',
      'Availability and backup of the managed database service.',
    ],
  },
  {
    name: 'Keystone Identity',
    service: 'Single sign-on and multi-factor authentication for staff',
    tier: 'high',
  },
  { name: 'Ledgerline Payments', service: 'Card payments and invoicing of subscriptions', tier: 'high' },
  { name: 'Beacon Support', service: 'Customer support desk and help centre', tier: 'medium' },
  { name: 'Quillmark Docs', service: 'Electronic signature of contracts and policies', tier: 'low' },
];

/** Added to the register with the others, but nobody ever assessed it: vendor-risk reports it. */
export const NEVER_ASSESSED_VENDOR: DemoVendor = {
  name: 'Wrenfield Mail',
  service: 'Transactional email (sign-up, password reset and report notifications)',
  tier: 'medium',
};

/** A criterion the company argues does not apply (DC8), shown in section 3 of the report. */
export const NOT_RELEVANT = {
  criterion: 'C1.2',
  reason:
    'Kestrel Insights keeps customer data only in the live tenant database: customers delete their own ' +
    'records in the product, and backups expire with the hosting provider after 35 days, so there is no ' +
    'disposal of confidential information of our own to test.',
};

/**
 * Management's responses to two of the planted exceptions (section 5 of the report); the other
 * exceptions are left without one, as happens when a draft is still being written.
 */
export const MANAGEMENT_RESPONSES: Record<string, string> = {
  'vuln-scan':
    'The scanner host was being rebuilt in the missed week. A second scanner now runs when the first ' +
    'fails, and the security lead is paged when a weekly scan has not reported by Tuesday.',
  'access-review':
    'The aws review was delayed by the reviewer being on leave. Reviews now have a named deputy, and the ' +
    'review calendar sends a reminder on the 15th of each month.',
};
