/**
 * The parts of the OSCAL models Evident writes, as TypeScript types: field names and nesting follow the
 * OSCAL JSON schemas (assessment results 1.1.2, catalog 1.0.6); only the fields we fill are listed.
 */
export type OscalProp = { name: string; ns?: string; value: string; class?: string };
export type OscalLink = { href: string; rel?: string; text?: string };

export type OscalParty = {
  uuid: string;
  type: 'organization' | 'person';
  name: string;
  'short-name'?: string;
  links?: OscalLink[];
};

export type OscalMetadata = {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProp[];
  parties?: OscalParty[];
  remarks?: string;
};

export type OscalRelevantEvidence = {
  href?: string;
  description: string;
  props?: OscalProp[];
  remarks?: string;
};

export type OscalObservation = {
  uuid: string;
  title: string;
  description: string;
  props: OscalProp[];
  methods: ('EXAMINE' | 'INTERVIEW' | 'TEST' | 'UNKNOWN')[];
  types: ('control-objective' | 'discovery')[];
  'relevant-evidence': OscalRelevantEvidence[];
  collected: string;
};

export type OscalFinding = {
  uuid: string;
  title: string;
  description: string;
  props: OscalProp[];
  target: {
    type: 'objective-id' | 'statement-id';
    'target-id': string;
    status: { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other'; remarks: string };
  };
  'related-observations'?: { 'observation-uuid': string }[];
  remarks?: string;
};

export type OscalResult = {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  'reviewed-controls': {
    'control-selections': { 'include-controls'?: { 'control-id': string }[]; remarks?: string }[];
  };
  observations?: OscalObservation[];
  findings?: OscalFinding[];
  remarks?: string;
};

export type OscalResource = { uuid: string; title: string; description: string; remarks?: string };

export type OscalAssessmentResults = {
  uuid: string;
  metadata: OscalMetadata;
  'import-ap': { href: string; remarks: string };
  results: OscalResult[];
  'back-matter': { resources: OscalResource[] };
};

export type OscalPart = {
  id: string;
  name: string;
  ns?: string;
  title?: string;
  props?: OscalProp[];
  prose?: string;
  parts?: OscalPart[];
};

export type OscalControl = {
  id: string;
  class: string;
  title: string;
  props: OscalProp[];
  parts?: OscalPart[];
};
export type OscalGroup = {
  id: string;
  class: string;
  title: string;
  props: OscalProp[];
  controls: OscalControl[];
};

export type OscalCatalog = {
  uuid: string;
  metadata: OscalMetadata;
  groups?: OscalGroup[];
  controls?: OscalControl[];
};
