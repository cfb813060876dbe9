// A cmdlet parameter's .NET type as AWS.Tools' generator gives it, from the model's shape of the
// member it fills: blobs are byte[], integers int?, flags bool?, times DateTime?, maps Hashtable,
// lists string[] (or Tag[]), and an enum the SDK ConstantClass with the same values.
import { OPERATIONS, type OperationName, type Shape } from '../engine/model.js';
import { CONSTANT_CLASSES, type ConstantClassName } from './constant-classes.js';
import type { ParameterType } from './definition.js';

function constantClassOf(values: readonly string[]): ConstantClassName | undefined {
  const wanted = [...values].sort().join();
  return (Object.keys(CONSTANT_CLASSES) as ConstantClassName[]).find((name) => [...CONSTANT_CLASSES[name]].sort().join() === wanted);
}

/** The type for the member (`Tags`, `Recipient.AttestationDocument`), or undefined where the model cannot say. */
export function modelParameterType(operation: OperationName, member: string): ParameterType | undefined {
  const [top, sub] = member.split('.');
  let shape: Shape | undefined = OPERATIONS[operation].input[top];
  if (sub !== undefined) shape = shape?.type === 'structure' ? shape.members[sub] : undefined;
  switch (shape?.type) {
    case 'string': return shape.enum ? (constantClassOf(shape.enum) as ParameterType | undefined) : 'string';
    case 'blob': return 'byte[]';
    case 'integer': return 'int?';
    case 'boolean': return 'bool?';
    case 'timestamp': return 'DateTime?';
    case 'map': return 'Hashtable';
    case 'list': return shape.member.type === 'structure' ? (Object.keys(shape.member.members).join() === 'TagKey,TagValue' ? 'Tag[]' : undefined) : 'string[]';
    default: return undefined;
  }
}
