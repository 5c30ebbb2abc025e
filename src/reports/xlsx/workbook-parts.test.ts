import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { ZipFile } from 'yazl';
import { reportFixture } from '../report-fixture.ts';
import { packageParts } from './package-parts.ts';
import type { Part } from './part.ts';
import { stripIllegalXml } from './strip-illegal-xml.ts';
import { workbookParts } from './workbook-parts.ts';

type Value = string | number | null;
type Read = {
  parts: string[];
  overrides: [string, string][];
  rootRels: string[];
  workbookRels: string[];
  core: { title: string; creator: string; created: string };
  sheets: { name: string; frozen: string; filter: string; rows: Value[][] }[];
};

// Python's expat parser is strict XML 1.0: parseString raises on any part that is not well-formed.
// Strings are read the way Excel reads ST_Xstring: `_xHHHH_` decoded (ECMA-376 Part 1 §22.9.2.19).
// One Python process reads every workbook of this file: each comes as a 4-byte big-endian length and
// the .xlsx bytes, and goes back as one JSON line, {"read": …} or {"error": "<traceback>"}.
const READER = `
import io, json, posixpath, re, struct, sys, traceback, zipfile
from xml.dom import minidom
def text(node): return ''.join(t.data for t in node.childNodes if t.nodeType == t.TEXT_NODE)
def xs(s): return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), s)
def tags(doc, tag): return doc.getElementsByTagName(tag)
def first(doc, tag): return text(tags(doc, tag)[0]) if tags(doc, tag) else ''
def col(ref):
    n = 0
    for ch in re.match('[A-Z]+', ref).group(0): n = n * 26 + ord(ch) - 64
    return n - 1
def read(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    docs = {n: minidom.parseString(z.read(n)) for n in z.namelist()}
    rels = {r.getAttribute('Id'): r.getAttribute('Target') for r in tags(docs['xl/_rels/workbook.xml.rels'], 'Relationship')}
    sheets = []
    for s in tags(docs['xl/workbook.xml'], 'sheet'):
        doc = docs[posixpath.join('xl', rels[s.getAttribute('r:id')])]
        rows = []
        for row in tags(doc, 'row'):
            cells = []
            for c in tags(row, 'c'):
                while len(cells) < col(c.getAttribute('r')): cells.append(None)
                if c.getAttribute('t') == 'inlineStr': cells.append(xs(''.join(text(t) for t in tags(c, 't'))))
                else: cells.append(float(first(c, 'v')))
            rows.append(cells)
        pane = tags(doc, 'pane')
        sheets.append({'name': xs(s.getAttribute('name')), 'rows': rows,
            'frozen': pane[0].getAttribute('state') if pane else '',
            'filter': tags(doc, 'autoFilter')[0].getAttribute('ref') if tags(doc, 'autoFilter') else ''})
    core = docs['docProps/core.xml']
    return {'parts': z.namelist(), 'sheets': sheets,
        'overrides': [[o.getAttribute('PartName'), o.getAttribute('ContentType')] for o in tags(docs['[Content_Types].xml'], 'Override')],
        'rootRels': [r.getAttribute('Target') for r in tags(docs['_rels/.rels'], 'Relationship')],
        'workbookRels': list(rels.values()),
        'core': {'title': first(core, 'dc:title'), 'creator': first(core, 'dc:creator'), 'created': first(core, 'dcterms:created')}}
while True:
    head = sys.stdin.buffer.read(4)
    if len(head) < 4: break
    data = sys.stdin.buffer.read(struct.unpack('>I', head)[0])
    try: answer = {'read': read(data)}
    except Exception: answer = {'error': traceback.format_exc()}
    print(json.dumps(answer), flush=True)
`;

let python: { child: ChildProcessWithoutNullStreams; answers: AsyncIterator<string> } | undefined;
after(() => python?.child.stdin.end());

/** Sends one .xlsx to the Python reader and waits for its answer (one at a time, in order). */
async function pythonRead(xlsx: Buffer): Promise<Read> {
  if (!python) {
    const child = spawn('python3', ['-c', READER]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => {
      if (code) process.stderr.write(`the Python reader exited with ${code}:\n${stderr}`);
    });
    python = { child, answers: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
  }
  const head = Buffer.alloc(4);
  head.writeUInt32BE(xlsx.length);
  python.child.stdin.write(Buffer.concat([head, xlsx]));
  const line = await python.answers.next();
  assert.ok(!line.done, 'the Python reader ended without an answer');
  const answer = JSON.parse(line.value) as { read?: Read; error?: string };
  assert.equal(answer.error, undefined, answer.error);
  return answer.read as Read;
}

/** Zips the parts as the app layer does (yazl), then opens the real .xlsx with Python's zipfile. */
async function readBack(parts: Part[]): Promise<Read> {
  const zip = new ZipFile();
  for (const p of parts) zip.addBuffer(Buffer.from(p.data, 'utf8'), p.path, { mtime: new Date(0) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return pythonRead(Buffer.concat(chunks));
}

const sheetOf = (read: Read, name: string) => {
  const sheet = read.sheets.find((s) => s.name === name);
  assert.ok(sheet, `sheet ${name} is missing`);
  return { header: sheet.rows[0] ?? [], rows: sheet.rows.slice(1) };
};
const excelDay = (serial: Value) =>
  new Date(Date.UTC(1899, 11, 30) + Number(serial) * 86_400_000).toISOString().slice(0, 10);

describe('workbookParts', () => {
  it('holds every sheet with its header row, frozen and filtered', async () => {
    const read = await readBack(workbookParts(reportFixture()));
    assert.deepEqual(
      read.sheets.map((s) => s.name),
      ['Summary', 'Controls matrix', 'Exceptions', 'Populations', 'Samples', 'Criteria'],
    );
    assert.deepEqual(sheetOf(read, 'Exceptions').header, [
      'Control',
      'Slot or item',
      'Reason',
      'Evidence ids',
    ]);
    assert.deepEqual(sheetOf(read, 'Criteria').header, [
      'Criterion',
      'Title',
      'Category',
      'Status',
      'Controls',
    ]);
    for (const header of [['Control', 'Criteria', 'ISO 27001 refs', 'Exceptions', 'Management response']])
      for (const h of header) assert.ok(sheetOf(read, 'Controls matrix').header.includes(h), h);
    assert.ok(sheetOf(read, 'Samples').header.includes('Population SHA-256'));
    assert.ok(sheetOf(read, 'Populations').header.includes('Evidence ids'));
    for (const s of read.sheets) {
      assert.equal(s.frozen, 'frozen', s.name);
      assert.match(s.filter, new RegExp(`^A1:[A-Z]+${s.rows.length}$`), s.name);
    }
  });

  it('lists every control, exception, population unit and sample item of the model', async () => {
    const model = reportFixture();
    const read = await readBack(workbookParts(model));
    const matrix = sheetOf(read, 'Controls matrix');
    const col = (name: string) => matrix.header.indexOf(name);
    assert.deepEqual(
      matrix.rows.map((r) => [r[0], r[col('Exceptions')], r[col('Status')]]),
      model.controls.map((c) => [c.id, c.exceptions.length, c.status.replace(/_/g, ' ')]),
    );
    const tls = matrix.rows.find((r) => r[0] === 'encryption-in-transit');
    assert.equal(tls?.[col('Exceptions')], 7);
    assert.equal(
      matrix.rows.find((r) => r[0] === 'access-review')?.[col('Parameters')],
      'remediation_days=14',
    );
    const exceptions = sheetOf(read, 'Exceptions').rows;
    assert.equal(exceptions.length, model.summary.exceptions);
    const change = exceptions.find((r) => r[0] === 'change-approval');
    assert.match(String(change?.[3]), /^[0-9a-f]{64}$/);
    const population = sheetOf(read, 'Populations').rows;
    assert.equal(
      population.length,
      model.controls.reduce((n, c) => n + c.population.length, 0),
    );
    const firstScan = model.controls.find((c) => c.id === 'vuln-scan')?.population[0];
    const scanRow = population.find((r) => r[0] === 'vuln-scan' && r[1] === firstScan?.label);
    assert.equal(excelDay(scanRow?.[2] ?? null), firstScan?.start);
    const samples = sheetOf(read, 'Samples').rows;
    assert.equal(
      samples.length,
      model.controls.reduce((n, c) => n + (c.sample?.items.length ?? 0), 0),
    );
    assert.equal(sheetOf(read, 'Criteria').rows.length, model.criteria.length);
  });

  it('declares each worksheet once and relates only to parts that exist', async () => {
    const parts = workbookParts(reportFixture());
    const paths = parts.map((p) => p.path);
    const read = await readBack(parts);
    const worksheets = paths.filter((p) => p.startsWith('xl/worksheets/'));
    assert.equal(worksheets.length, 6);
    for (const w of worksheets)
      assert.equal(read.overrides.filter(([name]) => name === `/${w}`).length, 1, w);
    for (const [name] of read.overrides) assert.ok(paths.includes(name.slice(1)), name);
    for (const t of read.workbookRels) assert.ok(paths.includes(`xl/${t}`), t);
    for (const t of read.rootRels) assert.ok(paths.includes(t), t);
    assert.equal(read.core.creator, 'Evident');
    assert.equal(read.core.created, '2027-01-15T10:00:00Z');
    assert.match(read.core.title, /Example Cloud Ltd/);
  });

  it('keeps markup characters and drops only what XML 1.0 cannot carry', async () => {
    const model = reportFixture();
    const nasty = `<&>"' tab\there\r\nnext \u0001\u0008\u000b\u001f \uD800 \uFFFE\uFFFF _x0041_ 😀 end `;
    const target = model.controls[0];
    assert.ok(target);
    target.management_response = nasty;
    const read = await readBack(workbookParts(model));
    const matrix = sheetOf(read, 'Controls matrix');
    const row = matrix.rows.find((r) => r[0] === target.id);
    assert.equal(
      row?.[matrix.header.indexOf('Management response')],
      `<&>"' tab\there\r\nnext    _x0041_ 😀 end `,
    );
  });

  it('cuts a cell beyond 32,767 characters and says so', async () => {
    const model = reportFixture();
    const target = model.controls[1];
    assert.ok(target);
    target.result = 'x'.repeat(40_000);
    const read = await readBack(workbookParts(model));
    const matrix = sheetOf(read, 'Controls matrix');
    const cell = String(matrix.rows.find((r) => r[0] === target.id)?.[matrix.header.indexOf('Result')]);
    assert.equal(cell.length, 32_767);
    assert.match(cell, /^x+… \[truncated: 40000 characters in full\]$/);
  });

  it('reads back any text as written, minus only characters illegal in XML', async () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 1 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('<', '&', '>', '"', '\r', '\r\n', ' ', '_x0041_', '_x005F_', ']]>'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit, maxLength: 40 }), { minLength: 1, maxLength: 100 }),
        async (texts) => {
          const sheet = { name: 'Text', columns: [{ header: 'Text' }], rows: texts.map((t) => [t]) };
          const read = await readBack(packageParts([sheet], { title: 'T', created: '2026-01-01T00:00:00Z' }));
          const back = sheetOf(read, 'Text').rows.map((r) => r[0] ?? '');
          assert.deepEqual(back, texts.map(stripIllegalXml));
        },
      ),
      { numRuns: 10 },
    );
  });

  it('cleans sheet names Excel would refuse and rejects duplicates', async () => {
    const sheet = (name: string) => ({ name, columns: [{ header: 'A' }], rows: [] });
    const read = await readBack(
      packageParts([sheet("'Q1: [draft]/*?'"), sheet('A name far longer than thirty-one characters')], {
        title: 'T',
        created: '2026-01-01T00:00:00Z',
      }),
    );
    assert.deepEqual(
      read.sheets.map((s) => s.name),
      ['Q1 draft', 'A name far longer than thirty-o'],
    );
    assert.throws(() => packageParts([sheet('Data'), sheet('DATA')], { title: 'T', created: '' }), /DATA/);
  });
});
