// AWS KMS exceptions: the type names of the KMS API and the HTTP status AWS answers with.
// Message texts live with the rule that raises them; the shared ones are built here.

export const ERROR_STATUS = {
  AlreadyExistsException: 400,
  CloudHsmClusterInUseException: 400,
  CloudHsmClusterInvalidConfigurationException: 400,
  CloudHsmClusterNotActiveException: 400,
  CloudHsmClusterNotFoundException: 400,
  CloudHsmClusterNotRelatedException: 400,
  ConflictException: 400,
  CustomKeyStoreHasCMKsException: 400,
  CustomKeyStoreInvalidStateException: 400,
  CustomKeyStoreNameInUseException: 400,
  CustomKeyStoreNotFoundException: 400,
  DependencyTimeoutException: 503,
  DisabledException: 400,
  DryRunOperationException: 400,
  ExpiredImportTokenException: 400,
  IncorrectKeyException: 400,
  IncorrectKeyMaterialException: 400,
  IncorrectTrustAnchorException: 400,
  InvalidAliasNameException: 400,
  InvalidArnException: 400,
  InvalidCiphertextException: 400,
  InvalidGrantIdException: 400,
  InvalidGrantTokenException: 400,
  InvalidImportTokenException: 400,
  InvalidKeyUsageException: 400,
  InvalidMarkerException: 400,
  KMSInternalException: 500,
  KMSInvalidMacException: 400,
  KMSInvalidSignatureException: 400,
  KMSInvalidStateException: 400,
  KeyUnavailableException: 500,
  LimitExceededException: 400,
  MalformedPolicyDocumentException: 400,
  NotFoundException: 400,
  TagException: 400,
  UnsupportedOperationException: 400,
  XksKeyAlreadyInUseException: 400,
  XksKeyInvalidConfigurationException: 400,
  XksKeyNotFoundException: 400,
  XksProxyIncorrectAuthenticationCredentialException: 400,
  XksProxyInvalidConfigurationException: 400,
  XksProxyInvalidResponseException: 400,
  XksProxyUriEndpointInUseException: 400,
  XksProxyUriInUseException: 400,
  XksProxyUriUnreachableException: 400,
  XksProxyVpcEndpointServiceInUseException: 400,
  XksProxyVpcEndpointServiceInvalidConfigurationException: 400,
  XksProxyVpcEndpointServiceNotFoundException: 400,
  NotAuthorizedException: 400,
  ValidationException: 400,
} as const;

export type KmsErrorType = keyof typeof ERROR_STATUS;

export class KmsError extends Error {
  readonly type: KmsErrorType;
  constructor(type: KmsErrorType, message: string) {
    super(message);
    this.type = type;
    this.name = type;
  }
  get httpStatus(): number {
    return ERROR_STATUS[this.type];
  }
}

export function isKmsError(e: unknown): e is KmsError {
  return e instanceof KmsError;
}

/** "1 validation error detected: …" / "2 validation errors detected: …; …", as AWS words it. */
/** "N validation errors detected: …", listing the problems given (`count` may be more: only the first are listed). */
export function validationError(problems: readonly string[], count = problems.length): KmsError {
  return new KmsError('ValidationException', `${count} validation error${count === 1 ? '' : 's'} detected: ${problems.join('; ')}`);
}

export const dryRunSucceeded = (): KmsError =>
  new KmsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
