/**
 * RFC 8785, JSON Canonicalization Scheme (JCS): one exact serialization per JSON value, so that a
 * hash or signature over it verifies on any platform. Input must already be I-JSON shaped data
 * (RFC 8785 §3.1): plain objects, arrays, strings, finite numbers, booleans and null.
 */

/**
 * Nesting beyond this many arrays and objects is refused with a TypeError. It is above the depth
 * ledger records may have (1000) and uses about a third of Node's default call stack, and it is
 * what turns a cyclic structure into a clear error instead of a stack overflow.
 */
export const MAX_DEPTH = 1024;

/** `String.prototype.isWellFormed` (ES2024, in Node 20) is not in this project's ES2023 lib. */
type WellFormedString = { isWellFormed(): boolean };

/**
 * Raised inside the walk and completed while the stack unwinds: each container frame adds the
 * key it was at, so the happy path never builds a path string.
 */
class Refusal {
  readonly reason: string;
  /** Innermost first: the key inside each container on the way out. */
  readonly keys: (string | number)[] = [];
  /** Innermost first: the container each key belongs to. */
  readonly containers: object[] = [];

  constructor(reason: string) {
    this.reason = reason;
  }
}

/** The RFC 8785 canonical form of `value`, as a string. */
export function canonicalJson(value: unknown): string {
  try {
    return serialize(value, 0);
  } catch (e) {
    if (e instanceof Refusal) throw new TypeError(describeRefusal(e));
    throw e;
  }
}

/** The RFC 8785 canonical form of `value` as the UTF-8 bytes to hash or sign (§3.2.4). */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

function serialize(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value);
    case 'number':
      // §3.2.2.3: ECMAScript Number::toString, which also turns -0 into "0". NaN and the
      // infinities have no JSON form and must be an error.
      if (Number.isFinite(value)) return String(value);
      throw new Refusal(`${value} is not a JSON number (RFC 8785 §3.2.2.3)`);
    case 'boolean':
      // §3.2.2.1
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return serializeArray(value, depth);
      return serializeObject(value, depth);
    case 'undefined':
      throw new Refusal('undefined is not a JSON value');
    default:
      // bigint, symbol, function: JSON has no such value, and silently dropping or coercing one
      // would sign something other than what the caller holds.
      throw new Refusal(`a ${typeof value} is not a JSON value`);
  }
}

/**
 * Strings shorter than this are checked by a scan in JS, which for the short names, ids and
 * enum-like values that fill ledger records is cheaper than calling into JSON.stringify; longer
 * ones go to the native isWellFormed and JSON.stringify, which are faster per character.
 */
const SCAN_LIMIT = 64;

function serializeString(value: string): string {
  if (value.length < SCAN_LIMIT) {
    let plain = true;
    let surrogate = false;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c) plain = false;
      else if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
    }
    if (surrogate) assertWellFormed(value);
    // §3.2.2.2: with no control character, quote or backslash, every code point is "as is".
    return plain ? `"${value}"` : JSON.stringify(value);
  }
  assertWellFormed(value);
  // §3.2.2.2 is ECMA-262 QuoteJSONString, which JSON.stringify implements: \b \t \n \f \r, other
  // C0 controls as lowercase \u00hh, \" and \\, everything else as is.
  return JSON.stringify(value);
}

function assertWellFormed(value: string): void {
  // §3.2.2.2: lone surrogates MUST be an error.
  if (!(value as unknown as WellFormedString).isWellFormed()) {
    throw new Refusal('string contains a lone surrogate (RFC 8785 §3.2.2.2)');
  }
}

/**
 * Member names repeat across records far more than values do, so their quoted form is kept. The
 * cache is bounded, and emptied when full, so that arbitrary keys cannot grow it without end.
 */
const quotedNames = new Map<string, string>();
const QUOTED_NAMES_LIMIT = 4096;

function serializeName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = serializeString(name);
    if (quotedNames.size >= QUOTED_NAMES_LIMIT) quotedNames.clear();
    quotedNames.set(name, quoted);
  }
  return quoted;
}

function serializeArray(array: readonly unknown[], depth: number): string {
  if (depth >= MAX_DEPTH) throw new Refusal(`nesting deeper than ${MAX_DEPTH} levels`);
  let out = '[';
  let i = 0;
  try {
    // §3.2.3: array element order is kept.
    for (; i < array.length; i++) {
      if (i > 0) out += ',';
      out += serialize(array[i], depth + 1);
    }
  } catch (e) {
    throw within(e, i, array);
  }
  return `${out}]`;
}

function serializeObject(object: object, depth: number): string {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) {
    // A Date, Map, class instance or typed array has no single JSON form (a Map would come out
    // as {}); the caller converts it to plain data first so that what is signed is explicit.
    throw new Refusal(`${object.constructor?.name ?? 'object'} is not a plain JSON object`);
  }
  if (depth >= MAX_DEPTH) throw new Refusal(`nesting deeper than ${MAX_DEPTH} levels`);
  // §3.2.3: members sorted by name as arrays of UTF-16 code units. The default sort compares
  // strings by UTF-16 code units, which is exactly that order, with no comparator call per pair.
  const keys = Object.keys(object).sort();
  const record = object as Record<string, unknown>;
  let out = '{';
  let key = '';
  try {
    for (let i = 0; i < keys.length; i++) {
      key = keys[i]!;
      const member = record[key];
      // As JSON.stringify does: a member whose value is undefined is absent.
      if (member === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${serializeName(key)}:${serialize(member, depth + 1)}`;
    }
  } catch (e) {
    throw within(e, key, object);
  }
  return `${out}}`;
}

/** Adds one step of the JSON path to a refusal passing through a container frame. */
function within(e: unknown, key: string | number, container: object): unknown {
  if (e instanceof Refusal) {
    e.keys.push(key);
    e.containers.push(container);
  }
  return e;
}

function describeRefusal(refusal: Refusal): string {
  const keys = refusal.keys.toReversed();
  const containers = refusal.containers.toReversed();
  // A structure too deep to serialize is most often one that contains itself; name the first
  // container met twice, and where, rather than a path thousands of steps long.
  const firstSeen = new Map<object, number>();
  for (let depth = 0; depth < containers.length; depth++) {
    const container = containers[depth]!;
    const earlier = firstSeen.get(container);
    if (earlier !== undefined) {
      return `canonicalJson: ${formatPath(keys.slice(0, depth))} is the same object as its ancestor ${formatPath(keys.slice(0, earlier))} (cyclic structure)`;
    }
    firstSeen.set(container, depth);
  }
  return `canonicalJson: ${formatPath(keys)}: ${refusal.reason}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSONPath such as `$.data.findings[3].cvss`; names that are not identifiers are bracketed.
 * A path too long to read keeps its first and last steps.
 */
export function formatPath(keys: readonly (string | number)[]): string {
  if (keys.length > 32) {
    return `${formatPath(keys.slice(0, 16))}…(${keys.length - 24} more)…${formatPath(keys.slice(-8)).slice(1)}`;
  }
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}
