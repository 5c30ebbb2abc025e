import type { z } from 'zod';
import type { EvidenceType } from '../../core/evidence-type.ts';

/**
 * What a collector hands back for one piece of evidence: an envelope without `collected_at` (Evident
 * stamps it) and, optionally, the raw files it came from, which are stored as encrypted artifacts.
 * Evident validates every draft against its type's schema before anything is stored.
 */
export type CollectedItem = {
  draft: {
    type: EvidenceType;
    subject: string;
    /** Event time: when the scan ran, the snapshot was taken (ISO 8601 with offset). */
    observed_at: string;
    data: unknown;
  };
  files?: { name: string; bytes: Uint8Array; media_type?: string }[];
};

/** What a collector may use while it runs; it never stores, judges or reads the programme itself. */
export type CollectContext = {
  /** The source id from evident.yaml; it becomes each record's `source`. */
  source: string;
  now(): Date;
  /**
   * The value of a secret reference from the options (`env:NAME`, `file:path`). Values are redacted
   * from logs and errors by the caller and must never be put into evidence.
   */
  secret(ref: string): string;
  /** The programme folder: relative paths in options resolve against it (default: the working directory). */
  dir?: string;
  /** Aborted when the run times out or is cancelled: pass it to sockets and child processes. */
  signal: AbortSignal;
  log(message: string): void;
};

export type CollectorDefinition<C = unknown> = {
  id: string;
  title: string;
  /** The evidence types it produces. */
  produces: readonly EvidenceType[];
  /** Validates `options` of a source in evident.yaml. */
  configSchema: z.ZodType<C>;
  /** A valid `options` object, shown in docs and parsed by the collector contract test. */
  example: Record<string, unknown>;
  collect(config: C, ctx: CollectContext): Promise<CollectedItem[]>;
  /**
   * The long-running form, for `evident run` (a source without a schedule): observes continuously and
   * hands what it has to `emit` when it has something (e.g. each finished day); `stop` hands over the rest.
   */
  monitor?(config: C, ctx: MonitorContext): { stop(): Promise<void> };
};

export type MonitorContext = Omit<CollectContext, 'signal'> & {
  emit(items: CollectedItem[]): Promise<void>;
};

/** Declares a collector (DESIGN.md §9: one folder each, the same files in every folder). */
export function defineCollector<C>(definition: CollectorDefinition<C>): CollectorDefinition<C> {
  return definition;
}
