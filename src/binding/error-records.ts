// How failures surface to PowerShell: the ErrorRecord an AWS.Tools cmdlet produces, described
// as data (the module rebuilds it; the cmdlet dialect prints it).
import type { KmsError } from '../engine/errors.js';

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
  const type = `Amazon.KeyManagementService.Model.${error.type}`;
  return {
    message: error.message,
    exceptionType: 'System.InvalidOperationException',
    innerException: { type, message: error.message, errorCode: error.type, statusCode: error.httpStatus },
    errorId: type,
    category: 'InvalidOperation',
    fullyQualifiedErrorId: `${type},${cmdletClass}`,
  };
}
