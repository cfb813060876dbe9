// The AWS CLI's automatic pagination of list operations: it follows NextMarker while
// Truncated is true and prints only the result list; --page-size sets Limit per call,
// --max-items stops early and adds a NextToken that --starting-token resumes from.
import type { OperationName } from '../../engine/model.js';
import type { KmsResponse } from '../../engine/operation.js';
import { GeneralError } from './values.js';

/** Paginated operations and the list each returns. */
export const PAGINATED: Partial<Record<OperationName, string>> = {
  ListKeys: 'Keys',
  ListAliases: 'Aliases',
  ListResourceTags: 'Tags',
  ListKeyPolicies: 'PolicyNames',
  ListKeyRotations: 'Rotations',
  ListGrants: 'Grants',
  ListRetirableGrants: 'Grants',
  DescribeCustomKeyStores: 'CustomKeyStores',
};

export interface PaginationOptions {
  pageSize?: number;
  maxItems?: number;
  startingToken?: string;
}

interface Token {
  Marker?: string;
  boto_truncate_amount?: number;
}

function decodeToken(token: string): Token {
  try {
    return JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Token;
  } catch {
    return { Marker: token };
  }
}

/** botocore writes tokens as Python's json.dumps output, base64-encoded. */
function encodeToken(token: Token): string {
  const parts = Object.entries(token).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return Buffer.from(`{${parts.join(', ')}}`).toString('base64');
}

export async function paginate(
  resultKey: string,
  request: Record<string, unknown>,
  options: PaginationOptions,
  call: (request: Record<string, unknown>) => Promise<KmsResponse>,
): Promise<KmsResponse> {
  const start = options.startingToken === undefined ? {} : decodeToken(options.startingToken);
  let marker = start.Marker;
  let skip = start.boto_truncate_amount ?? 0;
  const items: unknown[] = [];
  for (;;) {
    const page = await call({ ...request, ...(options.pageSize ? { Limit: options.pageSize } : {}), ...(marker ? { Marker: marker } : {}) });
    const pageItems = ((page[resultKey] as unknown[]) ?? []).slice(skip);
    const consumedBefore = skip;
    skip = 0;
    const room = options.maxItems === undefined ? Infinity : options.maxItems - items.length;
    if (pageItems.length > room) {
      items.push(...pageItems.slice(0, room));
      const token: Token = { ...(marker ? { Marker: marker } : {}), boto_truncate_amount: consumedBefore + room };
      return { [resultKey]: items, NextToken: encodeToken(token) };
    }
    items.push(...pageItems);
    if (!page.Truncated) return { [resultKey]: items };
    marker = page.NextMarker as string;
    if (items.length === options.maxItems) return { [resultKey]: items, NextToken: encodeToken({ Marker: marker }) };
  }
}

export function paginationConflict(noPaginate: boolean, given: string[]): void {
  if (noPaginate && given.length > 0) {
    throw new GeneralError(`Error during pagination: Cannot specify --no-paginate along with pagination arguments: ${given.join(', ')}`);
  }
}
