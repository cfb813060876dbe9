// AWS.Tools' ConfirmShouldProceed: -WhatIf always asks ShouldProcess (which then declines),
// -Force skips confirmation, otherwise ShouldProcess decides. The target text is built as
// FormatParameterValuesForConfirmationMsg builds it.
import type { CmdletDefinition } from './definition.js';
import type { Converted } from './parameter-values.js';

export function confirmTarget(def: CmdletDefinition, converted: ReadonlyMap<string, Converted>): string {
  const name = def.shouldProcess?.target;
  const value = name ? converted.get(name) : undefined;
  if (!value || value.kind === 'null') return '';
  const list = (items: string[]) => items.slice(0, 10).join(', ') + (items.length > 10 ? ` (plus ${items.length - 10} more)` : '');
  switch (value.kind) {
    case 'string': return value.value;
    case 'strings': return list(value.value);
    case 'bytes': return list([...value.value].map(String));
    case 'int': return String(value.value);
    case 'bool': case 'switch': return value.value ? 'True' : 'False';
    default: return `values bound to the parameter ${name}`;
  }
}

export function confirmAction(def: CmdletDefinition): string {
  return `${def.name} (${def.operation})`;
}

export type Proceed = (target: string, action: string) => Promise<boolean>;

export async function shouldProceed(def: CmdletDefinition, converted: ReadonlyMap<string, Converted>, whatIf: boolean, force: boolean, ask: Proceed): Promise<boolean> {
  if (!def.shouldProcess) return true;
  if (force && !whatIf) return true; // -Force never overrides -WhatIf
  return ask(confirmTarget(def, converted), confirmAction(def));
}
