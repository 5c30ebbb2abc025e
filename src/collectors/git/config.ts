import { z } from 'zod';

/** A trailer key as git-interpret-trailers(1) accepts it: letters, digits and dashes. */
const TrailerKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'a trailer key such as Reviewed-by (letters, digits, dashes)');

/**
 * A branch or other revision name. It may not start with `-` (it is passed after `--end-of-options`
 * anyway) nor contain what git-check-ref-format(1) forbids, so a typo fails at config time.
 */
const Revision = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^-\s~^:?*[\\][^\s~^:?*[\\]*$/, 'a branch name (no spaces, no leading dash, none of ~^:?*[\\)')
  .refine((s) => !s.includes('..') && !s.endsWith('.lock') && !s.endsWith('/'), 'not a valid branch name');

export const CiSchema = z.strictObject({
  /** A trailer on the commit on the branch whose value says whether CI passed (`CI-Passed: true`). */
  trailer: TrailerKey.default('CI-Passed'),
  /**
   * A notes ref a CI job writes after it ran (`git notes --ref=ci add -m passed <sha>`), read for the
   * commit on the branch and, for a merge, for the merged branch's head. It wins over the trailer.
   */
  notes_ref: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'a notes ref such as ci or refs/notes/ci')
    .optional(),
  /**
   * What `ci_passed` is when neither a note nor the trailer records CI. `failed` (the default) is the
   * honest answer: git alone cannot show that CI ran. Set `passed` only when branch protection makes
   * passing checks a precondition of every merge, and keep that protection's evidence.
   */
  when_unrecorded: z.enum(['failed', 'passed']).default('failed'),
});

export const GitConfigSchema = z.strictObject({
  /** A local git repository (a clone or a bare mirror); relative paths resolve from the working directory. */
  path: z.string().min(1),
  /** The branch whose first-parent history is the change population (default: the branch HEAD names). */
  branch: Revision.optional(),
  /** Only changes merged on or after this date (UTC, YYYY-MM-DD). */
  since: z.iso.date().optional(),
  /** The repository name in evidence (default: the origin remote without credentials, else the folder name). */
  repository: z.string().min(1).max(500).optional(),
  /** Trailers whose values name an approver (case-insensitive keys). */
  approval_trailers: z.array(TrailerKey).min(1).default(['Reviewed-by', 'Approved-by']),
  ci: CiSchema.default({ trailer: 'CI-Passed', when_unrecorded: 'failed' }),
  /** A title prefix marking an emergency change (case-insensitive), e.g. `[emergency] fix login`. */
  emergency_label: z.string().min(1).max(100).default('[emergency]'),
  /** A trailer marking an emergency change when its value is true/yes (`Emergency: yes`). */
  emergency_trailer: TrailerKey.default('Emergency'),
});

export type GitConfig = z.output<typeof GitConfigSchema>;
