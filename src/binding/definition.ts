// What a cmdlet definition in cmdlets/ declares: the AWS.Tools parameter surface of one
// cmdlet, as data. The binding layer, the cmdlet dialect, the PowerShell module generator
// and the docs all read these; none of them has per-cmdlet code.
import { OPERATIONS, type OperationName } from '../engine/model.js';
import { OUTPUTS } from '../engine/output-model.js';

/** .NET parameter types as AWS.Tools declares them; other names are SDK ConstantClass types. */
export type ParameterType =
  | 'string' | 'string[]' | 'byte[]' | 'Hashtable' | 'int?' | 'bool?' | 'DateTime?' | 'switch' | 'Tag[]'
  | 'KeyAgreementAlgorithmSpec' | 'KeyEncryptionMechanism' | 'SigningAlgorithmSpec' | 'MessageType'
  | 'EncryptionAlgorithmSpec' | 'DataKeyPairSpec' | 'DataKeySpec' | 'KeySpec' | 'KeyUsageType'
  | 'OriginType' | 'CustomerMasterKeySpec' | 'MacAlgorithmSpec' | 'IncludeKeyMaterial'
  | 'AlgorithmSpec' | 'WrappingKeySpec' | 'ExpirationModelType' | 'ImportType' | 'CustomKeyStoreType' | 'XksProxyConnectivityType';

export interface ParameterDefinition {
  name: string;
  type: ParameterType;
  /** the request member it fills, where not the parameter's own name ('Recipient.AttestationDocument') */
  member?: string;
  aliases?: readonly string[];
  position?: number;
  valueFromPipeline?: boolean;
  /**
   * Mandatory (with AllowNull, and AllowEmptyString for strings), as in the AWS.Tools modules:
   * when the model requires the member, unless a definition says otherwise (cmdlets/index.ts)
   */
  mandatory?: boolean;
  obsolete?: string;
}

/** A parameter as a file in cmdlets/ declares it: the type only where the model's shape does not give it. */
export type ParameterSource = Omit<ParameterDefinition, 'type'> & { type?: ParameterType };

/** A definition as a file in cmdlets/ declares it; cmdlets/index.ts resolves it against the model. */
export type CmdletSource = Omit<CmdletDefinition, 'parameters'> & { parameters: readonly ParameterSource[] };

export interface CmdletDefinition {
  name: string;
  operation: OperationName;
  /** one sentence for Get-Help's SYNOPSIS, after the API reference */
  synopsis: string;
  /** a pwsh example for Get-Help's EXAMPLE */
  example: string;
  parameters: readonly ParameterDefinition[];
  /** the default -Select: '*', a response property, or '' when the cmdlet emits nothing */
  select: string;
  /** SupportsShouldProcess: the parameter whose value is the confirm target (null: none), and ConfirmImpact (Medium unless said) */
  shouldProcess?: { target: string | null; confirmImpact?: 'Medium' | 'High' };
  /** the deprecated -PassThru: the parameter whose value it returns */
  passThru?: string;
  /** other cmdlet names exported for this one (AWS.Tools' compatibility aliases) */
  aliases?: readonly string[];
}

/**
 * AWS.Tools' one rule for KMS (kms.xml's AutoIterate Start="Marker" Next="NextMarker"): a cmdlet
 * whose operation pages by Marker and NextMarker follows the pages itself, unless -Marker is
 * bound or -NoAutoIteration is set.
 */
export function autoIteration(def: CmdletDefinition): { marker: 'Marker'; nextMarker: 'NextMarker' } | undefined {
  return OPERATIONS[def.operation].input.Marker && OUTPUTS[def.operation].NextMarker ? { marker: 'Marker', nextMarker: 'NextMarker' } : undefined;
}

export function cmdletClassName(def: CmdletDefinition): string {
  return `Amazon.PowerShell.Cmdlets.KMS.${def.name.replace('-', '')}Cmdlet`;
}


/** Every parameter the cmdlet class declares: its own, then -Select, -PassThru, -Force. */
export function declaredParameters(def: CmdletDefinition): ParameterDefinition[] {
  const params = [...def.parameters, { name: 'Select', type: 'string' } as ParameterDefinition];
  if (def.passThru) params.push({ name: 'PassThru', type: 'switch', obsolete: `Use -Select '^${def.passThru}' instead.` });
  if (def.shouldProcess) params.push({ name: 'Force', type: 'switch' });
  return params;
}

/** The request member a parameter fills. */
export function memberOf(param: ParameterDefinition): string {
  return param.member ?? param.name;
}
