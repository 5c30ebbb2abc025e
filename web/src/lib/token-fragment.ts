/**
 * `npm start` opens the dashboard at `/#token=<token>` so the demo starts signed in. The token is
 * taken out of the URL at once (history.replaceState) so it is not left in the address bar, in the
 * history or in a bookmark; the fragment is never sent to a server.
 */
export function takeTokenFromFragment(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): string | undefined {
  if (!location.hash.startsWith('#token=')) return undefined;
  const token = decodeURIComponent(location.hash.slice('#token='.length));
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return token === '' ? undefined : token;
}
