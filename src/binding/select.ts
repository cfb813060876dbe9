// AWS.Tools' -Select and -PassThru: '*' is the whole response, '^Param' a cmdlet parameter's
// value (case-insensitive, aliases too, common parameters excluded), anything else a property
// path on the response type — each segment one declared property, collections flattened.
import type { OperationName } from '../engine/model.js';
import { STRUCTURES, type OutputShape, type StructureName } from '../engine/output-model.js';
import { declaredParameters, type CmdletDefinition, type ParameterDefinition } from './definition.js';
import { propertyOf, responseMembers, structureMembers, type DotNetObject, type DotNetValue, type TypeMembers } from './dotnet-objects.js';
import { thrownFromProcessRecord } from './error-records.js';

export type Selector =
  | { kind: 'all' }
  | { kind: 'parameter'; parameter: ParameterDefinition }
  /** the property names to follow, as declared */
  | { kind: 'path'; path: string[] };

const INVALID = 'Invalid value for -Select parameter.';

function invalidSelect(): Error {
  return thrownFromProcessRecord(INVALID, 'System.ArgumentException', 'Select');
}

/** Resolves each segment against the declared properties of the type it reaches. */
function resolvePath(operation: OperationName, text: string): string[] | undefined {
  const segments = text.split('.');
  let members: TypeMembers | undefined = responseMembers(operation);
  const path: string[] = [];
  for (const segment of segments) {
    if (!members || segment === '') return undefined;
    const matches: string[] = Object.keys(members).filter((m) => m.toLowerCase() === segment.toLowerCase());
    if (matches.length !== 1) return undefined;
    path.push(matches[0]);
    let shape: OutputShape = members[matches[0]];
    while (typeof shape === 'object') shape = shape.list; // a collection: the next segment names a member of its items
    members = shape in STRUCTURES ? structureMembers(shape as StructureName) : undefined;
  }
  return path;
}

export function parseSelect(def: CmdletDefinition, select: string | null | undefined): Selector {
  if (!select) throw invalidSelect();
  if (select === '*') return { kind: 'all' };
  if (select.startsWith('^')) {
    const name = select.slice(1).toLowerCase();
    const parameter = declaredParameters(def).find((p) => p.name.toLowerCase() === name || (p.aliases ?? []).some((a) => a.toLowerCase() === name));
    if (!parameter) throw invalidSelect();
    return { kind: 'parameter', parameter };
  }
  const path = resolvePath(def.operation, select);
  if (!path) throw invalidSelect();
  return { kind: 'path', path };
}

/** -Select is checked first; then -PassThru alongside it is refused; -PassThru alone means ^Param. */
export function selectorFor(def: CmdletDefinition, select: string | null | undefined, selectBound: boolean, passThru: boolean): Selector | undefined {
  if (selectBound) {
    const selector = parseSelect(def, select);
    if (passThru) throw thrownFromProcessRecord('-PassThru cannot be used when -Select is specified.', 'System.ArgumentException', 'Select');
    return selector;
  }
  if (passThru && def.passThru) return parseSelect(def, `^${def.passThru}`);
  return undefined;
}

/** A property path's values: nulls dropped, collections flattened. */
export function evaluatePath(response: DotNetObject, path: readonly string[]): DotNetValue[] {
  let values: DotNetValue[] = [response];
  for (const name of path) {
    const next: DotNetValue[] = [];
    for (const v of values) {
      if (v === null || typeof v !== 'object' || v instanceof Date || v.kind !== 'object') continue;
      const value = propertyOf(v, name);
      if (value !== null && typeof value === 'object' && !(value instanceof Date) && value.kind === 'list') next.push(...value.items.filter((i) => i !== null));
      else if (value !== null) next.push(value);
    }
    values = next;
  }
  return values;
}
