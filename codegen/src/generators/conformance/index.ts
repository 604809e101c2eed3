// generated/conformance/cases.json: the conformance cases of the service as
// data, for the kit in src/conformance (and for anyone else's runner). Built
// from the model only: member constraints, required members, examples,
// protocol tests, and the awsJson protocol rules.

import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner } from "../../writer/banner.js";
import type { Generator } from "../generator.js";
import type { ConformanceCase, ConformanceSuite, OmittedCase } from "./case-format.js";
import { CaseMemory, memberCases } from "./member-cases.js";
import { exampleCases, requestTestCases } from "./model-cases.js";
import { NoBaselineError, operationContext, protocolContentType } from "./operation-context.js";
import { hostileJsonCases } from "./hostile-json-cases.js";
import { protocolCases } from "./protocol-cases.js";
import { hasOwn } from "../../model/own-properties.js";

export function conformanceSuite(index: ModelIndex): ConformanceSuite {
  const cases: ConformanceCase[] = [];
  const suite = suiteOf(index, (made) => {
    for (const c of made) cases.push(c);
  });
  suite.cases = cases;
  return suite;
}

/** The suite with its `cases` left empty: they go to `addCases`, in suite order, as they are made. */
function suiteOf(index: ModelIndex, addCases: (cases: ConformanceCase[]) => void): ConformanceSuite {
  const service = index.serviceInfo();
  const seen = new Set<string>();
  const add = (made: ConformanceCase[]): void => {
    for (const c of made) {
      if (seen.has(c.id)) throw new Error(`conformance: duplicate case id '${c.id}'`);
      seen.add(c.id);
    }
    addCases(made);
  };
  const omitted: OmittedCase[] = [];
  const operations = index.operationsOf();
  const memory = new CaseMemory();
  operations.forEach((operationId, position) => {
    let context;
    try {
      context = operationContext(index, operationId);
    } catch (error) {
      // Without one valid request there is nothing to vary: the operation's
      // cases are left out, said in `omitted` and at generation, and every
      // other operation still gets its cases.
      if (!(error instanceof NoBaselineError)) throw error;
      const reason = `no valid request could be built: ${error.message}`;
      omitted.push({ id: `${index.nameOf(operationId)}.*`, reason });
      index.warn(`${index.nameOf(operationId)}: conformance cases omitted (${reason})`);
      return;
    }
    const members = memberCases(index, context, memory);
    add(members.cases);
    omitted.push(...members.omitted);
    add(exampleCases(index, context));
    add(requestTestCases(index, context));
    // Protocol rules do not depend on the operation: test them once, through
    // the first operation (by name) that has input.
    if (position === firstWithInput(index, operations)) {
      // A member the request is invalid without (one with a default is not: requiredOnTheWire).
      const requiredMember =
        context.inputId === undefined
          ? undefined
          : index.membersOf(context.inputId).find((m) => index.requiredOnTheWire(m) && hasOwn(context.baseline, m.name))?.name;
      add(protocolCases(context, requiredMember));
      const requiredString = context.inputId === undefined ? undefined : index
        .membersOf(context.inputId)
        .find((m) => m.required && index.typeOf(m.target) === "string" && hasOwn(context.baseline, m.name) && typeof context.baseline[m.name] === "string");
      add(hostileJsonCases(context, requiredString?.name));
    }
  });
  const suite: ConformanceSuite = {
    $comment: jsonBanner(index.sourceFiles),
    service: {
      shapeId: service.id,
      name: service.name,
      namespace: service.namespace,
      protocol: service.protocol,
      contentType: protocolContentType(service.protocol),
      endpointPrefix: service.endpointPrefix,
    },
    errors: index.errorsOfService().map((id) => {
      const info = index.errorInfo(id);
      return { name: info.name, shapeId: id, fault: info.fault, status: info.status };
    }),
    operations: operations.map((id) => {
      const entry: ConformanceSuite["operations"][number] = { name: index.nameOf(id), target: `${service.name}.${index.nameOf(id)}` };
      const input = index.inputOf(id);
      const output = index.outputOf(id);
      if (input) entry.input = index.nameOf(input);
      if (output) entry.output = index.nameOf(output);
      return entry;
    }),
    cases: [],
    omitted,
  };
  if (service.signingName) suite.service.signingName = service.signingName;
  return suite;
}

function firstWithInput(index: ModelIndex, operations: string[]): number {
  const found = operations.findIndex((id) => index.inputOf(id) !== undefined);
  return found === -1 ? 0 : found;
}

/**
 * cases.json's text: one case (and one error, operation, omission) per line.
 * Indenting inside a case made a quarter of the file whitespace on large AWS
 * models (SageMaker: 51 MB), while a line per case keeps diffs of a model
 * change as readable: what changed is which cases, and each is one line.
 */
export function suiteText(suite: ConformanceSuite): string {
  return textOf(suite, suite.cases.map(caseLine));
}

/** One case's line of cases.json. */
function caseLine(item: ConformanceCase): string {
  return `    ${JSON.stringify(item)}`;
}

/**
 * suiteText, given the lines of the cases, or runs of them already joined by
 * ",\n" (the suite's own `cases` are not read). One join makes the whole
 * text: a template literal around joined parts is a cons string, which
 * writing the file had to copy flat once more (Glue: 10 million characters).
 */
function textOf(suite: ConformanceSuite, caseLines: string[]): string {
  const parts: string[] = ["{\n"];
  for (const [key, given] of Object.entries(suite) as [string, unknown][]) {
    if (parts.length > 1) parts.push(",\n");
    const value = key === "cases" ? caseLines : given;
    const name = JSON.stringify(key);
    if (!Array.isArray(value) || value.length === 0) {
      parts.push(`  ${name}: ${JSON.stringify(value)}`);
      continue;
    }
    parts.push(`  ${name}: [\n`);
    value.forEach((item: unknown, i) => {
      if (i > 0) parts.push(",\n");
      parts.push(key === "cases" ? (item as string) : `    ${JSON.stringify(item)}`);
    });
    parts.push("\n  ]");
  }
  parts.push("\n}\n");
  return parts.join("");
}

/**
 * cases.json written as the cases are made: each operation's cases become
 * their lines of text at once, so only the text lives until the file is
 * written, not ~19,000 case objects with their requests (SageMaker), which
 * every garbage collection of the generator had to copy or trace again.
 */
export function casesJson(index: ModelIndex, linesPerChunk = LINES_PER_CHUNK): string {
  // Lines are joined a few hundred at a time (with the separator textOf puts
  // between cases): a chunk of that size is allocated outside V8's young
  // generation, and the lines die young instead of each surviving, and being
  // copied by, every young-generation collection until the end (10 MB on Glue).
  const chunks: string[] = [];
  let lines: string[] = [];
  const suite = suiteOf(index, (made) => {
    for (const c of made) {
      if (lines.push(caseLine(c)) === linesPerChunk) {
        chunks.push(lines.join(",\n"));
        lines = [];
      }
    }
  });
  if (lines.length > 0) chunks.push(lines.join(",\n"));
  return textOf(suite, chunks);
}

/** Case lines joined into one string at a time (see casesJson). */
const LINES_PER_CHUNK = 256;

export const conformanceGenerator: Generator = {
  name: "conformance",
  generate: (index) => [{ path: "conformance/cases.json", contents: casesJson(index) }],
};
