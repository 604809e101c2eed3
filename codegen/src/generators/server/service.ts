// generated/server/src/service.ts: a handler type per operation, the
// handlers interface of the service, and `create<Service>Service`, which
// binds the handlers to the generated readers/writers and hands them to the
// runtime core. Which model errors stand for validation failures, internal
// failures and throttling is decided here from the model's shapes, with
// framework errors as the fallback when the model has no fitting shape.

import type { Member, ModelIndex } from "../../model/knowledge.js";
import { literal, TypeScriptWriter } from "../../writer/typescript-writer.js";
import { handlerTypeName, isInheritedName, readerName, serializerName, typeName, writerName } from "./names.js";
import { SERVER_RUNTIME } from "./runtime-packages.js";

const MESSAGE_NAMES = ["Message", "message"];

export function serviceFile(index: ModelIndex, serviceId: string): string {
  const w = new TypeScriptWriter(index.sourceFiles, "./service.js");
  const info = index.serviceInfo(serviceId);
  const service = typeName(index, serviceId);
  const operations = index.operationsOf(serviceId);
  const contentType = info.protocol.endsWith("awsJson1_1") ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0";
  w.addTypeImport(SERVER_RUNTIME, "RequestContext");

  for (const op of operations) {
    const input = index.inputOf(op);
    const output = index.outputOf(op);
    const inputType = input ? typeName(index, input) : "Record<string, never>";
    const outputType = output ? typeName(index, output) : "void";
    if (input) w.addTypeImport("./models.js", inputType);
    if (output) w.addTypeImport("./models.js", outputType);
    const errors = index.errorsOf(op, serviceId).map((e) => index.nameOf(e, serviceId));
    w.docs(index.documentationOf(op), {
      throws: errors.length > 0 ? `one of ${errors.join(", ")} (modelled errors of the operation)` : undefined,
    });
    // A promise, or the output itself when the handler has it at once: the
    // core awaits only a promise, which saves a turn of the event loop.
    w.write(
      `export type ${handlerTypeName(index, op)} = (input: ${inputType}, context: RequestContext) => Promise<${outputType}> | ${outputType};`,
    );
    w.blankLine();
  }

  w.docs(`One handler per operation of ${service}.`);
  w.block(`export interface ${service}Handlers {`, () => {
    for (const op of operations) w.write(`${index.nameOf(op, serviceId)}: ${handlerTypeName(index, op)};`);
  });
  w.blankLine();

  w.docs("Service facts from the model: the X-Amz-Target prefix, the SigV4 signing name and the protocol media type.");
  w.block(`export const ${service}Metadata = {`, () => {
    w.write(`serviceName: ${literal(service)},`);
    w.write(`shapeId: ${literal(serviceId)},`);
    w.write(`version: ${literal(info.version)},`);
    w.write(`signingName: ${literal(info.signingName ?? info.endpointPrefix)},`);
    w.write(`contentType: ${literal(contentType)},`);
    w.write(`operations: ${literal(operations.map((op) => index.nameOf(op, serviceId)))},`);
  }, "} as const;");
  w.blankLine();

  validationError(w, index, serviceId);
  w.blankLine();
  internalError(w, index, serviceId);
  w.blankLine();
  throttlingError(w, index, serviceId);
  w.blankLine();

  w.addImport(SERVER_RUNTIME, "createServiceCore");
  w.addTypeImport(SERVER_RUNTIME, "OperationBinding");
  w.addTypeImport(SERVER_RUNTIME, "ServiceCore");
  w.addTypeImport(SERVER_RUNTIME, "ServiceOptions");
  w.docs(
    `The ${service} service core: routes awsJson requests to \`handlers\`, validating input against the model.\n` +
      "Serve it with createNodeHttpServer(core) or call core.handle() from any HTTP framework.",
  );
  w.block(
    `export function create${service}Service(handlers: ${service}Handlers, options?: ServiceOptions): ServiceCore {`,
    () => {
      w.block(`for (const name of ${service}Metadata.operations) {`, () => {
        // An operation named like an Object.prototype method (`toString`) finds
        // that method on any handlers object: it does not count as implemented.
        const inherited = operations.some((op) => isInheritedName(index.nameOf(op, serviceId)));
        const notOwnMethod = inherited ? ` || (handlers as unknown as Record<string, unknown>)[name] === (Object.prototype as unknown as Record<string, unknown>)[name]` : "";
        w.block(`if (typeof (handlers as unknown as Record<string, unknown>)?.[name] !== "function"${notOwnMethod}) {`, () =>
          w.write(`throw new TypeError(\`create${service}Service: no handler function for operation \${name}\`);`),
        );
      });
      w.block("const operations = new Map<string, OperationBinding>([", () => {
        for (const op of operations) operationEntry(w, index, serviceId, service, op);
      }, "]);");
      const queryCodes = queryErrorCodes(index, serviceId);
      if (queryCodes.length > 0) {
        // aws.protocols#awsQueryCompatible: errors with @awsQueryError also send x-amzn-query-error.
        w.write(`const queryErrorCodes = new Map<string, string>(${literal(queryCodes)});`);
      }
      w.write(
        `return createServiceCore({ ...${service}Metadata, operations, validationError, internalError, throttlingError${queryCodes.length > 0 ? ", queryErrorCodes" : ""} }, options);`,
      );
    },
  );
  return w.toString();
}

/** [error shape ID, awsQuery code] for an awsQueryCompatible service's errors with @awsQueryError. */
function queryErrorCodes(index: ModelIndex, serviceId: string): [string, string][] {
  if (!index.hasTrait(serviceId, "aws.protocols#awsQueryCompatible")) return [];
  return index.errorsOfService(serviceId).flatMap((id): [string, string][] => {
    const trait = index.traitOf<{ code?: string }>(id, "aws.protocols#awsQueryError");
    return typeof trait?.code === "string" ? [[id, trait.code]] : [];
  });
}

function operationEntry(w: TypeScriptWriter, index: ModelIndex, serviceId: string, service: string, op: string): void {
  const name = index.nameOf(op, serviceId);
  const input = index.inputOf(op);
  const output = index.outputOf(op);
  if (input) w.addImport("./codec.js", readerName(index, input));
  if (output) {
    w.addImport("./codec.js", readerName(index, output));
    w.addImport("./codec.js", writerName(index, output));
    w.addImport("./codec.js", serializerName(index, output));
  }
  w.block("[", () => {
    w.write(`${literal(`${service}.${name}`)},`);
    w.block("{", () => {
      w.write(`name: ${literal(name)},`);
      w.write(input ? `readInput: (json, violations) => ${readerName(index, input)}(json, "", violations),` : "readInput: () => ({}),");
      if (output) {
        w.write(`writeOutput: (output) => ${writerName(index, output)}(output as ${typeName(index, output)}),`);
        w.write(`serializeOutput: (output) => ${serializerName(index, output)}(output as ${typeName(index, output)}),`);
        w.write(`checkOutput: (json, violations) => void ${readerName(index, output)}(json, "", violations),`);
      } else {
        w.write("writeOutput: () => ({}),");
        w.write('serializeOutput: () => "",');
        w.write("checkOutput: () => {},");
        // No output: the body is empty (Smithy's awsJson suites), whatever the handler returned.
        w.write("emptyOutput: true,");
      }
      const auth = authMode(index, serviceId, op);
      if (auth) w.write(`auth: ${literal(auth)},`);
      w.write(`errors: new Set(${literal(index.errorsOf(op, serviceId))}),`);
      // Called as a method so class-based handlers keep `this`.
      w.write(`handler: (input: never, context) => handlers.${name}(input, context),`);
    }, "},");
  }, "],");
}

/**
 * Whether the operation waives SigV4 (OperationBinding.auth): `@auth([])` on
 * the operation, or on the service when the operation names none, means no
 * auth scheme at all; `@optionalAuth`, that auth may be left out.
 */
function authMode(index: ModelIndex, serviceId: string, op: string): "none" | "optional" | undefined {
  const schemes = index.traitOf<string[]>(op, "smithy.api#auth") ?? index.traitOf<string[]>(serviceId, "smithy.api#auth");
  if (Array.isArray(schemes) && schemes.length === 0) return "none";
  if (index.traitOf(op, "smithy.api#optionalAuth") !== undefined) return "optional";
  return undefined;
}

/** The model's ValidationException when its members fit (message, reason, field list), else a framework error. */
function validationError(w: TypeScriptWriter, index: ModelIndex, serviceId: string): void {
  w.addTypeImport(SERVER_RUNTIME, "Violations");
  w.addImport(SERVER_RUNTIME, "validationSummary");
  w.docs("Constraint violations as the ValidationException clients expect (Reason fieldValidationFailed, one FieldList entry each).");
  w.block("function validationError(violations: Violations): Error {", () => {
    const plan = validationPlan(index, serviceId);
    if (!plan) {
      w.addImport(SERVER_RUNTIME, "FrameworkError");
      w.write('return new FrameworkError("ValidationException", 400, validationSummary(violations));');
      return;
    }
    w.addImport("./models.js", plan.className);
    const fields: string[] = [`${plan.message.name}: validationSummary(violations, ${plan.messageMax ?? "undefined"})`];
    if (plan.reason) fields.push(`${plan.reason.name}: ${literal(plan.reasonValue)}`);
    if (plan.list) {
      const name =
        plan.list.nameMember === "path" ? "v.path" : `${(w.addImport(SERVER_RUNTIME, "memberPathName"), "memberPathName")}(v.path)`;
      w.addImport(SERVER_RUNTIME, "fit");
      fields.push(
        `${plan.list.member.name}: violations.map((v) => ({ ${plan.list.nameMember}: ${name}, ${plan.list.messageMember}: fit(v.message, ${plan.list.messageMax ?? "undefined"}) }))`,
      );
    }
    w.write(`return new ${plan.className}({`);
    w.indent();
    for (const field of fields) w.write(`${field},`);
    w.dedent();
    w.write("});");
  });
}

interface ValidationPlan {
  className: string;
  message: Member;
  messageMax?: number;
  reason?: Member;
  reasonValue?: string;
  list?: { member: Member; nameMember: string; messageMember: string; messageMax?: number };
}

function validationPlan(index: ModelIndex, serviceId: string): ValidationPlan | undefined {
  const errorId = index.errorsOfService(serviceId).find((id) => index.nameOf(id, serviceId) === "ValidationException");
  if (!errorId) return undefined;
  const members = index.membersOf(errorId);
  const message = members.find((m) => MESSAGE_NAMES.includes(m.name) && index.typeOf(m.target) === "string");
  if (!message) return undefined;
  const plan: ValidationPlan = { className: typeName(index, errorId), message };
  const messageMax = index.constraintsOf(message).length?.max;
  if (messageMax !== undefined) plan.messageMax = messageMax;
  const used = new Set([message.name]);
  for (const member of members) {
    if (index.typeOf(member.target) === "enum") {
      const value = index.enumValuesOf(member.target).find((v) => v.value === "fieldValidationFailed");
      if (value) {
        plan.reason = member;
        plan.reasonValue = String(value.value);
        used.add(member.name);
      }
    }
    const type = index.typeOf(member.target);
    if ((type === "list" || type === "set") && index.typeOf(index.listMemberOf(member.target).target) === "structure") {
      const entry = index.listMemberOf(member.target).target;
      const entryMembers = index.membersOf(entry);
      const nameMember = entryMembers.find((m) => m.name === "Name" || m.name === "path");
      const messageMember = entryMembers.find((m) => MESSAGE_NAMES.includes(m.name));
      const others = entryMembers.filter((m) => m.required && m !== nameMember && m !== messageMember);
      if (nameMember && messageMember && others.length === 0) {
        plan.list = { member, nameMember: nameMember.name, messageMember: messageMember.name };
        const max = index.constraintsOf(messageMember).length?.max;
        if (max !== undefined) plan.list.messageMax = max;
        used.add(member.name);
      }
    }
  }
  // Any other required member cannot be filled in generically.
  if (members.some((m) => m.required && !used.has(m.name))) return undefined;
  return plan;
}

/** A server error of the model needing only a message (InternalServerException preferred), else InternalFailure. */
function internalError(w: TypeScriptWriter, index: ModelIndex, serviceId: string): void {
  const candidates = index
    .errorsOfService(serviceId)
    .filter((id) => index.errorInfo(id, serviceId).fault === "server")
    .filter((id) => index.membersOf(id).every((m) => !m.required || MESSAGE_NAMES.includes(m.name)));
  const chosen =
    candidates.find((id) => index.nameOf(id, serviceId) === "InternalServerException") ??
    candidates.find((id) => /internal/i.test(index.nameOf(id, serviceId)));
  w.docs("The answer to anything unexpected: a generic message, nothing from the failure itself.");
  w.block("function internalError(): Error {", () => {
    if (!chosen) {
      w.addImport(SERVER_RUNTIME, "FrameworkError");
      w.write('return new FrameworkError("InternalFailure", 500, "An internal error occurred. Try again later.");');
      return;
    }
    const className = typeName(index, chosen);
    w.addImport("./models.js", className);
    const message = index.membersOf(chosen).find((m) => MESSAGE_NAMES.includes(m.name));
    w.write(`return new ${className}({${message ? ` ${message.name}: "An internal error occurred. Try again later." ` : ""}});`);
  });
}

/** The model's throttling error (@retryable(throttling: true)) with the members it has, else a framework ThrottlingException. */
function throttlingError(w: TypeScriptWriter, index: ModelIndex, serviceId: string): void {
  // Members filled in by name, case-insensitively (AWS models say `ServiceCode`, smithy examples `serviceCode`).
  const byLowerName: Record<string, string> = {
    servicecode: "serviceCode",
    quotacode: "quotaCode",
    retryafterseconds: "retryAfterSeconds",
    message: '"Rate exceeded"',
  };
  const fill = (name: string): string | undefined => byLowerName[name.toLowerCase()];
  const chosen = index
    .errorsOfService(serviceId)
    .find(
      (id) =>
        index.errorInfo(id, serviceId).retryable?.throttling === true &&
        index.membersOf(id).every((m) => !m.required || fill(m.name) !== undefined),
    );
  w.docs("The token bucket ran dry.");
  w.block("function throttlingError(retryAfterSeconds: number, serviceCode: string, quotaCode: string): Error {", () => {
    if (!chosen) {
      w.addImport(SERVER_RUNTIME, "FrameworkError");
      w.write("void serviceCode;");
      w.write("void quotaCode;");
      w.write(
        'return new FrameworkError("ThrottlingException", 400, "Rate exceeded", { "Retry-After": String(retryAfterSeconds) });',
      );
      return;
    }
    const className = typeName(index, chosen);
    w.addImport("./models.js", className);
    const members = index.membersOf(chosen).filter((m) => fill(m.name) !== undefined);
    const usedParams = new Set(members.map((m) => fill(m.name)));
    for (const param of ["serviceCode", "quotaCode", "retryAfterSeconds"]) if (!usedParams.has(param)) w.write(`void ${param};`);
    w.write(`return new ${className}({ ${members.map((m) => `${m.name}: ${fill(m.name)}`).join(", ")} });`);
  });
}
