/**
 * Where to go after signing in: only a path on this origin. `//host` and `/\host` are refused
 * because browsers read them as another origin (an open redirect).
 */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/sign-in')) return '/';
  return target;
}
