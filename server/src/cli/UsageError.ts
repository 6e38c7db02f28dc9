/** A CLI command given wrong arguments or impossible here; printed without a stack, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
