// Printing a response as the AWS CLI v2 does: `--output json` (4-space indent, blobs base64,
// timestamps ISO 8601), `--output text` (the tab-separated layout of awscli/text.py),
// `--output table` (awscli's TableFormatter, in table.ts) and `--output yaml`, after an
// optional JMESPath `--query`.

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

/** Python's datetime.isoformat() of a local-time datetime with its UTC offset. */
export function isoTimestamp(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offsetMin * 60_000);
  const base = local.toISOString().slice(0, 19);
  const micros = date.getUTCMilliseconds() ? `.${String(date.getUTCMilliseconds()).padStart(3, '0')}000` : '';
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${base}${micros}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Blobs become base64 text and timestamps ISO text, as the CLI shows them. */
export function toPlain(value: unknown): Plain {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Date) return isoTimestamp(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toPlain(v)]));
  }
  return value as Plain;
}

// --- text: a port of the algorithm in awscli/text.py -------------------------------------

const isContainer = (v: Plain): boolean => v !== null && typeof v === 'object';

function scalarText(v: Plain): string {
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  return String(v);
}

function formatText(item: Plain, out: string[], identifier?: string, scalarKeys?: string[]): void {
  if (Array.isArray(item)) formatList(item, out, identifier);
  else if (isContainer(item)) formatDict(item as Record<string, Plain>, out, identifier, scalarKeys);
  else out.push(`${scalarText(item)}\n`);
}

function formatList(items: Plain[], out: string[], identifier?: string): void {
  if (items.length === 0) return;
  if (items.some((el) => isContainer(el) && !Array.isArray(el))) {
    const keys = allScalarKeys(items.filter((el) => isContainer(el) && !Array.isArray(el)) as Record<string, Plain>[]);
    for (const el of items) formatText(el, out, identifier, keys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter((el) => !isContainer(el));
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const el of items.filter(isContainer)) formatText(el, out, identifier);
  } else {
    formatScalarList(items, out, identifier);
  }
}

function formatScalarList(items: Plain[], out: string[], identifier?: string): void {
  if (identifier !== undefined) for (const item of items) out.push(`${identifier.toUpperCase()}\t${scalarText(item)}\n`);
  else out.push(`${items.map(scalarText).join('\t')}\n`);
}

function formatDict(dict: Record<string, Plain>, out: string[], identifier?: string, scalarKeys?: string[]): void {
  const scalars: string[] = [];
  const nonScalars: [string, Plain][] = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(dict).sort()) {
      if (isContainer(dict[key])) nonScalars.push([key, dict[key]]);
      else scalars.push(scalarText(dict[key]));
    }
  } else {
    for (const key of scalarKeys) scalars.push(key in dict ? scalarText(dict[key]) : '');
    for (const key of Object.keys(dict).filter((k) => !scalarKeys.includes(k)).sort()) nonScalars.push([key, dict[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nonScalars) formatText(value, out, key);
}

function allScalarKeys(dicts: Record<string, Plain>[]): string[] {
  const keys = new Set<string>();
  for (const d of dicts) for (const [k, v] of Object.entries(d)) if (!isContainer(v)) keys.add(k);
  return [...keys].sort();
}

export type OutputFormat = 'json' | 'text' | 'table' | 'yaml';
export type ColorSetting = 'on' | 'off' | 'auto';

/** What only `--output table` needs: its title, --color and the terminal it prints to. */
export interface TableContext {
  /** the operation's API name (ListKeys), the table's title */
  operation: string;
  color: ColorSetting;
  stdout: { isTTY?: boolean; columns?: number };
}

/**
 * The printed response: --query (JMESPath) applied to the JSON view first, as the AWS CLI
 * does; an empty response without a query prints nothing.
 */
export async function formatOutput(response: Record<string, unknown>, output: OutputFormat, query?: string, table?: TableContext): Promise<string> {
  const plain = toPlain(response);
  if (query === undefined && Object.keys(response).length === 0) return '';
  const result = query === undefined ? plain : await applyQuery(plain, query);
  switch (output) {
    case 'json':
      return `${JSON.stringify(result, null, 4)}\n`;
    case 'text': {
      const out: string[] = [];
      formatText(result, out);
      return out.join('');
    }
    case 'table': {
      // as awscli: colour with --color on, or auto on a terminal; the terminal's own width
      // there, 80 columns when stdout is a pipe or a file
      const tty = table?.stdout.isTTY === true;
      const color = table?.color === 'on' || (table?.color === 'auto' && tty);
      const terminalWidth = tty ? (table?.stdout.columns ?? 80) : 80;
      return (await import('./table.js')).formatTable(table?.operation ?? '', result, { color, terminalWidth });
    }
    case 'yaml':
      return (await import('js-yaml')).dump(result, { lineWidth: -1 });
  }
}

/** A --query the JMESPath grammar refuses: the AWS CLI's usage error. */
export class QueryError extends Error {}

async function applyQuery(data: Plain, query: string): Promise<Plain> {
  const { search } = await import('@metrichor/jmespath');
  try {
    return search(data as never, query) as Plain;
  } catch (e) {
    throw new QueryError(`Bad value for --query ${query}: ${(e as Error).message}`);
  }
}
