// "Did you mean" suggestions, as the AWS CLI makes them for a mistyped operation.

/** difflib's ratio, 2·M / T, with M the characters of the longest common subsequence. */
function similarity(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  return (2 * dp[a.length][b.length]) / (a.length + b.length);
}

/** The candidates whose ratio to word is at least 0.8; fold normalises both sides first (e.g. to ignore case). */
export function closeMatches(word: string, candidates: readonly string[], fold: (s: string) => string = (s) => s): string[] {
  return candidates.filter((c) => similarity(fold(word), fold(c)) >= 0.8);
}
