// A model's @smithy.rules#endpointBdd in the form @smithy/core's
// decideEndpoint walks: what the generated client embeds (client-files.ts)
// and what the front end evaluates endpoint tests against
// (idl/validate/rule-set-tests.ts).

import type { NodeObject, NodeValue } from "./ast.js";

/**
 * An endpointBdd trait as @smithy/core's BinaryDecisionDiagram takes it, the
 * form smithy-typescript gives AWS SDK clients: the nodes (the trait's
 * base64 of big-endian int32 triples: condition, high, low; node 0 the
 * terminal) as numbers, each condition as [fn, argv] or [fn, argv, assign],
 * and the results behind result 0, Smithy's implicit "no match" ([-1]): an
 * error as [-1, message], an endpoint as [url, properties] or [url,
 * properties, headers]. References to result i are 100,000,000 + i in both.
 */
export function bddTables(bdd: NodeObject): { nodes: number[]; root: number; conditions: NodeValue[][]; results: NodeValue[][] } {
  const bytes = Uint8Array.from(atob(String(bdd.nodes)), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  const nodes = Array.from({ length: bytes.length / 4 }, (_, i) => view.getInt32(i * 4));
  const conditions = (bdd.conditions as NodeObject[]).map((c) => (c.assign === undefined ? [c.fn!, c.argv!] : [c.fn!, c.argv!, c.assign]));
  const results = (bdd.results as NodeObject[]).map((r): NodeValue[] => {
    if (r.type === "error") return [-1, r.error!];
    const endpoint = r.endpoint as NodeObject;
    const headers = endpoint.headers as NodeObject | undefined;
    return headers && Object.keys(headers).length > 0 ? [endpoint.url!, endpoint.properties ?? {}, headers] : [endpoint.url!, endpoint.properties ?? {}];
  });
  return { nodes, root: Number(bdd.root), conditions, results: [[-1], ...results] };
}
