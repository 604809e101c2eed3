// What @paginated says of each operation, as Smithy's PaginatedIndex reads it:
// the operation's own trait, with the members it leaves out taken from the
// service's @paginated (a service gives defaults for its operations). An
// operation paginates when, merged, it names both tokens; the generated
// client gives it a paginator (smithy-typescript's `paginate<Operation>`).
import type { ModelIndex } from "./knowledge.js";

const PAGINATED = "smithy.api#paginated";

export interface Pagination {
  /** Top-level input member that carries the token. */
  inputToken: string;
  /** Output path of the next token: member names joined by "." (Smithy allows nesting). */
  outputToken: string;
  /** Top-level input member that limits a page, if any. */
  pageSize?: string;
  /** Output path of the page's items, if any. */
  items?: string;
}

type PaginatedTrait = Partial<Record<keyof Pagination, string>>;

/** The merged @paginated of `operationId` under the selected service, or undefined when it does not paginate. */
export function paginationOf(index: ModelIndex, operationId: string): Pagination | undefined {
  const own = index.traitOf<PaginatedTrait>(operationId, PAGINATED);
  if (own === undefined) return undefined;
  const defaults = index.traitOf<PaginatedTrait>(index.service(), PAGINATED) ?? {};
  const merged: PaginatedTrait = { ...defaults, ...own };
  if (merged.inputToken === undefined || merged.outputToken === undefined) return undefined;
  const pagination: Pagination = { inputToken: merged.inputToken, outputToken: merged.outputToken };
  if (merged.pageSize !== undefined) pagination.pageSize = merged.pageSize;
  if (merged.items !== undefined) pagination.items = merged.items;
  return pagination;
}

/** The selected service's operations that paginate, in operation order. */
export function paginatedOperations(index: ModelIndex): string[] {
  return index.derived(paginatedOperations, () => index.operationsOf().filter((op) => paginationOf(index, op) !== undefined));
}
