import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EvidentError } from '../../core/errors.ts';
import { repositoryName } from './client.ts';
import { GitConfigSchema } from './config.ts';
import { mapChanges, type RawGitLog } from './map.ts';
import { changeTitle, parseIdent, parseTrailers, prNumber, statusWord } from './message.ts';
import { fieldMarker, recordMarker, splitRecords } from './parse-log.ts';

/** Text without blank lines or a trailing newline: a paragraph of prose, like a commit body's. */
const prose = fc
  .array(
    fc.string({ minLength: 1, maxLength: 30 }).filter((l) => !/[\r\n]/.test(l) && l.trim() !== ''),
    { minLength: 1, maxLength: 4 },
  )
  .map((lines) => lines.join('\n'));
const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
const value = fc.string({ maxLength: 40 }).map((v) => v.replace(/[\r\n]/g, ' ').trim());
const title = fc
  .string({ minLength: 1, maxLength: 60 })
  .map((t) => t.replace(/[\r\n]/g, ' ').trim())
  .filter((t) => t !== '' && !/\(#\d+\)$/.test(t) && !/^Merge/.test(t));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom('Reviewed-by: a <b@c>', '', ' cont', 'Merge pull request #', '(#12)', '!7', 'x', ':'),
    )
    .map((parts) => parts.join('\n')),
);

describe('commit message parsers (property)', () => {
  it('never throw, whatever the message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseTrailers(text);
        changeTitle(text);
        parseIdent(text);
        statusWord(text);
        const pr = prNumber(text);
        assert.ok(pr === null || (Number.isSafeInteger(pr) && pr > 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('find exactly the trailers written in the last paragraph', () => {
    fc.assert(
      fc.property(
        title,
        fc.option(prose),
        fc.array(fc.record({ key, value }), { minLength: 1, maxLength: 6 }),
        (subject, body, trailers) => {
          const block = trailers.map((t) => `${t.key}: ${t.value}`).join('\n');
          const message = [subject, ...(body === null ? [] : [body]), block].join('\n\n');
          assert.deepEqual(
            parseTrailers(`${message}\n`),
            trailers.map((t) => ({ key: t.key, value: t.value })),
          );
        },
      ),
    );
  });

  it('find no trailer in a message that is only a subject', () => {
    fc.assert(fc.property(key, value, (k, v) => assert.deepEqual(parseTrailers(`${k}: ${v}\n`), [])));
  });

  it('find the pull/merge request number each hosting service writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), title, (n, t) => {
        const written = [
          `Merge pull request #${n} from acme/branch\n\n${t}\n`,
          `Merge branch 'fix' into 'main'\n\n${t}\n\nSee merge request acme/api!${n}\n`,
          `Merged in feature/x (pull request #${n})\n\n${t}\n`,
          `Merged PR ${n}: ${t}\n`,
          `${t} (#${n})\n`,
        ];
        for (const message of written) assert.equal(prNumber(message), n, message);
        assert.equal(prNumber(`${t}\n`), null);
      }),
    );
  });

  it('take the title of a merged pull request from the body', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), title, (n, t) => {
        fc.pre(!/^(signed-off-by|co-authored-by|reviewed-by|approved-by|acked-by)\s*:/i.test(t));
        assert.equal(changeTitle(`Merge pull request #${n} from a/b\n\n${t}\n`), t.trim());
        assert.equal(
          changeTitle(`Merge pull request #${n} from a/b\n\nReviewed-by: x <x@y>\n`),
          `Merge pull request #${n} from a/b`,
        );
        assert.equal(changeTitle(`${t} (#${n})\n\nbody\n`), `${t} (#${n})`);
      }),
    );
  });
});

describe('git log record splitting (property)', () => {
  const nonce = '0123456789abcdef0123456789abcdef';
  const field = fc.string({
    unit: fc.constantFrom('a', '\u0000', '\u0001', '\u0002', '\n', 'é', nonce),
    maxLength: 12,
  });

  it('gives back exactly the fields written, whatever they contain', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (records) => {
        const forged = records.some((r) => r.join('').includes(`\u0000${nonce}`) || /\n$/.test(r[2] ?? ''));
        fc.pre(!forged); // a marker needs the per-run nonce, which no message can know in advance
        const output = records.map((r) => `${recordMarker(nonce)}${r.join(fieldMarker(nonce))}\n`).join('');
        assert.deepEqual(splitRecords(output, nonce, 3), records);
      }),
    );
  });

  it('turns damaged output into a clear error, never a crash or a wrong record count', () => {
    const fixture = JSON.parse(readFileSync(new URL('./fixtures/git-log.json', import.meta.url), 'utf8')) as {
      raw: RawGitLog;
    };
    const config = GitConfigSchema.parse({ path: '.' });
    fc.assert(
      fc.property(fc.nat(), fc.nat(20), fc.string({ maxLength: 3 }), (at, cut, insert) => {
        const log = fixture.raw.log;
        const i = at % (log.length + 1);
        const damaged = { ...fixture.raw, log: log.slice(0, i) + insert + log.slice(i + cut) };
        try {
          const items = mapChanges(damaged, config);
          assert.ok(items.length <= 8);
        } catch (e) {
          assert.ok(e instanceof EvidentError, String(e));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('repository names from remote URLs (property)', () => {
  it('never carry the credentials of a URL', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/);
    fc.assert(
      fc.property(secret, fc.constantFrom('https', 'http', 'ssh'), (token, scheme) => {
        const name = repositoryName(`${scheme}://user:${token}@git.example.com/acme/api.git`);
        assert.equal(name, 'git.example.com/acme/api');
      }),
    );
    assert.equal(repositoryName('git@github.com:acme/api.git'), 'github.com/acme/api');
    assert.equal(repositoryName('/srv/git/api.git'), '/srv/git/api');
    fc.assert(fc.property(fc.string(), (s) => void repositoryName(s)));
  });
});
