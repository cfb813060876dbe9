// How failures surface to PowerShell: the ErrorRecord an AWS.Tools cmdlet produces, described
// as data (the module rebuilds it; the cmdlet dialect prints it).
import { ERROR_STATUS, type KmsError, type KmsErrorType } from '../engine/errors.js';

/**
 * Errors that are not in KMS's service model but come from the protocol (ValidationException)
 * or the platform: the AWS SDK for .NET has no class for them and raises its service's base
 * exception, AmazonKeyManagementServiceException, with the error's code.
 */
const OUTSIDE_THE_MODEL: ReadonlySet<KmsErrorType> = new Set(['ValidationException', 'NotAuthorizedException']);

/** The exceptions AWSSDK.KeyManagementService defines (Amazon.KeyManagementService.Model.*), among those pskms raises. */
export const SDK_EXCEPTIONS: readonly KmsErrorType[] = (Object.keys(ERROR_STATUS) as KmsErrorType[]).filter((t) => !OUTSIDE_THE_MODEL.has(t));

/** The .NET type the SDK raises for a KMS error. */
export function sdkExceptionType(type: KmsErrorType): string {
  return OUTSIDE_THE_MODEL.has(type) ? 'Amazon.KeyManagementService.AmazonKeyManagementServiceException' : `Amazon.KeyManagementService.Model.${type}`;
}

export interface ErrorRecordInfo {
  /** the exception's message */
  message: string;
  /** the exception's .NET type */
  exceptionType: string;
  /** AWS.Tools wraps service errors: the SDK exception inside the InvalidOperationException */
  innerException?: { type: string; message: string; errorCode: string; statusCode: number };
  errorId: string;
  category: string;
  /** errorId,<cmdlet class> — PowerShell's FullyQualifiedErrorId for this record */
  fullyQualifiedErrorId: string;
  /** an ArgumentException's ParamName */
  paramName?: string;
}

/** An error the binding raises before or instead of the service call. */
export class CmdletError extends Error {
  constructor(
    message: string,
    readonly exceptionType: string,
    readonly errorId: string,
    readonly category: string,
    readonly paramName?: string,
  ) {
    super(message);
  }
}

/** PowerShell's own parameter-binding failures (unknown parameter, missing mandatory, conversion). */
export function bindingError(message: string, errorId: string): CmdletError {
  return new CmdletError(message, 'System.Management.Automation.ParameterBindingException', errorId, 'InvalidArgument');
}

/** An exception thrown straight out of ProcessRecord (invalid -Select, a hashtable cast). */
export function thrownFromProcessRecord(message: string, exceptionType: string, paramName?: string): CmdletError {
  return new CmdletError(message, exceptionType, exceptionType, 'InvalidArgument', paramName);
}

export function errorRecordFor(error: CmdletError, cmdletClass: string, commandName: string): ErrorRecordInfo {
  // PowerShell's own binding errors are named after the command, not the class
  const owner = error.exceptionType === 'System.Management.Automation.ParameterBindingException' ? commandName : cmdletClass;
  return {
    message: error.message,
    exceptionType: error.exceptionType,
    errorId: error.errorId,
    category: error.category,
    fullyQualifiedErrorId: `${error.errorId},${owner}`,
    ...(error.paramName ? { paramName: error.paramName } : {}),
  };
}

/** A service error, as AWS.Tools' ThrowExecutionError reports it. */
export function serviceErrorRecord(error: KmsError, cmdletClass: string): ErrorRecordInfo {
  const type = sdkExceptionType(error.type);
  return {
    message: error.message,
    exceptionType: 'System.InvalidOperationException',
    innerException: { type, message: error.message, errorCode: error.type, statusCode: error.httpStatus },
    errorId: type,
    category: 'InvalidOperation',
    fullyQualifiedErrorId: `${type},${cmdletClass}`,
  };
}
