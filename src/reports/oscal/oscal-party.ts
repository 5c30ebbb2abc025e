import type { Programme } from '../../core/programme.ts';
import { oscalString } from './evident-prop.ts';
import type { OscalParty } from './oscal-types.ts';
import { oscalUuid } from './oscal-uuid.ts';

export type Organisation = Pick<Programme['organisation'], 'name' | 'legal_name' | 'website'>;

/**
 * The service organisation as an OSCAL party. Its uuid depends only on the organisation's name, so the
 * catalog and the assessment results name the same party.
 */
export function oscalParty(org: Organisation): OscalParty {
  const short = oscalString(org.name, 'Organisation');
  const name = org.legal_name ? oscalString(org.legal_name, short) : short;
  const website = homepage(org.website);
  return {
    uuid: oscalUuid(`evident/${org.name}/party`),
    type: 'organization',
    name,
    ...(name !== short ? { 'short-name': short } : {}),
    ...(website ? { links: [{ href: website, rel: 'homepage' }] } : {}),
  };
}

/** evident.yaml's website is free text: only an http(s) URL becomes a link, in its normalised form. */
function homepage(website: string | undefined): string | undefined {
  if (!website || !URL.canParse(website)) return undefined;
  const url = new URL(website);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
