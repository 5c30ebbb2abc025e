/**
 * Pure readers of a commit message: its trailers (git-interpret-trailers(1)), the pull/merge request
 * number that hosting services write into merge and squash messages, the change's title and the
 * yes/no words used in status trailers. Every function accepts any string and never throws.
 */
export type Trailer = { key: string; value: string };

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;

const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/** Paragraphs (runs of non-blank lines); the first is the subject. */
function paragraphsOf(message: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of linesOf(message)) {
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

/**
 * The trailers of a message: the lines `Key: value` of its last paragraph, when that paragraph is not
 * the subject and at least a quarter of its lines are trailers (git's rule, without its list of
 * git-generated keys). A line starting with whitespace continues the previous value.
 */
export function parseTrailers(message: string): Trailer[] {
  const paragraphs = paragraphsOf(message);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : undefined;
  if (!last) return [];
  const trailers: Trailer[] = [];
  let lines = 0;
  let previous: Trailer | undefined;
  for (const line of last) {
    if (/^[ \t]/.test(line) && previous) {
      previous.value = `${previous.value} ${line.trim()}`.trim();
      continue;
    }
    lines++;
    const match = TRAILER_LINE.exec(line);
    previous = match ? { key: match[1] as string, value: (match[2] as string).trim() } : undefined;
    if (previous) trailers.push(previous);
  }
  return trailers.length * 4 >= lines ? trailers : [];
}

/** Values of the trailers whose key is one of `keys` (compared case-insensitively), in message order. */
export function trailerValues(trailers: readonly Trailer[], keys: readonly string[]): string[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  return trailers.filter((t) => wanted.has(t.key.toLowerCase()) && t.value !== '').map((t) => t.value);
}

/** `Name <email>` → its parts; a value without `<…>` is all name. */
export function parseIdent(value: string): { name: string; email: string } {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value.trim());
  return match
    ? { name: (match[1] as string).trim(), email: (match[2] as string).trim() }
    : { name: value.trim(), email: '' };
}

/**
 * The identity evidence compares: the e-mail address, lower-cased (git's identity; names vary), else
 * the name. The engine's change-approval test compares author and approvers as these strings.
 */
export function identityOf(ident: { name: string; email: string }): string {
  return ident.email ? ident.email.toLowerCase() : ident.name;
}

const POSITIVE = new Set([
  'true',
  'yes',
  'y',
  'passed',
  'pass',
  'success',
  'succeeded',
  'successful',
  'ok',
  'green',
]);
const NEGATIVE = new Set([
  'false',
  'no',
  'n',
  'failed',
  'fail',
  'failure',
  'error',
  'errored',
  'cancelled',
  'canceled',
  'red',
]);

/** A yes/no status word (`true`, `passed`, `success` … / `false`, `failed` …); null when it is neither. */
export function statusWord(value: string): boolean | null {
  const word = value.trim().toLowerCase();
  if (POSITIVE.has(word)) return true;
  if (NEGATIVE.has(word)) return false;
  return null;
}

/** Several status values: any failure wins (a re-run that passed is recorded as its own value). */
export function combinedStatus(values: readonly string[]): boolean | null {
  const words = values.map(statusWord);
  if (words.includes(false)) return false;
  return words.includes(true) ? true : null;
}

const toNumber = (digits: string | undefined): number | null => {
  if (digits === undefined) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** Subjects of the merge commits that GitHub, Bitbucket and Azure DevOps write (the title is elsewhere). */
const MERGE_SUBJECTS: readonly RegExp[] = [
  /^Merge pull request #(\d+) from \S/, // GitHub
  /^Merged in \S.*\(pull request #(\d+)\)\s*$/, // Bitbucket
];
/** GitLab's default merge commit message ends with `See merge request group/project!12`. */
const GITLAB_REFERENCE = /^See merge request (?:\S*)?!(\d+)\s*$/;
/** Azure DevOps: `Merged PR 12: title`. */
const AZURE_SUBJECT = /^Merged PR (\d+): ?(.*)$/;
/** A squash or rebase merge keeps the number at the end of the title: `Fix login (#45)`. */
const SQUASH_SUBJECT = /\(#(\d+)\)\s*$/;

/** The subject as git shows it (%s): the first paragraph, its lines joined by spaces. */
const subjectOf = (message: string): string =>
  (paragraphsOf(message)[0] ?? []).map((l) => l.trim()).join(' ');
const bodyLinesOf = (message: string): string[] => paragraphsOf(message).slice(1).flat();

/** The pull/merge request number a hosting service wrote into the message, else null. */
export function prNumber(message: string): number | null {
  const subject = subjectOf(message);
  for (const pattern of MERGE_SUBJECTS) {
    const match = pattern.exec(subject);
    if (match) return toNumber(match[1]);
  }
  const azure = AZURE_SUBJECT.exec(subject);
  if (azure) return toNumber(azure[1]);
  for (const line of bodyLinesOf(message)) {
    const match = GITLAB_REFERENCE.exec(line.trim());
    if (match) return toNumber(match[1]);
  }
  return toNumber(SQUASH_SUBJECT.exec(subject)?.[1]);
}

const isMergeSubject = (subject: string): boolean =>
  MERGE_SUBJECTS.some((p) => p.test(subject)) || /^Merge branch '.+' into '.+'/.test(subject);

/** Trailers git and hosting services write, beside the configured ones. */
const COMMON_TRAILERS = ['signed-off-by', 'co-authored-by', 'reviewed-by', 'approved-by', 'acked-by'];

/**
 * What a reviewer knows the change as. For a hosting service's merge commit (`Merge pull request #1 from
 * …`, GitLab's `Merge branch 'x' into 'main'`) that is the pull request's title, the body's first line,
 * unless the body is only a trailer block with one of `trailerKeys` (a PR title such as `fix: login`
 * looks like a trailer too); for Azure DevOps the text after `Merged PR 12:`; otherwise the subject.
 */
export function changeTitle(message: string, trailerKeys: readonly string[] = []): string {
  const subject = subjectOf(message).trim();
  const azure = AZURE_SUBJECT.exec(subject);
  if (azure?.[2]) return azure[2].trim();
  if (!isMergeSubject(subject)) return subject;
  const paragraphs = paragraphsOf(message);
  const first = paragraphs[1]?.[0]?.trim();
  const known = new Set([...COMMON_TRAILERS, ...trailerKeys.map((k) => k.toLowerCase())]);
  const onlyTrailers =
    paragraphs.length === 2 && parseTrailers(message).some((t) => known.has(t.key.toLowerCase()));
  if (!first || onlyTrailers || GITLAB_REFERENCE.test(first)) return subject;
  return first;
}

/** Whether `text` starts with `label`, ignoring case and leading whitespace. */
export function hasPrefix(text: string, label: string): boolean {
  return label !== '' && text.trimStart().toLowerCase().startsWith(label.toLowerCase());
}
