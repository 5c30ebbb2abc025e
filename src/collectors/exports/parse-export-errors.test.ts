import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EvidentError } from '../../core/errors.ts';
import { type ParseExportOptions, parseExport } from './parse-export.ts';

const REVIEW = 'system,reviewer,completed_at,user,access,decision,remediated_at';

/** The error message of a rejected export (fails the test when it is accepted or fails otherwise). */
function rejected(
  format: string,
  text: string | Uint8Array,
  file = 'review.csv',
  options?: ParseExportOptions,
) {
  try {
    parseExport(format, text, file, options);
  } catch (e) {
    assert.ok(e instanceof EvidentError, `an EvidentError, not ${String(e)}`);
    assert.equal(e.code, 'bad_input');
    return e;
  }
  assert.fail('the export was accepted');
}
const message = (...args: Parameters<typeof rejected>) => rejected(...args).message;

describe('parseExport rejects a bad export naming the file, the row and the column', () => {
  it('a missing required column, named with what it holds', () => {
    assert.equal(
      message(
        'csv:access_review',
        'system,reviewer,completed_at,user,access\naws,Ann,2026-01-01,bob,admin\n',
      ),
      'review.csv: row 1, column "decision": missing required column (the reviewer’s decision)',
    );
  });

  it('an unknown column is an error, with the closest known column suggested', () => {
    const m = message('csv:access_review', `${REVIEW.replace('access', 'Acess')},ticket\n`);
    assert.match(m, /^review\.csv: 3 problems, nothing was imported\n/);
    assert.match(
      m,
      /\n {2}review\.csv: row 1, column "Acess": unknown column \(did you mean "access"\?\); the access_review columns are system, reviewer, completed_at, user, access, decision, remediated_at\n/,
    );
    assert.match(
      m,
      /\n {2}review\.csv: row 1, column "ticket": unknown column; the access_review columns are /,
    );
    assert.match(m, /\n {2}review\.csv: row 1, column "access": missing required column/);
  });

  it('a bad date: the row as a spreadsheet numbers it, the column and what was expected', () => {
    const text = `${REVIEW}\naws,Ann,2026-02-03,bob,admin,keep,\naws,Ann,2026-02-30,carl,admin,keep,\n`;
    assert.equal(
      message('csv:access_review', text),
      'review.csv: row 3, column "completed_at": expected a date YYYY-MM-DD or a date-time with a time zone, e.g. 2026-03-02T14:30:00Z or 2026-03-02T16:30:00+02:00; got "2026-02-30"',
    );
    assert.equal(
      message('csv:personnel', 'person,email,start_date\nAnn,ann@x.io,03/01/2024\n', 'hr.csv'),
      'hr.csv: row 2, column "start_date": expected a calendar date YYYY-MM-DD, got "03/01/2024"',
    );
  });

  it('a date-time without a time zone, and one that is not a real time', () => {
    assert.equal(
      message('csv:incident', 'id,title,severity,opened_at\nINC-1,Outage,high,2026-03-01 14:30\n', 'inc.csv'),
      'inc.csv: row 2, column "opened_at": "2026-03-01 14:30" has no time zone: add Z (UTC) or an offset like +02:00',
    );
    assert.match(
      message(
        'csv:incident',
        'id,title,severity,opened_at\nINC-1,Outage,high,2026-03-01T24:10:00Z\n',
        'inc.csv',
      ),
      /^inc\.csv: row 2, column "opened_at": expected a date .*; got "2026-03-01T24:10:00Z", which is not a real date or time$/,
    );
  });

  it('a bad enum lists the allowed values (case is ignored)', () => {
    const text = `${REVIEW}\naws,Ann,2026-02-03,bob,admin,Approve,\n`;
    assert.equal(
      message('csv:access_review', text),
      'review.csv: row 2, column "decision": expected one of keep, revoke, modify; got "Approve"',
    );
    assert.equal(
      message('csv:incident', 'id,title,severity,opened_at\nINC-1,Outage,SEV1,2026-03-01\n', 'inc.csv'),
      'inc.csv: row 2, column "severity": expected one of critical, high, medium, low; got "SEV1"',
    );
  });

  it('bad booleans, numbers and counts', () => {
    const pentest =
      'firm,independent,completed_at,findings_critical,findings_high,findings_medium,findings_low';
    const m = message('csv:pentest', `${pentest}\nNCC,maybe,2026-01-05,0,1.5,-2,3\n`, 'pt.csv');
    assert.equal(
      m,
      [
        'pt.csv: 3 problems, nothing was imported',
        '  pt.csv: row 2, column "independent": expected one of true, yes, y, 1, false, no, n, 0; got "maybe"',
        '  pt.csv: row 2, column "findings_high": expected a whole number 0 or more, got "1.5"',
        '  pt.csv: row 2, column "findings_medium": expected a whole number 0 or more, got "-2"',
      ].join('\n'),
    );
    assert.equal(
      message(
        'csv:capacity_check',
        'performed_at,name,utilization_pct,threshold_pct\n2026-03-01,db,1e3,120\n',
        'c.csv',
      ),
      [
        'c.csv: 2 problems, nothing was imported',
        '  c.csv: row 2, column "utilization_pct": expected a number 0 or more (digits and a "." only), got "1e3"',
        '  c.csv: row 2, column "threshold_pct": expected a number 0 or more and at most 100 (digits and a "." only), got "120"',
      ].join('\n'),
    );
  });

  it('an empty required value', () => {
    assert.equal(
      message('csv:access_review', `${REVIEW}\naws,  ,2026-02-03,bob,admin,keep,\n`),
      'review.csv: row 2, column "reviewer": a value is required here',
    );
  });

  it('counts rows as a spreadsheet does when values span lines or rows are blank', () => {
    const text = `${REVIEW}\naws,Ann,2026-02-03,bob,"admin,\nbilling",keep,\n\naws,Ann,2026-02-03,carl,admin,nope,\n`;
    assert.equal(
      message('csv:access_review', text),
      'review.csv: row 4 (line 5), column "decision": expected one of keep, revoke, modify; got "nope"',
    );
  });

  it('a row with more or fewer values than the header', () => {
    assert.equal(
      message('csv:access_review', `${REVIEW}\naws,Ann,2026-02-03,bob,admin,billing,keep,\n`),
      'review.csv: row 2: 8 values, but the header names 7 columns (a value containing a comma must be in double quotes)',
    );
  });

  it('CSV syntax errors, with the column they are in', () => {
    assert.equal(
      message('csv:access_review', `${REVIEW}\naws,Ann,2026-02-03,bob,"admin,keep,\n`),
      'review.csv: row 2, column "access": a quoted value is never closed (its opening quote is here)',
    );
    assert.equal(
      message('csv:access_review', `${REVIEW}\naws,Ann,2026-02-03,bob,12" screen,keep,\n`),
      'review.csv: row 2, column "access": a quote inside an unquoted value (quote the whole value and double the quote)',
    );
    assert.equal(
      message('csv:access_review', `"system"x,reviewer\n`),
      'review.csv: row 1, field 1: text after a closing quote (a quote inside a quoted value must be doubled: "")',
    );
  });

  it('header problems: an empty file, a nameless column, a column given twice', () => {
    assert.equal(
      message('csv:incident', '\uFEFF', 'inc.csv'),
      'inc.csv: row 1: the file is empty: expected a header row naming the columns',
    );
    assert.equal(
      message('csv:incident', 'id,title,,severity,opened_at,title\n', 'inc.csv'),
      [
        'inc.csv: 2 problems, nothing was imported',
        '  inc.csv: row 1, field 3: a column has no name',
        '  inc.csv: row 1, column "title": the column appears twice (fields 2 and 6)',
      ].join('\n'),
    );
  });

  it('snapshot rows that disagree on as_of', () => {
    const text =
      'name,target,enabled,as_of\nCPU,api,true,2026-03-01\nDisk,db,true,2026-03-01\nLag,db,true,2026-03-02\n';
    assert.equal(
      message('csv:alert_rules', text, 'rules.csv'),
      'rules.csv: row 4, column "as_of": every row must give the same as_of; row 2 gives 2026-03-01, this row 2026-03-02',
    );
  });

  it('half a SOC 2 report in a vendor assessment', () => {
    const text =
      'vendor,tier,assessed_at,soc2_report_period_end,soc2_report_opinion\nZendesk,high,2026-02-17,2025-12-31,\n';
    assert.equal(
      message('csv:vendor_assessment', text, 'vendors.csv'),
      'vendors.csv: row 2, column "soc2_report_opinion": required when soc2_report_period_end is given',
    );
  });

  it('an overlong subject', () => {
    assert.equal(
      message(
        'csv:training_record',
        `person,course,completed_at\n${'x'.repeat(501)},Security,2026-01-01\n`,
        't.csv',
      ),
      't.csv: row 2, column "person": at most 500 characters (it names the record\'s subject)',
    );
  });

  it('lists at most 20 problems, and every problem carries its file and column', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `aws,Ann,2026-02-03,u${i},admin,maybe,`).join('\n');
    const e = rejected('csv:access_review', `${REVIEW}\n${rows}\n`);
    assert.match(e.message, /^review\.csv: 25 problems, nothing was imported \(showing the first 20\)\n/);
    assert.equal(e.message.split('\n').length, 21);
    assert.equal(e.problems.length, 20);
    assert.deepEqual(e.problems[0]?.position, { file: 'review.csv', line: 2, path: 'decision' });
    assert.match(e.message, /row 21, column "decision"/);
  });

  it('JSON: not JSON, not an array, an item that is no object, a nested value, an unknown key', () => {
    assert.match(message('json:incident', '[{', 'inc.json'), /^inc\.json: not JSON: /);
    assert.equal(
      message('json:incident', '{"id": "INC-1"}', 'inc.json'),
      'inc.json: expected a JSON array of objects, one per row',
    );
    assert.equal(
      message(
        'json:incident',
        '[{"id":"INC-1","title":"x","severity":"low","opened_at":"2026-01-01"}, 7]',
        'inc.json',
      ),
      'inc.json: item 2: expected an object whose keys are the column names',
    );
    assert.equal(
      message(
        'json:incident',
        '[{"id":"INC-1","title":{"en":"x"},"severity":"low","opened_at":"2026-01-01"}]',
        'inc.json',
      ),
      'inc.json: item 1, column "title": expected text, a number, true/false, null or a list of text',
    );
    assert.equal(
      message(
        'json:incident',
        '[{"id":"INC-1","title":"x","severity":"low","opened_at":"2026-01-01","sev":1}]',
        'inc.json',
      ),
      'inc.json: column "sev": unknown column; the incident columns are id, title, severity, opened_at, resolved_at, resolution, postmortem',
    );
    assert.equal(
      message(
        'json:incident',
        '[{"id":"INC-1","title":["a","b"],"severity":"low","opened_at":"2026-01-01"}]',
        'inc.json',
      ),
      'inc.json: item 1, column "title": expected a single value, not a list',
    );
  });

  it('an unknown format, a bad as-of time, bytes that are not UTF-8', () => {
    assert.match(
      message('csv:access_reviews', `${REVIEW}\n`),
      /^unknown export format "csv:access_reviews" \(supported: csv:access_review, csv:training_record, .*json:alert_rules\)$/,
    );
    assert.match(message('xlsx:incident', ''), /^unknown export format "xlsx:incident"/);
    assert.equal(
      message('csv:personnel', 'person,email,start_date\n', 'hr.csv', { asOf: '2026-04-01T10:00' }),
      'as-of time: "2026-04-01T10:00" has no time zone: add Z (UTC) or an offset like +02:00',
    );
    const latin1 = Uint8Array.from([
      ...Buffer.from('person,course,completed_at\nJos'),
      0xe9,
      ...Buffer.from(',S,2026-01-01\n'),
    ]);
    assert.equal(
      message('csv:training_record', latin1, 'lms.csv'),
      'lms.csv: not UTF-8 text (save the export as "CSV UTF-8")',
    );
  });

  it('bytes given are kept as the raw file byte for byte', () => {
    const bytes = new Uint8Array(
      Buffer.from('\uFEFFperson,course,completed_at\r\nJosé,Security,2026-01-01\r\n'),
    );
    const [item] = parseExport('csv:training_record', bytes, 'lms.csv');
    assert.equal(item?.draft.subject, 'José');
    assert.equal(item?.files?.[0]?.bytes, bytes);
  });
});
