import type { EvidenceType } from '../../core/evidence-type.ts';
import type { CollectedItem } from '../kit/index.ts';
import type { Kind, Value } from './cells.ts';

/**
 * `value`: the column must be there and every row must fill it. `column`: the column must be there, a
 * row may leave it empty. `optional`: the column may be left out altogether.
 */
export type Need = 'value' | 'column' | 'optional';

export type ColumnSpec = Kind & {
  name: string;
  need: Need;
  /** One line for docs/formats/<type>.md. */
  doc: string;
  /** The value becomes the record's subject, which the envelope caps at 500 characters. */
  subject?: boolean;
};

/** A row whose cells all parsed; empty optional cells are absent. */
export class ParsedRow {
  constructor(
    readonly at: string,
    private readonly values: ReadonlyMap<string, Value>,
  ) {}
  text(c: string): string {
    return this.values.get(c) as string;
  }
  optText(c: string): string | undefined {
    return this.values.get(c) as string | undefined;
  }
  number(c: string): number {
    return this.values.get(c) as number;
  }
  boolean(c: string): boolean {
    return this.values.get(c) as boolean;
  }
  list(c: string): string[] {
    return (this.values.get(c) as string[] | undefined) ?? [];
  }
  has(c: string): boolean {
    return this.values.has(c);
  }
}

export type BuildContext = {
  /** Records a problem (the file is then rejected); builders keep going so every problem is listed. */
  fail(at: string | undefined, column: string | undefined, message: string): void;
  /** For snapshot formats: the time of the snapshot when the file has no `as_of` values. */
  asOf?: string;
  /** For snapshot formats: replaces the default subject. */
  subject?: string;
};

export type ExportFormat = {
  type: EvidenceType;
  /** One paragraph for the docs: what one record is and its subject. */
  summary: string;
  /** A snapshot format takes every row into one record and reads an optional `as_of` column. */
  snapshot?: { subject: string };
  columns: readonly ColumnSpec[];
  build(rows: readonly ParsedRow[], ctx: BuildContext): CollectedItem['draft'][];
};
