/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeRedirect } from './safe-redirect.ts';
import { takeTokenFromFragment } from './token-fragment.ts';

describe('signing in from a link', () => {
  it('takes the token out of the fragment and the address bar', () => {
    const replaced: string[] = [];
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, url?: string | URL | null) => replaced.push(String(url)),
    };
    const token = takeTokenFromFragment(
      { hash: '#token=ev_abc%2B1', pathname: '/controls', search: '?q=x' },
      history,
    );
    assert.equal(token, 'ev_abc+1');
    assert.deepEqual(replaced, ['/controls?q=x']);
    assert.equal(takeTokenFromFragment({ hash: '#other', pathname: '/', search: '' }, history), undefined);
    assert.equal(replaced.length, 1, 'a fragment without a token is left alone');
  });

  it('only ever redirects to a path on this origin', () => {
    assert.equal(safeRedirect('/controls?status=not_effective'), '/controls?status=not_effective');
    for (const bad of [
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/sign-in',
    ]) {
      assert.equal(safeRedirect(bad), '/');
    }
  });
});
