// The AWS CLI's shorthand syntax (awscli/shorthand.py): `k=v,k2=v2`, csv values `k=a,b`,
// lists `k=[a,b]`, nested `k={a=b}`, quoted values `k="a,b"`, and `\,` for a literal comma.

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

/** Text the shorthand cannot read (awscli's ShorthandParseError); the message is the AWS CLI's. */
export class ShorthandParseError extends Error {}

export class ShorthandSyntaxError extends ShorthandParseError {
  constructor(input: string, expected: string, received: string, index: number) {
    super(`Expected: '${expected}', received: '${received}' for input:\n${input}\n${' '.repeat(index)}^`);
  }
}

/** A key given twice in one hash (awscli's DuplicateKeyInObjectError). */
export class DuplicateKeyError extends ShorthandParseError {
  constructor(input: string, key: string, index: number) {
    super(`Second instance of key "${key}" encountered for input:\n${input}\n${' '.repeat(index)}^\nThis is often because there is a preceding "," instead of a space.`);
  }
}

const KEY_CHAR = /[A-Za-z0-9\-_.#/:]/;

class Parser {
  private i = 0;
  constructor(private readonly input: string) {}

  parse(): Record<string, ShorthandValue> {
    const result = this.keyvals(undefined);
    if (this.i < this.input.length) this.fail(',', this.input[this.i]);
    return result;
  }

  private fail(expected: string, received = this.i < this.input.length ? this.input[this.i] : 'EOF'): never {
    throw new ShorthandSyntaxError(this.input, expected, received, this.i);
  }

  private skipSpace(): void {
    while (this.input[this.i] === ' ' || this.input[this.i] === '\t') this.i++;
  }

  private keyvals(closing: '}' | undefined): Record<string, ShorthandValue> {
    const result: Record<string, ShorthandValue> = {};
    for (let first = true; ; first = false) {
      // white space may follow a comma, but a key may not start with it
      if (!first) this.skipSpace();
      const start = this.i;
      while (this.i < this.input.length && KEY_CHAR.test(this.input[this.i])) this.i++;
      const key = this.input.slice(start, this.i);
      this.skipSpace();
      if (this.input[this.i] !== '=') this.fail('=');
      this.i++;
      if (Object.hasOwn(result, key)) {
        throw new DuplicateKeyError(this.input, key, start);
      }
      // defined, not assigned: `__proto__=x` is a key like any other (an assignment would set the prototype)
      Object.defineProperty(result, key, { value: this.values(closing), enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      // `a=b,,c=d` is read as `a=b,c=d`, as the AWS CLI reads it
      if (this.input[this.i] !== ',') return result;
      while (this.input[this.i] === ',') this.i++;
      if (this.i >= this.input.length || this.input[this.i] === closing) return result;
    }
  }

  private values(closing: '}' | undefined): ShorthandValue {
    this.skipSpace();
    const ch = this.input[this.i];
    if (ch === undefined) return '';
    if (ch === '[') return this.list();
    if (ch === '{') {
      this.i++;
      const hash = this.keyvals('}');
      this.skipSpace();
      if (this.input[this.i] !== '}') this.fail('}');
      this.i++;
      return hash;
    }
    const first = this.value(closing);
    const more: string[] = [];
    // a comma continues a csv value unless what follows is the next `key=`
    while (this.input[this.i] === ',' && !this.nextIsKey()) {
      this.i++;
      const next = this.value(closing);
      // an empty csv item (`a=b,,c=d`) is dropped, as the AWS CLI drops it
      if (next !== '') more.push(next);
    }
    return more.length === 0 ? first : [first, ...more];
  }

  private nextIsKey(): boolean {
    let j = this.i + 1;
    while (this.input[j] === ' ') j++;
    while (j < this.input.length && KEY_CHAR.test(this.input[j])) j++;
    while (this.input[j] === ' ') j++;
    return this.input[j] === '=';
  }

  private list(): ShorthandValue[] {
    this.i++;
    const items: ShorthandValue[] = [];
    this.skipSpace();
    if (this.input[this.i] === ']') {
      this.i++;
      return items;
    }
    for (;;) {
      this.skipSpace();
      items.push(this.input[this.i] === '[' ? this.list() : this.value(']'));
      this.skipSpace();
      if (this.input[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.input[this.i] !== ']') this.fail(']');
      this.i++;
      return items;
    }
  }

  /** One scalar: quoted, or unquoted up to a comma (or the closing bracket), right-stripped. */
  private value(closing: string | undefined): string {
    this.skipSpace();
    const quote = this.input[this.i];
    if (quote === '"' || quote === "'") {
      this.i++;
      let out = '';
      while (this.i < this.input.length && this.input[this.i] !== quote) {
        if (this.input[this.i] === '\\' && ['\\', '"', "'"].includes(this.input[this.i + 1])) this.i++;
        out += this.input[this.i++];
      }
      if (this.input[this.i] !== quote) this.fail(quote);
      this.i++;
      return out;
    }
    let out = '';
    while (this.i < this.input.length) {
      const c = this.input[this.i];
      if (c === '\\' && this.input[this.i + 1] === ',') {
        out += ',';
        this.i += 2;
        continue;
      }
      if (c === ',' || c === closing || (closing === ']' && c === ']')) break;
      out += c;
      this.i++;
    }
    return out.trimEnd();
  }
}

export function parseShorthand(input: string): Record<string, ShorthandValue> {
  return new Parser(input).parse();
}
