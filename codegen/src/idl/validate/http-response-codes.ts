// Smithy's HttpResponseCodeSemanticsValidator:
// - an @http operation's `code` (200 when absent) is in 2xx (DANGER);
// - with 204 or 205, which carry no body, no output member may be bound to
//   the body (WARNING);
// - an @httpError code is 4xx on a "client" @error and 5xx on a "server"
//   one (DANGER).

import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";
import { shapeSite } from "./sites.js";

const HTTP = "smithy.api#http";
const HTTP_ERROR = "smithy.api#httpError";
/** Member traits that put an output member somewhere other than the response body. */
const OUTSIDE_BODY = ["smithy.api#httpHeader", "smithy.api#httpPrefixHeaders", "smithy.api#httpResponseCode"];

export function validateResponseCodes(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const opId of withTrait(HTTP)) {
    const op = model.shapes.get(opId);
    const http = op?.traits?.[HTTP] as { code?: unknown } | undefined;
    if (op?.type !== "operation" || http === undefined) continue;
    const code = typeof http.code === "number" ? http.code : 200;
    const tag = { id: "HttpResponseCodeSemantics", shapeId: opId };
    if (code < 200 || code >= 300) {
      reporter.danger(traitAt(opId, HTTP), `Expected an \`http\` code in the 2xx range, but found ${code}`, tag);
    } else if ((code === 204 || code === 205) && op.output !== undefined) {
      const members = Object.values(allMembers(model.shapes, op.output.target));
      if (members.some((m) => !OUTSIDE_BODY.some((t) => m.traits?.[t] !== undefined))) {
        reporter.warning(
          shapeSite(model, opId),
          `The HTTP ${code} status code does not allow a response body. To use this status code, all output members need to be bound to @httpHeader, @httpPrefixHeaders, @httpResponseCode, etc.`,
          tag,
        );
      }
    }
  }
  for (const id of withTrait(HTTP_ERROR)) {
    const shape = model.shapes.get(id);
    const code = shape?.traits?.[HTTP_ERROR];
    const kind = shape?.traits?.["smithy.api#error"];
    if (shape?.type !== "structure" || typeof code !== "number") continue;
    const range = kind === "client" ? 4 : kind === "server" ? 5 : undefined;
    if (range === undefined || Math.floor(code / 100) === range) continue;
    reporter.danger(traitAt(id, HTTP_ERROR), `Expected an \`httpError\` code in the ${range}xx range for a \`${kind as string}\` error, but found ${code}`, {
      id: "HttpResponseCodeSemantics",
      shapeId: id,
    });
  }
}
