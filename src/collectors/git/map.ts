import { EvidentError } from '../../core/errors.ts';
import type { CollectedItem } from '../kit/index.ts';
import type { GitConfig } from './config.ts';
import {
  changeTitle,
  combinedStatus,
  hasPrefix,
  identityOf,
  parseIdent,
  parseTrailers,
  prNumber,
  statusWord,
  trailerValues,
} from './message.ts';
import { splitRecords } from './parse-log.ts';

/** The git pretty-format directives (`git log --format`) of the first-parent log, in field order. */
export const CHANGE_FIELDS = ['%H', '%P', '%an', '%ae', '%cI', '%N', '%B'] as const;
/** The git pretty-format directives read for each merged branch's head (a merge's second parent). */
export const HEAD_FIELDS = ['%H', '%an', '%ae', '%N'] as const;

/** What the client reads from git: raw outputs, mapped by `mapChanges` without further IO. */
export type RawGitLog = {
  repository: string;
  nonce: string;
  /** `git log --first-parent` of the branch with `CHANGE_FIELDS`. */
  log: string;
  /** `git log --no-walk` of the merges' second parents with `HEAD_FIELDS` ('' when there are none). */
  heads: string;
};

export type MapOptions = Pick<
  GitConfig,
  'since' | 'approval_trailers' | 'ci' | 'emergency_label' | 'emergency_trailer'
>;

/** A note's CI status: the whole note is a status word, or it holds the CI trailer (`CI-Passed: true`). */
function noteStatus(note: string | undefined, key: string): boolean | null {
  if (!note?.trim()) return null;
  const whole = statusWord(note);
  if (whole !== null) return whole;
  const lines = note.split(/\r?\n/).map((l) => /^([A-Za-z0-9-]+)[ \t]*:[ \t]*(.*)$/.exec(l.trim()));
  const values = lines.flatMap((m) => (m && m[1]?.toLowerCase() === key.toLowerCase() ? [m[2] ?? ''] : []));
  return combinedStatus(values);
}

const utc = (iso: string, sha: string): string => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new EvidentError('io', `commit ${sha}: unreadable committer date "${iso}"`);
  return new Date(time).toISOString();
};

/**
 * One `change` per commit on the branch's first-parent history (each merge, squash or direct commit is
 * one change that reached the branch), newest first as git lists them.
 */
export function mapChanges(raw: RawGitLog, options: MapOptions): CollectedItem[] {
  const heads = new Map<string, { name: string; email: string; note: string }>();
  for (const [sha, name, email, note] of splitRecords(raw.heads, raw.nonce, HEAD_FIELDS.length))
    heads.set(sha as string, { name: name as string, email: email as string, note: note as string });

  const items: CollectedItem[] = [];
  for (const fields of splitRecords(raw.log, raw.nonce, CHANGE_FIELDS.length)) {
    const [sha, parentList, name, email, committed, note, message] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const merged_at = utc(committed, sha);
    if (options.since && merged_at.slice(0, 10) < options.since) continue;
    const parents = parentList.split(' ').filter(Boolean);
    const head = parents.length > 1 ? heads.get(parents[1] as string) : undefined;
    const authorIdent = head ?? { name, email };
    const author = identityOf(authorIdent) || '(unknown)';
    const trailers = parseTrailers(message);
    const approvers: string[] = [];
    for (const value of trailerValues(trailers, options.approval_trailers)) {
      const ident = parseIdent(value);
      // An approver named without an address who has the author's name is the author: mapping it to
      // the author's identity lets a self-approval show instead of passing as a different person.
      const same = !ident.email && ident.name.toLowerCase() === authorIdent.name.toLowerCase();
      const id = same ? author : identityOf(ident);
      if (id && !approvers.includes(id)) approvers.push(id);
    }
    const ciRecorded =
      noteStatus(note, options.ci.trailer) ??
      noteStatus(head?.note, options.ci.trailer) ??
      combinedStatus(trailerValues(trailers, [options.ci.trailer]));
    const title = changeTitle(message, [
      ...options.approval_trailers,
      options.ci.trailer,
      options.emergency_trailer,
    ]);
    const emergency =
      hasPrefix(title, options.emergency_label) ||
      hasPrefix(message, options.emergency_label) ||
      combinedStatus(trailerValues(trailers, [options.emergency_trailer])) === true;
    items.push({
      draft: {
        type: 'change',
        subject: raw.repository,
        observed_at: merged_at,
        data: {
          id: sha,
          title,
          author,
          merged_at,
          approvers,
          ci_passed: ciRecorded ?? options.ci.when_unrecorded === 'passed',
          emergency,
          repository: raw.repository,
          pr: prNumber(message),
        },
      },
    });
  }
  return items;
}
