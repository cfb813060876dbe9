// AWS SDK ConstantClass "enums" (SigningAlgorithmSpec, KeySpec, …): a known value matches
// case-insensitively and becomes the canonical one; an unknown value passes through for the
// service to refuse, as the SDK's ConstantClass.FindValue does.

export function toConstant(value: string, known: readonly string[]): string {
  return known.find((k) => k.toLowerCase() === value.toLowerCase()) ?? value;
}
