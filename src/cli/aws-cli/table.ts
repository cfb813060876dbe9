// `--output table`: a port of the AWS CLI's TableFormatter (awscli/formatter.py), which lays a
// response out as sections — the operation name as the first title, each nested object or
// list its own indented section — and of the MultiTable that draws them (awscli/table.py):
// columns as wide as their widest cell plus four, every section stretched to the widest one,
// and, when that is wider than the terminal (80 columns when stdout is not one), one-row
// sections turned into key/value pairs.
import type { Plain } from './output.js';
import { textWidth } from './east-asian-width.js';
import { GeneralError } from './values.js';

export interface TableOptions {
  /** colour row values and indentation bars as awscli's ColorizedStyler (under colorama) does */
  color: boolean;
  /** the width past which one-row sections turn vertical */
  terminalWidth: number;
}

type Dict = { [k: string]: Plain };

interface Section {
  /** null for the untitled sections of a list nested in a list (Python's None) */
  title: string | null;
  headers: string[];
  rows: string[][];
  indentLevel: number;
  numCols?: number;
  maxWidths: number[];
}

const isDict = (v: Plain): v is Dict => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: Plain): boolean => v === null || typeof v !== 'object';

/** Python's truthiness: None, False, 0, '' and empty containers are false. */
function falsy(v: Plain): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (isDict(v)) return Object.keys(v).length === 0;
  return v === null || v === false || v === 0 || v === '';
}

/** Python's sorted() of strings: by code point, not by UTF-16 unit. */
function pySorted(keys: Iterable<string>): string[] {
  const points = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
  return [...keys].sort((a, b) => {
    const [x, y] = [points(a), points(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
}

/** Python's repr() of a float that is not integral: exponent form below 1e-4. */
function floatRepr(n: number): string {
  if (Math.abs(n) >= 1e-4) return String(n);
  const [digits, exponent] = n.toExponential().split('e');
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${digits}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

function stringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const escaped = Array.from(s, (c) => {
    const code = c.codePointAt(0)!;
    if (c === '\\' || c === quote) return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    if (code < 0x20 || (code >= 0x7f && code < 0xa1) || code === 0xad) return `\\x${code.toString(16).padStart(2, '0')}`;
    return c;
  }).join('');
  return `${quote}${escaped}${quote}`;
}

function pyRepr(v: Plain): string {
  if (typeof v === 'string') return stringRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (isDict(v)) return `{${Object.entries(v).map(([k, x]) => `${stringRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  return pyStr(v);
}

/** Python's str() of a cell value, as Section.add_row applies it. */
function pyStr(v: Plain): string {
  if (typeof v === 'string') return v;
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatRepr(v);
  return pyRepr(v);
}

/** The Python type name in the errors the AWS CLI prints when a value cannot be tabled. */
function pyType(v: Plain): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  return Array.isArray(v) ? 'list' : 'dict';
}

// --- the sections (awscli/table.py Section) ----------------------------------------------

function newSection(title: string | null, indentLevel: number): Section {
  return { title, headers: [], rows: [], indentLevel, maxWidths: [] };
}

function updateMaxWidths(section: Section, cells: string[]): void {
  if (section.maxWidths.length === 0) {
    section.maxWidths = cells.map(textWidth);
    return;
  }
  cells.forEach((cell, i) => {
    if (i >= section.maxWidths.length) throw new GeneralError('list index out of range');
    section.maxWidths[i] = Math.max(textWidth(cell), section.maxWidths[i]);
  });
}

function addHeader(section: Section, headers: string[]): void {
  updateMaxWidths(section, headers);
  section.numCols ??= headers.length;
  section.headers = headers;
}

function addRow(section: Section, row: Plain[]): void {
  section.numCols ??= row.length;
  if (row.length !== section.numCols) throw new GeneralError(`Row should have ${section.numCols} elements, instead it has ${row.length}`);
  const cells = row.map(pyStr);
  section.rows.push(cells);
  updateMaxWidths(section, cells);
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest !== 0.5) return rest < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Column widths with padding, stretched to maxWidth in proportion when one is given. */
function columnWidths(section: Section, padding: number, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((w) => w + padding);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const scale = maxWidth / sum(unscaled);
  const scaled = unscaled.map((w) => roundHalfEven(scale * w));
  // rounding leaves the sum off by a little: take from the first columns, give to the last ones
  let offBy = sum(scaled) - maxWidth;
  while (offBy !== 0) {
    const order = scaled.map((_, i) => i);
    if (offBy < 0) order.reverse();
    for (const i of order) {
      if (offBy > 0) {
        scaled[i] -= 1;
        offBy -= 1;
      } else {
        scaled[i] += 1;
        offBy += 1;
      }
      if (offBy === 0) break;
    }
  }
  return scaled;
}

/** A section's natural width: its columns padded by 4, its border and its indentation bars. */
function totalWidth(section: Section): number {
  const outer = section.indentLevel * 2;
  const columns = sum(columnWidths(section, 4)) + 2 + outer;
  return Math.max(textWidth(section.title ?? 'None') + 2 + outer, columns);
}

/** One-row sections with headers become two-column header/value sections. */
function toVertical(sections: Section[]): Section[] {
  return sections.map((section) => {
    if (section.rows.length !== 1 || section.headers.length === 0) return section;
    const vertical = newSection(section.title, section.indentLevel);
    section.headers.forEach((header, i) => {
      if (i < section.rows[0].length) addRow(vertical, [header, section.rows[0][i]]);
    });
    return vertical;
  });
}

// --- building the sections from the response (awscli/formatter.py TableFormatter) ----------

class TableBuilder {
  readonly sections: Section[] = [];
  private current?: Section;

  private section(): Section {
    // awscli has no section before the first title; every build starts with one
    if (!this.current) throw new GeneralError("'NoneType' object has no attribute 'add_row'");
    return this.current;
  }

  private newSection(title: string | null, indentLevel: number): void {
    this.current = newSection(title, indentLevel);
    this.sections.push(this.current);
  }

  build(title: string | null, value: Plain, indentLevel = 0): boolean {
    if (falsy(value)) return false;
    if (title !== null) this.newSection(title, indentLevel);
    if (Array.isArray(value)) {
      if (isDict(value[0])) this.fromList(value, indentLevel, title);
      else {
        for (const item of value) {
          if (isScalar(item)) addRow(this.section(), [item]);
          // iterating a dict gives its keys: all scalars, so a dict makes a row of its keys
          else if (isDict(item)) addRow(this.section(), Object.keys(item));
          else if (Array.isArray(item) && item.every(isScalar)) addRow(this.section(), item);
          else this.build(null, item);
        }
      }
    }
    if (isDict(value)) this.fromDict(value, indentLevel);
    return true;
  }

  private fromDict(dict: Dict, indentLevel: number): void {
    const [headers, more] = groupScalarKeys(dict);
    if (headers.length === 1) addRow(this.section(), [headers[0], dict[headers[0]]]);
    else if (headers.length > 0) {
      addHeader(this.section(), headers);
      addRow(this.section(), headers.map((k) => dict[k]));
    }
    for (const key of more) this.build(key, dict[key], indentLevel + 1);
  }

  private fromList(list: Plain[], indentLevel: number, title: string | null): void {
    const dicts = list.map((item) => {
      if (isDict(item)) return item;
      throw new GeneralError(typeof item === 'string' ? "string indices must be integers, not 'str'" : `'${pyType(item)}' object is not iterable`);
    });
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const dict of dicts) {
      const [headers, more] = groupScalarKeys(dict);
      headers.forEach((h) => headerSet.add(h));
      more.forEach((m) => moreSet.add(m));
    }
    const headers = pySorted(headerSet);
    const more = pySorted(moreSet);
    addHeader(this.section(), headers);
    dicts.forEach((dict, i) => {
      if (i > 0 && more.length > 0) {
        this.newSection(title, indentLevel);
        addHeader(this.section(), headers);
      }
      // an element may lack some of the keys the others have
      addRow(this.section(), headers.map((h) => (Object.hasOwn(dict, h) ? dict[h] : '')));
      for (const key of more) if (Object.hasOwn(dict, key)) this.build(key, dict[key], indentLevel + 1);
    });
  }
}

/** The keys with scalar values (the header row) and the others (sub-tables), each sorted. */
function groupScalarKeys(dict: Dict): [string[], string[]] {
  const keys = Object.keys(dict);
  return [pySorted(keys.filter((k) => isScalar(dict[k]))), pySorted(keys.filter((k) => !isScalar(dict[k])))];
}

// --- drawing (awscli/table.py MultiTable) --------------------------------------------------

// colorama's codes; colorama's autoreset also ends every write to stdout with RESET
const RESET = '\x1b[0m';
const ROW_STYLE = '\x1b[1m\x1b[34m';
const INDENT_STYLE = '\x1b[2m\x1b[33m';

/** `|   text   |`: text centred in length columns, edges included. */
function centerText(text: string, length: number, leftEdge: string, rightEdge: string, textLength = textWidth(text)): string {
  const charStart = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const lengthSoFar = textWidth(leftEdge) + charStart + textLength;
  const rightSpaces = length - textWidth(rightEdge) - lengthSoFar;
  return `${leftEdge}${' '.repeat(Math.max(0, charStart))}${text}${' '.repeat(Math.max(0, rightSpaces))}${rightEdge}`;
}

/** `|  text     |`: two spaces of padding when the text leaves room for them. */
function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string, textLength = textWidth(text)): string {
  const padding = length - (textLength + 2 + textWidth(leftEdge) + textWidth(rightEdge)) >= 0 ? 2 : 0;
  const soFar = leftEdge.length + padding + textLength;
  return `${leftEdge}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - soFar - rightEdge.length))}${rightEdge}`;
}

function lineBreak(widths: number[]): string {
  return `${widths.map((w, i) => (i === 0 ? `+${'-'.repeat(Math.max(0, w - 2))}+` : `${'-'.repeat(Math.max(0, w - 1))}+`)).join('')}\n`;
}

function render(built: Section[], options: TableOptions): string {
  let sections = built;
  const maxWidthOf = () => Math.max(...sections.map(totalWidth));
  let maxWidth = maxWidthOf();
  if (maxWidth > options.terminalWidth) {
    sections = toVertical(sections);
    maxWidth = maxWidthOf();
  }
  const writes: string[] = [`${'-'.repeat(maxWidth)}\n`];
  const styleRow = (text: string) => (options.color ? `${ROW_STYLE}${text}${RESET}` : text);
  const bar = options.color ? `${INDENT_STYLE}|${RESET}` : '|';
  for (const section of sections) {
    // each line of a section is framed by one bar per indentation level on either side
    const write = (line: string) => {
      const bars = bar.repeat(section.indentLevel);
      writes.push(bars, line.slice(0, -1), bars, '\n');
    };
    const width = maxWidth - section.indentLevel * 2;
    if (section.title) {
      write(`${centerText(section.title, width, '|', '|')}\n`);
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(Math.max(0, width - 2))}+\n`);
    }
    if (section.headers.length > 0) {
      const widths = columnWidths(section, 4, width);
      const titles = widths.map((w, i) => (i < section.headers.length ? centerText(section.headers[i], w, i === 0 ? '|' : '', '|') : '')).join('');
      write(lineBreak(widths));
      write(`${titles}\n`);
    }
    const widths = columnWidths(section, 4, width);
    if (section.rows.length > 0 && widths.length > 0) {
      write(lineBreak(widths));
      for (const row of section.rows) {
        const cells = widths.map((w, i) => (i < row.length ? alignLeft(styleRow(row[i]), w, i === 0 ? '|' : '', '|', textWidth(row[i])) : ''));
        write(`${cells.join('')}\n`);
      }
      write(lineBreak(widths));
    }
  }
  return options.color ? writes.map((w) => `${w}${RESET}`).join('') : writes.join('');
}

/**
 * The table the AWS CLI prints for a response (or for what --query made of it), titled with
 * the operation's name; nothing for an empty or false value.
 */
export function formatTable(title: string, value: Plain, options: TableOptions): string {
  const builder = new TableBuilder();
  if (!builder.build(title, value)) return '';
  return render(builder.sections, options);
}
