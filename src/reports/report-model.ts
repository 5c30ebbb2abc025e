import type { Category } from '../core/category.ts';
import type { Frequency } from '../core/frequency.ts';
import type { Component, Programme } from '../core/programme.ts';
import type { ControlStatus } from '../engine/control-status.ts';
import type { Unit } from '../engine/control-test-run.ts';
import type { CriterionStatus, Evaluation } from '../engine/evaluation.ts';
import type { Period } from '../engine/slots.ts';

/**
 * Everything the SOC 2 report draft, the auditor workbook and the OSCAL export say, computed once from
 * the evaluation, the programme and the ledger (docs/reports.md). Renderers only lay it out: they never
 * judge, count or look anything up elsewhere, so every format tells the same story.
 */
export type ReportModel = {
  generated_at: string;
  organisation: Programme['organisation'];
  system: Programme['system'];
  type: 'I' | 'II';
  /** Type II: the examination period. Type I: `start` = `end` = the as-of date. */
  period: Period;
  as_of?: string;
  categories: { id: Category; title: string }[];
  /** Every criterion of the categories in scope, in catalog order. */
  criteria: ReportCriterion[];
  /** DC8: criteria of a category in scope that the programme says are not relevant, and why. */
  not_relevant: { criterion: string; title: string; reason: string }[];
  /** Every control mapped to a criterion in scope, by id. */
  controls: ReportControl[];
  /** DC4: incidents whose event time lies in the period (latest export of each incident id). */
  incidents: ReportIncident[];
  /** DC7: vendors the programme marks as subservice organisations. */
  subservice: SubserviceOrganisation[];
  /** DC6. */
  cuecs: string[];
  /** DC9: significant changes during the period, from the programme's git history. */
  changes: SystemChange[];
  /** Where `changes` came from: `git`, or `none` when the programme folder is not a git repository. */
  changes_source: 'git' | 'none';
  /** Management's assertion is drafted in its modified form when any criterion is at risk. */
  assertion: { modified: boolean; at_risk: { id: string; title: string }[] };
  summary: Evaluation['summary'];
  /** Ids of controls with exceptions and no management response in the programme (a to-do list). */
  responses_missing: string[];
  /** Every evidence record a population unit or an incident refers to, by record id. */
  evidence: Record<string, EvidenceRef>;
  /** The ledger the evidence refs point into: its size, root and latest signed checkpoint note. */
  ledger?: { size: number; root: string; checkpoint?: string };
};

export type ReportCriterion = {
  id: string;
  title: string;
  category: Category;
  status: CriterionStatus;
  /** Controls that map to it and were tested (not-applicable ones excluded). */
  controls: string[];
};

export type ReportControl = {
  id: string;
  title: string;
  description: string;
  owner: string;
  frequency: Frequency;
  test: string;
  params: Record<string, unknown>;
  criteria: string[];
  iso: string[];
  status: ControlStatus;
  expected: number;
  met: number;
  /** What was tested, in words: "52 weekly slots of the period", "all 14 change items", … */
  tested: string;
  /** Type II: "No exceptions noted." or a sentence counting the exceptions. Type I: design wording. */
  result: string;
  exceptions: { slot: string; reason: string; evidence: string[] }[];
  /** Every slot or event item of the period, judged, in period order (heat map, OSCAL observations). */
  population: Unit[];
  sample?: ReportSample;
  details: Record<string, unknown>;
  /** Evidence records collected 14 days or more after their event time (DESIGN.md §4). */
  retroactive: number;
  management_response?: string;
  /** Set when the control is not applicable: the programme's written justification. */
  justification?: string;
};

export type ReportSample = {
  seed: string;
  method: 'all' | 'stratified';
  sample_size: number;
  population_size: number;
  population_sha256: string;
  items: Unit[];
};

export type ReportIncident = {
  id: string;
  title: string;
  severity: string;
  opened_at: string;
  resolved_at?: string;
  resolution?: string;
  postmortem?: string;
  /** The evidence record id. */
  evidence: string;
};

export type SubserviceOrganisation = {
  name: string;
  service: string;
  treatment: 'carve-out' | 'inclusive';
  csocs: string[];
};

export type SystemChange = { date: string; summary: string; commit?: string };

/** Where an evidence record sits in the ledger; `id` is the SHA-256 of its content (docs/ledger.md). */
export type EvidenceRef = {
  id: string;
  ledger_index: number;
  type: string;
  source: string;
  subject: string;
  observed_at: string;
  collected_at: string;
  leaf_hash: string;
};

export type { Component };
