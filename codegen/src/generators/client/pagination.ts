// Paginators for the operations @paginated makes pageable, laid out and named
// as smithy-typescript lays them out (src/pagination/): one
// `paginate<Operation>` per operation, an async iterator of its pages built by
// @smithy/core's createPaginator (which follows the output token, nested
// paths included, and sets the page size), and the aggregated client's
// `paginate<Operation>(input, config)` method beside it (aggregatedClientFile).
import type { ModelIndex } from "../../model/knowledge.js";
import { paginatedOperations, paginationOf } from "../../model/pagination.js";
import { TypeScriptWriter, literal } from "../../writer/typescript-writer.js";
import type { GeneratedFile } from "../generator.js";
import { commandName, paginationConfigurationName, paginatorModule, paginatorName, type ClientSymbols } from "./symbols.js";

const DIR = "client/src/pagination";

function file(index: ModelIndex, name: string, body: (w: TypeScriptWriter) => void): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles);
  body(w);
  return { path: `${DIR}/${name}`, contents: w.toString() };
}

/** pagination/: the configuration interface, one paginator per paginated operation, and their index; none without one. */
export function paginationFiles(index: ModelIndex, s: ClientSymbols): GeneratedFile[] {
  const operations = paginatedOperations(index);
  if (operations.length === 0) return [];
  const config = paginationConfigurationName(s.prefix);
  const interfaces = file(index, "Interfaces.ts", (w) => {
    w.addTypeImport("@smithy/types", "PaginationConfiguration");
    w.addTypeImport(`../${s.clientName}.js`, s.clientName);
    w.docs(`Pagination options of the ${s.prefix} paginators, with the client they send through.`, { public: "" });
    w.block(`export interface ${config} extends PaginationConfiguration {`, () => w.write(`client: ${s.clientName};`));
  });
  const paginators = operations.map((op) => {
    const { inputToken, outputToken, pageSize } = paginationOf(index, op)!;
    const cmd = commandName(index, op);
    return file(index, `${paginatorModule(index, op)}.ts`, (w) => {
      w.addImport("@smithy/core", "createPaginator");
      w.addTypeImport("@smithy/types", "Paginator");
      w.addImport(`../commands/${cmd}.js`, cmd);
      w.addTypeImport(`../commands/${cmd}.js`, `${cmd}Input`);
      w.addTypeImport(`../commands/${cmd}.js`, `${cmd}Output`);
      w.addImport(`../${s.clientName}.js`, s.clientName);
      w.addTypeImport("./Interfaces.js", config);
      const args = [s.clientName, cmd, literal(inputToken), literal(outputToken), ...(pageSize === undefined ? [] : [literal(pageSize)])].join(", ");
      w.docs(`Pages of {@link ${cmd}}: each page's \`${outputToken}\` is sent back as \`${inputToken}\` until a page has none.`, { public: "" });
      w.write(
        `export const ${paginatorName(index, op)}: (config: ${config}, input: ${cmd}Input, ...rest: unknown[]) => Paginator<${cmd}Output> = createPaginator<${config}, ${cmd}Input, ${cmd}Output>(${args});`,
      );
    });
  });
  const barrel = file(index, "index.ts", (w) => {
    w.write('export * from "./Interfaces.js";');
    for (const op of operations) w.write(`export * from "./${paginatorModule(index, op)}.js";`);
  });
  return [interfaces, ...paginators, barrel];
}
