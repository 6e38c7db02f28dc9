import { type ApiErrorData, isErrorCode } from '@van-kien/api';
import { expect } from 'vitest';

/**
 * The error a refused API call answered, checked to be in the contract's shape with a known code
 * and a Vietnamese sentence, as `"field": message` (or the message alone) for matching in tables.
 */
export async function errorText(response: Response): Promise<string> {
  const { error } = (await response.json()) as { error: ApiErrorData };
  expect(isErrorCode(error.code), `unknown error code ${error.code}`).toBe(true);
  return error.field === undefined ? error.message : `"${error.field}": ${error.message}`;
}
