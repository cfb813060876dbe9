// A definition in cmdlets/ completed with what AWS.Tools' generator takes from the model: each
// parameter's type from its member's shape, and Mandatory when the model requires the member. A
// definition says either itself only where AWS.Tools departs from the model (Decrypt's
// CiphertextBlob is Mandatory).
import { OPERATIONS } from '../engine/model.js';
import { memberOf, type CmdletDefinition, type CmdletSource, type ParameterDefinition } from './definition.js';
import { modelParameterType } from './parameter-types.js';

export function resolveDefinition(source: CmdletSource): CmdletDefinition {
  const required = OPERATIONS[source.operation].required;
  return {
    ...source,
    parameters: source.parameters.map((p) => {
      const member = memberOf(p as ParameterDefinition);
      const type = p.type ?? modelParameterType(source.operation, member);
      if (!type) throw new Error(`${source.name} -${p.name}: the model gives no type for ${member}; declare one`);
      return { ...p, type, mandatory: p.mandatory ?? required.includes(member) };
    }),
  };
}
