import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SAMPLE_TABLE } from './sample-table.ts';
import { SampleTableSchema } from './sample-table-schema.ts';

/** The paths and messages of the issues a table is refused with. */
function issues(table: unknown): [string, string][] {
  const result = SampleTableSchema.safeParse(table);
  assert.equal(result.success, false, 'the table should be refused');
  return result.error!.issues.map((i) => [i.path.join('.'), i.message]);
}

const withEvent = (event: unknown) => ({ ...DEFAULT_SAMPLE_TABLE, event });

describe('sample table schema', () => {
  it('accepts the default table and gives it back unchanged', () => {
    assert.deepEqual(SampleTableSchema.parse(DEFAULT_SAMPLE_TABLE), DEFAULT_SAMPLE_TABLE);
  });

  it('accepts `all` as a size anywhere', () => {
    const table = {
      frequency: { ...DEFAULT_SAMPLE_TABLE.frequency, annual: 'all' },
      event: [{ size: 'all' }],
    };
    assert.equal(SampleTableSchema.safeParse(table).success, true);
  });

  it('refuses a size that is not a whole number ≥ 1 or `all`, with its path', () => {
    const paths = (table: unknown) => issues(table).map(([path]) => path);
    assert.deepEqual(
      paths({ ...DEFAULT_SAMPLE_TABLE, frequency: { ...DEFAULT_SAMPLE_TABLE.frequency, weekly: 0 } }),
      ['frequency.weekly'],
    );
    assert.deepEqual(
      paths({ ...DEFAULT_SAMPLE_TABLE, frequency: { ...DEFAULT_SAMPLE_TABLE.frequency, daily: 2.5 } }),
      ['frequency.daily'],
    );
    assert.deepEqual(
      paths({ ...DEFAULT_SAMPLE_TABLE, frequency: { ...DEFAULT_SAMPLE_TABLE.frequency, monthly: 'some' } }),
      ['frequency.monthly'],
    );
    assert.deepEqual(paths(withEvent([{ up_to: 10, size: -3 }, { size: 25 }])), ['event.0.size']);
  });

  it('refuses a missing or misspelt row, with its path', () => {
    const { monthly: _, ...noMonthly } = DEFAULT_SAMPLE_TABLE.frequency;
    assert.deepEqual(
      issues({ ...DEFAULT_SAMPLE_TABLE, frequency: noMonthly }).map(([path]) => path),
      ['frequency.monthly'],
    );
    const typo = issues({
      ...DEFAULT_SAMPLE_TABLE,
      frequency: { ...DEFAULT_SAMPLE_TABLE.frequency, wekly: 5 },
    });
    assert.deepEqual(
      typo.map(([path]) => path),
      ['frequency'],
    );
    assert.match(typo[0]![1], /wekly/);
    // The misspelt key is named, and the band is then also missing its up_to.
    assert.deepEqual(issues(withEvent([{ upto: 10, size: 'all' }, { size: 25 }])), [
      ['event.0', 'Unrecognized key: "upto"'],
      ['event.0.up_to', 'only the last band may omit up_to'],
    ]);
  });

  it('refuses event bands that do not end open or do not grow, with the band at fault', () => {
    assert.deepEqual(issues(withEvent([])), [['event', 'Too small: expected array to have >=1 items']]);
    assert.deepEqual(
      issues(
        withEvent([
          { up_to: 10, size: 'all' },
          { up_to: 50, size: 8 },
        ]),
      ),
      [['event.1.up_to', 'the last band must not have up_to: it takes every larger population']],
    );
    assert.deepEqual(issues(withEvent([{ up_to: 10, size: 'all' }, { size: 8 }, { size: 25 }])), [
      ['event.1.up_to', 'only the last band may omit up_to'],
    ]);
    assert.deepEqual(issues(withEvent([{ up_to: 50, size: 'all' }, { up_to: 50, size: 8 }, { size: 25 }])), [
      ['event.1.up_to', "must be larger than the previous band's up_to (50)"],
    ]);
    assert.deepEqual(
      issues(
        withEvent([{ up_to: 50, size: 'all' }, { up_to: 20, size: 8 }, { up_to: 30, size: 9 }, { size: 25 }]),
      ),
      [['event.1.up_to', "must be larger than the previous band's up_to (50)"]],
    );
  });
});
