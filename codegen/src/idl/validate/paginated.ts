// Smithy's PaginatedTraitValidator, its ERROR rules (proven against the
// pinned Smithy in test/idl/validators): the members an operation's own
// @paginated names (a value inherited from the service's @paginated is not
// checked on the operation, as Smithy does not) exist
// and have the right kind: `inputToken` a top-level input member targeting a
// string or map, `pageSize` one targeting byte/short/integer/long,
// `outputToken` (string or map) and `items` (list or map) paths of output
// members, dot-separated through structures. Events sit at the trait.

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { traitSites } from "./closure.js";
import { isOwn, shapeSite } from "./sites.js";

const PAGINATED = "smithy.api#paginated";
type Config = Partial<Record<"inputToken" | "outputToken" | "items" | "pageSize", string>>;

const RULES: { key: keyof Config; from: "input" | "output"; path: boolean; kinds: string[] }[] = [
  { key: "inputToken", from: "input", path: false, kinds: ["map", "string"] },
  { key: "outputToken", from: "output", path: true, kinds: ["map", "string"] },
  { key: "pageSize", from: "input", path: false, kinds: ["byte", "integer", "long", "short"] },
  { key: "items", from: "output", path: true, kinds: ["list", "map"] },
];

export function validatePaginated(model: AssembledModel, reporter: Reporter): void {
  const sites = traitSites(model);
  for (const [id, shape] of model.shapes) {
    const own = shape.traits?.[PAGINATED] as Config | undefined;
    if (shape.type !== "operation" || !own || !isOwn(model, id)) continue;
    const config: Config = own;
    const at = sites.get(`${id} ${PAGINATED}`) ?? shapeSite(model, id);
    for (const rule of RULES) {
      const value = config[rule.key];
      if (typeof value !== "string") continue;
      const root = rule.from === "input" ? shape.input?.target : shape.output?.target;
      const target = resolvePath(model.shapes, root, rule.path ? value.split(".") : [value]);
      const fail = (message: string): void => reporter.error(at, `paginated trait \`${rule.key}\` ${message}`, { id: "PaginatedTrait", shapeId: id });
      if (target === undefined) {
        fail(`targets a member \`${value}\` that does not exist`);
        continue;
      }
      const kind = model.shapes.get(target)?.type;
      if (kind !== undefined && !rule.kinds.includes(kind)) {
        fail(`member \`${value}\` targets a ${kind} shape, but must target one of the following: [${rule.kinds.map((k) => `\`${k}\``).join(", ")}]`);
      }
    }
  }
}

/** The target of a member path from a structure, or undefined when a step is missing. */
function resolvePath(shapes: Map<string, Shape>, root: string | undefined, path: string[]): string | undefined {
  let current = root;
  for (const step of path) {
    if (current === undefined) return undefined;
    const member = allMembers(shapes, current)[step];
    if (!member) return undefined;
    current = member.target;
  }
  return current;
}
