// A bound on how deeply a command-line value may nest. Parsers and checks walk values
// recursively, so `@(@(@(…` or `{"a":{"a":…` thousands deep ended in a RangeError stack trace;
// no KMS request nests more than a few levels, so such a value is refused as a parameter error.

export const MAX_NESTING = 64;

/** How deeply ( { [ nest in a text, outside quoted strings (counted without recursion). */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '{' || ch === '[') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === '}' || ch === ']') depth--;
  }
  return deepest;
}

/** How deeply arrays and objects nest in a parsed value (counted without recursion). */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null || v instanceof Uint8Array) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}
