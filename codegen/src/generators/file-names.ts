// Files the generators name after the model: a client command per operation
// (`client/src/commands/<Operation>Command.ts`) and paginator
// (`client/src/pagination/<Operation>Paginator.ts`), a waiter module per
// waiter (`client/src/waiters/waitFor<Waiter>.ts`), a JSON Schema per input,
// output and error structure (`schemas/<Shape>.json`), and the client's base
// exception (`client/src/models/<SdkId>ServiceException.ts`). Smithy puts no
// limit on an identifier's length, but file systems take at most 255 bytes
// per file name: an operation named with 300 characters made `generate` fail
// with ENAMETOOLONG after most files were written. Checked before anything
// is generated, with the generators' own naming functions.

import { baseExceptionName, clientPrefixOf, commandName, paginatorModule, waiterNames } from "./client/symbols.js";
import { waitersOf } from "../model/waiters.js";
import type { ModelIndex } from "../model/knowledge.js";
import { paginationOf } from "../model/pagination.js";

/** The longest file name (in bytes) ext4, XFS, APFS and NTFS take. */
export const NAME_MAX = 255;

/** The first generated file name longer than NAME_MAX (or two that are one file where case does not count), in words; undefined when there is none. */
export function fileNameProblem(index: ModelIndex): string | undefined {
  // Without one service to generate for (none, or several and none chosen),
  // the generators that name files after it say so themselves.
  try {
    index.service();
  } catch {
    return undefined;
  }
  const tooLong = (file: string): boolean => Buffer.byteLength(file) > NAME_MAX;
  const say = (file: string, what: string): string =>
    `${what} gives a generated file a name of ${Buffer.byteLength(file)} bytes (${file.slice(0, 40)}…), longer than file systems take (${NAME_MAX})`;
  // The schemas' targets (documents.ts), unsorted: this runs before any generator.
  const schemaFile = (shapeId: string | undefined): string | undefined => {
    const file = shapeId === undefined ? undefined : `${index.nameOf(shapeId)}.json`;
    return file !== undefined && tooLong(file) ? say(file, `the name of '${shapeId}'`) : undefined;
  };
  for (const operation of index.operationsOf()) {
    const file = `${commandName(index, operation)}.ts`;
    if (tooLong(file)) return say(file, `the name of operation '${operation}'`);
    const paginator = `${paginatorModule(index, operation)}.ts`;
    if (paginationOf(index, operation) !== undefined && tooLong(paginator)) return say(paginator, `the name of operation '${operation}'`);
    const problem = schemaFile(index.inputOf(operation)) ?? schemaFile(index.outputOf(operation));
    if (problem !== undefined) return problem;
  }
  // Waiter names are unique case-insensitively across operations (Smithy's
  // UniqueWaiterNames), not within one: `Ready` and `READY` on one operation
  // would be two modules that are one file on macOS's and Windows' file systems.
  const waiterFiles = new Map<string, string>();
  for (const waiter of waitersOf(index)) {
    const file = `${waiterNames(waiter.name).module}.ts`;
    if (tooLong(file)) return say(file, `the name of waiter '${waiter.name}' of '${waiter.operation}'`);
    const same = waiterFiles.get(file.toLowerCase());
    if (same !== undefined) {
      return `the waiters '${same}' and '${waiter.name}' of '${waiter.operation}' differ only in case: their modules (${waiterNames(same).module}.ts, ${file}) would be one file on a case-insensitive file system`;
    }
    waiterFiles.set(file.toLowerCase(), waiter.name);
  }
  for (const error of index.errorsOfService()) {
    const problem = schemaFile(error);
    if (problem !== undefined) return problem;
  }
  const file = `${baseExceptionName(clientPrefixOf(index.serviceInfo().sdkId))}.ts`;
  return tooLong(file) ? say(file, "the service's sdkId") : undefined;
}
