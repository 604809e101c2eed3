// The client's plumbing, laid out as AWS SDK v3 clients are
// (clients/client-*/src): the bare client with its config resolution chain,
// the aggregated client, one command per operation, endpoint rules, SigV4 auth
// scheme, runtime configs and extensions. Everything here is wiring of the
// @smithy/* and @aws-sdk/* runtime packages; the few runtime pieces they do
// not provide live in @mwaa-serverless/client-runtime (packages/client-runtime).

import { bddTables } from "../../model/endpoint-bdd.js";
import { deprecationOf } from "../../model/deprecation.js";
import type { NodeObject } from "../../model/ast.js";
import type { ModelIndex } from "../../model/knowledge.js";
import { TypeScriptWriter, literal } from "../../writer/typescript-writer.js";
import type { GeneratedFile } from "../generator.js";
import { NO_AUTH, SIGV4, serviceAuthOf, type ServiceAuth } from "./auth-schemes.js";
import { endpointInstructionSets } from "./endpoint-context-params.js";
import { clientContextParamsOf, endpointParameterBindings, endpointRuleSetOf, isMemoisableEndpoint, parameterType, ruleSetParameters } from "./endpoint-rules.js";
import { CLIENT_RUNTIME } from "./runtime-package.js";
import { tsType } from "./models.js";
import { commandName, methodName, paginatorModule, paginatorName, schemaName, typeName, waiterNames, type ClientSymbols } from "./symbols.js";
import { paginatedOperations } from "../../model/pagination.js";
import { waitersOf } from "../../model/waiters.js";

const SRC = "client/src";

/** Lint rules the SDK's own idioms break (loose `any` in config plumbing, empty extension interfaces, interface+class merging of the aggregated client). */
const ANY = "@typescript-eslint/no-explicit-any";
const EMPTY = "@typescript-eslint/no-empty-object-type";
const MERGE = "@typescript-eslint/no-unsafe-declaration-merging";

function file(index: ModelIndex, path: string, body: (w: TypeScriptWriter) => void, lintOff: string[] = []): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles);
  if (lintOff.length > 0) w.write(`/* eslint-disable ${lintOff.join(", ")} -- the AWS SDK v3 client layout */`).blankLine();
  body(w);
  return { path: `${SRC}/${path}`, contents: w.toString() };
}

/** Whether the rule set reads AWS::Auth::AccountIdEndpointMode, which the client then configures as the AWS SDK's DynamoDB client does. */
function hasAccountIdEndpointMode(index: ModelIndex): boolean {
  return ruleSetParameters(endpointRuleSetOf(index).ruleSet).some(([, spec]) => spec.builtIn === "AWS::Auth::AccountIdEndpointMode");
}

export function clientFile(index: ModelIndex, s: ClientSymbols): GeneratedFile {
  const ops = index.operationsOf();
  const accountIdEndpointMode = hasAccountIdEndpointMode(index);
  const { ruleSet } = endpointRuleSetOf(index);
  const memoisable = isMemoisableEndpoint(ruleSet, clientContextParamsOf(index));
  return file(index, `${s.clientName}.ts`, (w) => {
    if (accountIdEndpointMode) {
      w.addImport("@aws-sdk/core/account-id-endpoint", "resolveAccountIdEndpointModeConfig");
      w.addTypeImport("@aws-sdk/core/account-id-endpoint", "AccountIdEndpointModeInputConfig");
      w.addTypeImport("@aws-sdk/core/account-id-endpoint", "AccountIdEndpointModeResolvedConfig");
    }
    w.addImport("@aws-sdk/core/client", "getHostHeaderPlugin");
    w.addImport("@aws-sdk/core/client", "getLoggerPlugin");
    w.addImport("@aws-sdk/core/client", "getRecursionDetectionPlugin");
    w.addImport("@aws-sdk/core/client", "resolveHostHeaderConfig");
    w.addImport("@aws-sdk/core/client", "resolveUserAgentConfig");
    w.addTypeImport("@aws-sdk/core/client", "HostHeaderInputConfig");
    w.addTypeImport("@aws-sdk/core/client", "HostHeaderResolvedConfig");
    w.addTypeImport("@aws-sdk/core/client", "UserAgentInputConfig");
    w.addTypeImport("@aws-sdk/core/client", "UserAgentResolvedConfig");
    w.addImport("@smithy/core", "DefaultIdentityProviderConfig");
    w.addImport("@smithy/core", "getHttpAuthSchemeEndpointRuleSetPlugin");
    w.addImport("@smithy/core", "getHttpSigningPlugin");
    w.addImport("@smithy/core/client", "Client as __Client");
    w.addTypeImport("@smithy/core/client", "DefaultsMode as __DefaultsMode");
    w.addTypeImport("@smithy/core/client", "SmithyConfiguration as __SmithyConfiguration");
    w.addTypeImport("@smithy/core/client", "SmithyResolvedConfiguration as __SmithyResolvedConfiguration");
    w.addImport("@smithy/core/config", "resolveRegionConfig");
    w.addTypeImport("@smithy/core/config", "RegionInputConfig");
    w.addTypeImport("@smithy/core/config", "RegionResolvedConfig");
    w.addImport("@smithy/core/endpoints", "resolveEndpointConfig");
    w.addTypeImport("@smithy/core/endpoints", "EndpointInputConfig");
    w.addTypeImport("@smithy/core/endpoints", "EndpointResolvedConfig");
    w.addImport("@smithy/core/protocols", "getContentLengthPlugin");
    w.addTypeImport("@smithy/core/protocols", "HttpHandlerUserInput as __HttpHandlerUserInput");
    w.addImport("@smithy/core/retry", "getRetryPlugin");
    w.addImport("@smithy/core/retry", "resolveRetryConfig");
    w.addTypeImport("@smithy/core/retry", "RetryInputConfig");
    w.addTypeImport("@smithy/core/retry", "RetryResolvedConfig");
    w.addImport("@smithy/core/schema", "getSchemaSerdePlugin");
    for (const t of [
      "AwsCredentialIdentityProvider",
      "BodyLengthCalculator as __BodyLengthCalculator",
      "CheckOptionalClientConfig as __CheckOptionalClientConfig",
      "ChecksumConstructor as __ChecksumConstructor",
      "Decoder as __Decoder",
      "Encoder as __Encoder",
      "HashConstructor as __HashConstructor",
      "HttpHandlerOptions as __HttpHandlerOptions",
      "Logger as __Logger",
      "Provider as __Provider",
      "StreamCollector as __StreamCollector",
      "UrlParser as __UrlParser",
      "UserAgent as __UserAgent",
    ]) {
      w.addTypeImport("@smithy/types", t);
    }
    w.addImport("./auth/httpAuthSchemeProvider.js", `default${s.prefix}HttpAuthSchemeParametersProvider`);
    w.addImport("./auth/httpAuthSchemeProvider.js", "resolveHttpAuthSchemeConfig");
    w.addTypeImport("./auth/httpAuthSchemeProvider.js", "HttpAuthSchemeInputConfig");
    w.addTypeImport("./auth/httpAuthSchemeProvider.js", "HttpAuthSchemeResolvedConfig");
    w.addImport("./endpoint/EndpointParameters.js", "resolveClientEndpointParameters");
    w.addTypeImport("./endpoint/EndpointParameters.js", "ClientInputEndpointParameters");
    w.addTypeImport("./endpoint/EndpointParameters.js", "ClientResolvedEndpointParameters");
    w.addTypeImport("./endpoint/EndpointParameters.js", "EndpointParameters");
    if (memoisable) w.addImport(CLIENT_RUNTIME, "markFixedEndpoint");
    w.addImport(CLIENT_RUNTIME, "memoiseDefaultSigner");
    w.addImport(CLIENT_RUNTIME, "resolveRetryAfterMembers");
    w.addImport(CLIENT_RUNTIME, "serdeConfigView");
    w.addImport(CLIENT_RUNTIME, "trackMiddlewareStack");
    w.addImport(CLIENT_RUNTIME, "getUserAgentPlugin");
    w.addImport("./runtimeConfig.js", "getRuntimeConfig as __getRuntimeConfig");
    w.addImport("./runtimeExtensions.js", "resolveRuntimeExtensions");
    w.addTypeImport("./runtimeExtensions.js", "RuntimeExtension");
    w.addTypeImport("./runtimeExtensions.js", "RuntimeExtensionsConfig");
    for (const op of ops) {
      w.addTypeImport(`./commands/${commandName(index, op)}.js`, `${commandName(index, op)}Input`);
      w.addTypeImport(`./commands/${commandName(index, op)}.js`, `${commandName(index, op)}Output`);
    }
    w.write("export { __Client };");
    w.blankLine();
    // A service without operations (Smithy takes one) still has a client
    // whose types the Smithy Client accepts: `never` as its input and
    // output types made its middleware stack and plugins fail to typecheck.
    if (ops.length === 0) w.addTypeImport("@smithy/types", "MetadataBearer as __MetadataBearer");
    w.docs(undefined, { public: "" });
    w.write(`export type ServiceInputTypes = ${ops.map((op) => `${commandName(index, op)}Input`).join(" | ") || "object"};`);
    w.blankLine();
    w.docs(undefined, { public: "" });
    w.write(`export type ServiceOutputTypes = ${ops.map((op) => `${commandName(index, op)}Output`).join(" | ") || "__MetadataBearer"};`);
    w.blankLine();
    w.docs(
      "Error members the retry strategy reads as a back-off hint in seconds, as it reads the Retry-After header.",
      { internal: "" },
    );
    w.write(`const RETRY_AFTER_MEMBERS: readonly string[] = ${literal(s.retryAfterMembers)};`);
    w.blankLine();
    w.write(clientDefaults(index));
    w.blankLine();
    w.docs(undefined, { public: "" });
    w.write(
      `export type ${s.clientName}ConfigType = Partial<__SmithyConfiguration<__HttpHandlerOptions>> & ClientDefaults & ${accountIdEndpointMode ? "AccountIdEndpointModeInputConfig & " : ""}UserAgentInputConfig & RetryInputConfig & RegionInputConfig & HostHeaderInputConfig & EndpointInputConfig<EndpointParameters> & HttpAuthSchemeInputConfig & ClientInputEndpointParameters;`,
    );
    w.blankLine();
    w.docs(`The configuration interface of ${s.clientName} class constructor that set the region, credentials and other options.`, { public: "" });
    w.write(`export interface ${s.clientName}Config extends ${s.clientName}ConfigType {}`);
    w.blankLine();
    w.docs(undefined, { public: "" });
    w.write(
      `export type ${s.clientName}ResolvedConfigType = __SmithyResolvedConfiguration<__HttpHandlerOptions> & Required<ClientDefaults> & RuntimeExtensionsConfig & ${accountIdEndpointMode ? "AccountIdEndpointModeResolvedConfig & " : ""}UserAgentResolvedConfig & RetryResolvedConfig & RegionResolvedConfig & HostHeaderResolvedConfig & EndpointResolvedConfig<EndpointParameters> & HttpAuthSchemeResolvedConfig & ClientResolvedEndpointParameters;`,
    );
    w.blankLine();
    w.docs(`The resolved configuration interface of ${s.clientName} class. This is resolved and normalized from the {@link ${s.clientName}Config | constructor configuration interface}.`, { public: "" });
    w.write(`export interface ${s.clientName}ResolvedConfig extends ${s.clientName}ResolvedConfigType {}`);
    w.blankLine();
    w.docs(index.documentationOf(s.service.id), { public: "" });
    w.block(
      `export class ${s.clientName} extends __Client<__HttpHandlerOptions, ServiceInputTypes, ServiceOutputTypes, ${s.clientName}ResolvedConfig> {`,
      () => {
        w.docs("The resolved configuration of the client.");
        w.write(`override readonly config: ${s.clientName}ResolvedConfig;`);
        w.blankLine();
        w.block(`constructor(...[configuration]: __CheckOptionalClientConfig<${s.clientName}Config>) {`, () => {
          w.write("const _config_0 = __getRuntimeConfig(configuration || {});");
          w.write("super(_config_0 as any);");
          w.write("this.initConfig = _config_0;");
          // The AWS SDK's resolver chain, in its order.
          const resolvers: { call: (previous: string) => string; comment?: string }[] = [
            { call: (c) => `resolveClientEndpointParameters(${c})` },
            ...(accountIdEndpointMode ? [{ call: (c: string) => `resolveAccountIdEndpointModeConfig(${c})` }] : []),
            { call: (c) => `resolveUserAgentConfig(${c})` },
            {
              call: (c) => `resolveRetryAfterMembers(resolveRetryConfig(${c}), RETRY_AFTER_MEMBERS)`,
              comment: "The SDK's retry strategies, taught to also read modelled Retry-After members.",
            },
            { call: (c) => `resolveRegionConfig(${c})` },
            { call: (c) => `resolveHostHeaderConfig(${c})` },
            { call: (c) => `resolveEndpointConfig(${c})` },
            { call: (c) => `resolveHttpAuthSchemeConfig(${c})` },
            { call: (c) => `resolveRuntimeExtensions(${c}, configuration?.extensions || [])` },
          ];
          resolvers.forEach((r, i) => {
            if (r.comment) w.write(`// ${r.comment}`);
            w.write(`const _config_${i + 1} = ${r.call(`_config_${i}`)};`);
          });
          w.write("// __Client's constructor has replaced a protocol class in the config by its instance.");
          w.write(`this.config = _config_${resolvers.length} as ${s.clientName}ResolvedConfig;`);
          if (memoisable) {
            w.write("// Per-call work the SDK repeats although its result cannot change: building");
            w.write("// a SignatureV4 and resolving a fixed endpoint (see the client runtime). Users' own");
            w.write("// `signer` and endpoint provider functions are left alone.");
            w.write("if (!configuration?.signer) memoiseDefaultSigner(this.config as any);");
            w.write("markFixedEndpoint(this.config, configuration as Record<string, unknown> | undefined);");
          } else {
            w.write("// Per-call work the SDK repeats although its result cannot change: building a");
            w.write("// SignatureV4 (see the client runtime; a user's own `signer` is left alone). The");
            w.write("// endpoint is not memoised: it depends on the account ID of the credentials or on");
            w.write("// client context params, which the fixed-endpoint memo does not watch.");
            w.write("if (!configuration?.signer) memoiseDefaultSigner(this.config as any);");
          }
          w.write("// The serde middleware copies its config per call: give it only what the protocol reads.");
          w.write("this.middlewareStack.use(getSchemaSerdePlugin(configuration?.protocol ? this.config : serdeConfigView(this.config)));");
          w.write("// The SDK's user agent middleware, with the default sections escaped once (see the client runtime).");
          w.write("this.middlewareStack.use(getUserAgentPlugin(this.config));");
          w.write("this.middlewareStack.use(getRetryPlugin(this.config));");
          w.write("this.middlewareStack.use(getContentLengthPlugin(this.config));");
          w.write("this.middlewareStack.use(getHostHeaderPlugin(this.config));");
          w.write("this.middlewareStack.use(getLoggerPlugin(this.config));");
          w.write("this.middlewareStack.use(getRecursionDetectionPlugin(this.config));");
          w.block("this.middlewareStack.use(", () => {
            w.block("getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {", () => {
              w.write(`httpAuthSchemeParametersProvider: default${s.prefix}HttpAuthSchemeParametersProvider,`);
              w.write("identityProviderConfigProvider: async (config) =>");
              w.write('  new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials }),');
            }, "}),");
          }, ");");
          w.write("this.middlewareStack.use(getHttpSigningPlugin(this.config));");
          w.write("// Lets commands reuse the sorted middleware list until this stack changes (see the client runtime).");
          w.write("trackMiddlewareStack(this.middlewareStack);");
        });
        w.blankLine();
        w.docs("Destroy underlying resources, like sockets. It's usually not necessary to do this. However in Node.js, it's best to explicitly shut down the client's agent when it is no longer needed. Otherwise, sockets might stay open for quite a long time before the server terminates them.");
        w.block("override destroy(): void {", () => w.write("super.destroy();"));
      },
    );
  }, [ANY, EMPTY]);
}

const CLIENT_DEFAULTS = `/**
 * @public
 */
export interface ClientDefaults extends Partial<__SmithyConfiguration<__HttpHandlerOptions>> {
  /** The HTTP handler to use or its constructor options (an undici-based handler by default). Fetch in browser and Https in Nodejs. */
  requestHandler?: __HttpHandlerUserInput;
  /** A constructor for a class implementing the {@link @smithy/types#ChecksumConstructor} interface that computes the SHA-256 HMAC or checksum of a string or binary buffer. */
  sha256?: __ChecksumConstructor | __HashConstructor;
  /** The function that will be used to convert strings into HTTP endpoints. */
  urlParser?: __UrlParser;
  /** A function that can calculate the length of a request body. */
  bodyLengthChecker?: __BodyLengthCalculator;
  /** A function that converts a stream into an array of bytes. */
  streamCollector?: __StreamCollector;
  /** The function that will be used to convert a base64-encoded string to a byte array. */
  base64Decoder?: __Decoder;
  /** The function that will be used to convert binary data to a base64-encoded string. */
  base64Encoder?: __Encoder;
  /** The function that will be used to convert a UTF8-encoded string to a byte array. */
  utf8Decoder?: __Decoder;
  /** The function that will be used to convert binary data to a UTF-8 encoded string. */
  utf8Encoder?: __Encoder;
  /** The runtime environment. */
  runtime?: string;
  /** Disable dynamically changing the endpoint of the client based on the hostPrefix trait of an operation. */
  disableHostPrefix?: boolean;
  /** Unique service identifier. */
  serviceId?: string;
  /** Enables IPv6/IPv4 dualstack endpoint. */
  useDualstackEndpoint?: boolean | __Provider<boolean>;
  /** Enables FIPS compatible endpoints. */
  useFipsEndpoint?: boolean | __Provider<boolean>;
  /** The AWS region to which this client will send requests. */
  region?: string | __Provider<string>;
  /** Setting a client profile is similar to setting a value for the AWS_PROFILE environment variable. */
  profile?: string;
  /** The provider populating default tracking information to be sent with \`user-agent\`, \`x-amz-user-agent\` header. */
  defaultUserAgentProvider?: __Provider<__UserAgent>;
  /** Default credentials provider; Not available in browser runtime. */
  credentialDefaultProvider?: (input: any) => AwsCredentialIdentityProvider;
  /** Value for how many times a request will be made at most in case of retry. */
  maxAttempts?: number | __Provider<number>;
  /** Specifies which retry algorithm to use ("standard" or "adaptive"). */
  retryMode?: string | __Provider<string>;
  /** Optional logger for logging debug/info/warn/error. */
  logger?: __Logger;
  /** Optional extensions. */
  extensions?: RuntimeExtension[];
  /** The {@link @smithy/smithy-client#DefaultsMode} that will be used to determine how certain default configuration options are resolved in the SDK. */
  defaultsMode?: __DefaultsMode | __Provider<__DefaultsMode>;
}`;

/**
 * ClientDefaults, plus the AWS SDKs' request compression settings when an
 * operation of the service has @requestCompression (the client runtime's requestCompression.ts reads them).
 */
function clientDefaults(index: ModelIndex): string {
  if (!index.operationsOf().some((op) => index.hasTrait(op, "smithy.api#requestCompression"))) return CLIENT_DEFAULTS;
  return `${CLIENT_DEFAULTS.slice(0, -1)}  /** Never gzip request bodies of operations with @requestCompression (default false). */
  disableRequestCompression?: boolean;
  /** Smallest request body gzipped, 0 to 10485760 bytes (default 10240). */
  requestMinCompressionSizeBytes?: number;
}`;
}

export function aggregatedClientFile(index: ModelIndex, s: ClientSymbols): GeneratedFile {
  const ops = index.operationsOf();
  return file(index, `${s.prefix}.ts`, (w) => {
    w.addImport("@smithy/core/client", "createAggregatedClient");
    w.addTypeImport("@smithy/types", "HttpHandlerOptions as __HttpHandlerOptions");
    w.addImport(`./${s.clientName}.js`, s.clientName);
    for (const op of ops) {
      const cmd = commandName(index, op);
      w.addImport(`./commands/${cmd}.js`, cmd);
      w.addTypeImport(`./commands/${cmd}.js`, `${cmd}Input`);
      w.addTypeImport(`./commands/${cmd}.js`, `${cmd}Output`);
    }
    const paginated = paginatedOperations(index);
    for (const op of paginated) w.addImport(`./pagination/${paginatorModule(index, op)}.js`, paginatorName(index, op));
    if (paginated.length > 0) {
      w.addTypeImport("@smithy/types", "PaginationConfiguration");
      w.addTypeImport("@smithy/types", "Paginator");
    }
    const waiters = waitersOf(index);
    for (const waiter of waiters) w.addImport(`./waiters/${waiterNames(waiter.name).module}.js`, waiterNames(waiter.name).waitUntil);
    if (waiters.length > 0) {
      w.addTypeImport("@smithy/core/client", "WaiterConfiguration");
      w.addTypeImport("@smithy/core/client", "WaiterResult");
    }
    // createAggregatedClient names each method after its key, without
    // "Command" and with a lower-case first letter: a key of its own for a
    // method named apart from its command (methodName).
    w.block("const commands = {", () => {
      for (const op of ops) {
        const cmd = commandName(index, op);
        const method = methodName(index, op);
        const key = `${method.charAt(0).toUpperCase()}${method.slice(1)}Command`;
        w.write(key === cmd ? `${cmd},` : `${key}: ${cmd},`);
      }
    }, "};");
    w.blankLine();
    if (paginated.length > 0) {
      w.block("const paginators = {", () => {
        for (const op of paginated) w.write(`${paginatorName(index, op)},`);
      }, "};");
      w.blankLine();
    }
    if (waiters.length > 0) {
      w.block("const waiters = {", () => {
        for (const waiter of waiters) w.write(`${waiterNames(waiter.name).waitUntil},`);
      }, "};");
      w.blankLine();
    }
    w.block(`export interface ${s.prefix} {`, () => {
      for (const op of ops) {
        const cmd = commandName(index, op);
        const method = methodName(index, op);
        w.docs(`@see {@link ${cmd}}`);
        if (optionalInput(index, op)) w.write(`${method}(): Promise<${cmd}Output>;`);
        w.write(`${method}(args: ${cmd}Input, options?: __HttpHandlerOptions): Promise<${cmd}Output>;`);
        w.write(`${method}(args: ${cmd}Input, cb: (err: any, data?: ${cmd}Output) => void): void;`);
        w.write(`${method}(args: ${cmd}Input, options: __HttpHandlerOptions, cb: (err: any, data?: ${cmd}Output) => void): void;`);
        w.blankLine();
      }
      // createAggregatedClient adds each paginator as a method taking the
      // command's input and the pagination options, with this client as theirs.
      for (const op of paginated) {
        const cmd = commandName(index, op);
        w.docs(`@see {@link ${cmd}}\n@param args - command input.\n@param paginationConfig - optional pagination config.\n@returns AsyncIterable of {@link ${cmd}Output}.`);
        w.write(`${paginatorName(index, op)}(args${optionalInput(index, op) ? "?" : ""}: ${cmd}Input, paginationConfig?: Omit<PaginationConfiguration, "client">): Paginator<${cmd}Output>;`);
        w.blankLine();
      }
      // ... and each waiter as a method taking the command's input and either
      // the waiter's configuration or just its maxWaitTime in seconds.
      for (const waiter of waiters) {
        const cmd = commandName(index, waiter.operation);
        w.docs(`@see {@link ${cmd}}\n@param args - command input.\n@param waiterConfig - \`maxWaitTime\` in seconds or waiter config object.`);
        w.write(`${waiterNames(waiter.name).waitUntil}(args: ${cmd}Input, waiterConfig: number | Omit<WaiterConfiguration<${s.prefix}>, "client">): Promise<WaiterResult>;`);
        w.blankLine();
      }
    });
    w.blankLine();
    w.docs(index.documentationOf(s.service.id), { public: "" });
    w.write(`export class ${s.prefix} extends ${s.clientName} implements ${s.prefix} {}`);
    const extras = [...(paginated.length > 0 ? ["paginators"] : []), ...(waiters.length > 0 ? ["waiters"] : [])];
    w.write(extras.length > 0 ? `createAggregatedClient(commands, ${s.prefix}, { ${extras.join(", ")} });` : `createAggregatedClient(commands, ${s.prefix});`);
  }, [ANY, MERGE]);
}

/** Whether an operation can be called without input: it has none, or none of its members is required. */
function optionalInput(index: ModelIndex, op: string): boolean {
  const input = index.inputOf(op);
  return !input || index.membersOf(input).every((m) => !m.required);
}

export function commandBuilderFile(index: ModelIndex, s: ClientSymbols): GeneratedFile {
  return file(index, "commandBuilder.ts", (w) => {
    w.addImport("@smithy/core/client", "makeBuilder");
    w.addImport(CLIENT_RUNTIME, "getFixedEndpointPlugin");
    w.addImport(CLIENT_RUNTIME, "withMiddlewareListCache");
    w.addTypeImport("@smithy/types", "EndpointParameterInstructions");
    w.addTypeImport("@smithy/types", "MetadataBearer");
    w.addTypeImport("@smithy/types", "Pluggable");
    w.addImport("./endpoint/EndpointParameters.js", "commonParams");
    w.addTypeImport(`./${s.clientName}.js`, `${s.clientName}ResolvedConfig`);
    w.addTypeImport(`./${s.clientName}.js`, "ServiceInputTypes");
    w.addTypeImport(`./${s.clientName}.js`, "ServiceOutputTypes");
    w.write(
      `const build = makeBuilder<${s.clientName}ResolvedConfig, ServiceInputTypes, ServiceOutputTypes & MetadataBearer>(commonParams, ${literal(s.service.name)}, ${literal(s.clientName)}, getFixedEndpointPlugin);`,
    );
    w.blankLine();
    w.docs("Builds the command classes of this client (one per operation): the SDK's builder, with the sorted middleware list reused between calls (the client runtime's middlewareListCache).", { internal: "" });
    w.write("export const command = ((...args: Parameters<typeof build>) => withMiddlewareListCache(build(...args))) as typeof build;");
    w.blankLine();
    const { sets } = endpointInstructionSets(index);
    if (sets.length === 1) {
      w.docs("No operation adds endpoint parameters of its own.", { internal: "" });
      w.write("export const _ep0: EndpointParameterInstructions = {};");
    } else {
      sets.forEach((instructions, n) => {
        if (n > 0) w.blankLine();
        w.docs(
          n === 0
            ? "Endpoint parameters of operations that add none to commonParams."
            : "Endpoint parameters an operation adds to commonParams (smithy.rules context params), read from its input by the SDK's endpoint middleware.",
          { internal: "" },
        );
        if (instructions.length === 0) w.write(`export const _ep${n}: EndpointParameterInstructions = {};`);
        else w.block(`export const _ep${n}: EndpointParameterInstructions = {`, () => instructions.forEach((i) => w.write(`${propertyKey(i.name)}: ${i.code},`)), "};");
      });
    }
    w.blankLine();
    w.docs("No operation adds middleware of its own.", { internal: "" });
    w.write("export const _mw0 = (_Command: any, _cs: any, _config: any, _o: any): Pluggable<any, any>[] => [];");
  }, [ANY]);
}

export function commandFile(index: ModelIndex, s: ClientSymbols, op: string): GeneratedFile {
  const cmd = commandName(index, op);
  const input = index.inputOf(op);
  const output = index.outputOf(op);
  return file(index, `commands/${cmd}.ts`, (w) => {
    const ep = `_ep${endpointInstructionSets(index).setOf.get(op) ?? 0}`;
    w.addImport("../commandBuilder.js", ep);
    w.addImport("../commandBuilder.js", "_mw0");
    w.addImport("../commandBuilder.js", "command");
    w.addImport("../schemas/schemas_0.js", schemaName(index, op));
    w.addTypeImport("@smithy/types", "MetadataBearer as __MetadataBearer");
    w.write("export type { __MetadataBearer };");
    w.blankLine();
    const inType = input ? tsType(index, input, w, "other") : "{}";
    const outType = output ? tsType(index, output, w, "other") : "{}";
    w.docs(`The input for {@link ${cmd}}.`, { public: "" });
    w.write(input ? `export interface ${cmd}Input extends ${inType} {}` : `export interface ${cmd}Input {}`);
    w.docs(`The output of {@link ${cmd}}.`, { public: "" });
    w.write(`export interface ${cmd}Output extends ${output ? `${outType}, ` : ""}__MetadataBearer {}`);
    w.blankLine();
    const examples = index.examplesOf(op).filter((e) => e.output !== undefined);
    const exampleInput = examples[0]?.input ?? {};
    const errorIds = index.errorsOf(op);
    const docs = [
      index.documentationOf(op) ?? "",
      "",
      "@example",
      "Use a bare-bones client and the command you need to make an API call.",
      "```javascript",
      `import { ${s.clientName}, ${cmd} } from ${literal(s.packageName)};`,
      `const client = new ${s.clientName}({ region: "us-east-1" });`,
      `const response = await client.send(new ${cmd}(${JSON.stringify(exampleInput, null, 2)}));`,
      "```",
      "",
      `@param ${cmd}Input - {@link ${cmd}Input}`,
      `@returns {@link ${cmd}Output}`,
      ...errorIds.map(
        (e) => `@throws {@link ${typeName(index, e)}} (${index.errorInfo(e).fault} fault)\n${firstSentence(index.documentationOf(e))}`,
      ),
      `@throws {@link ${s.baseException}}`,
      `Base exception class for all service exceptions from ${s.service.sdkId} service.`,
    ].join("\n");
    w.docs(docs, { public: "", deprecated: deprecationOf(index, op) });
    w.block(`export class ${cmd} extends command<${cmd}Input, ${cmd}Output>(${ep}, _mw0, ${literal(typeName(index, op))}, ${schemaName(index, op)}) {`, () => {
      w.docs(undefined, { internal: "" });
      w.write(`declare protected static __types: { api: { input: ${inType}; output: ${outType} }; sdk: { input: ${cmd}Input; output: ${cmd}Output } };`);
    });
  }, [EMPTY]);
}

export function commandsIndexFile(index: ModelIndex): GeneratedFile {
  return file(index, "commands/index.ts", (w) => {
    for (const op of index.operationsOf()) w.write(`export * from "./${commandName(index, op)}.js";`);
  });
}

/** A rule-set parameter name as an object key (the rules language's names are identifiers; quoted otherwise). */
function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name);
}

export function endpointFiles(index: ModelIndex, s: ClientSymbols): GeneratedFile[] {
  const signingName = s.service.signingName ?? s.service.endpointPrefix;
  const { ruleSet, fromModel, bdd } = endpointRuleSetOf(index);
  const bindings = endpointParameterBindings(ruleSet, clientContextParamsOf(index));
  const builtIns = new Set(bindings.filter((b) => b.kind === "builtInParams").map((b) => b.configKey));
  const custom = bindings.filter((b) => b.kind === "clientContextParams");
  const params = file(index, "endpoint/EndpointParameters.ts", (w) => {
    w.addTypeImport("@smithy/types", "Endpoint");
    w.addTypeImport("@smithy/types", "EndpointParameters as __EndpointParameters");
    w.addTypeImport("@smithy/types", "EndpointV2");
    w.addTypeImport("@smithy/types", "Provider");
    const common = bindings.map((b) => `  ${propertyKey(b.name)}: { type: ${literal(b.kind)}, name: ${literal(b.configKey)} },`).join("\n");
    const fields = ruleSetParameters(ruleSet)
      .map(([name, spec]) => `  ${propertyKey(name)}?: ${parameterType(spec)} | undefined;`)
      .join("\n");
    const provided = (type: string): string => `${type} | undefined | Provider<${type} | undefined>`;
    // Beyond the four every client has: the account ID built-ins (as the AWS
    // SDK's DynamoDB client declares them) and client context params, on the
    // client and nested in \`clientContextParams\` (smithy-typescript's shape).
    const extraInputs = [
      ...["accountId", "accountIdEndpointMode"].filter((key) => builtIns.has(key)).map((key) => `  ${key}?: ${provided("string")};`),
      ...custom.map((b) => `  ${propertyKey(b.configKey)}?: ${provided(b.type)};`),
    ];
    const nested = custom.length > 0 ? `{\n${custom.map((b) => `    ${propertyKey(b.configKey)}?: ${provided(b.type)};`).join("\n")}\n  }` : "";
    const defaults = [
      "    useDualstackEndpoint: options.useDualstackEndpoint ?? false,",
      "    useFipsEndpoint: options.useFipsEndpoint ?? false,",
      ...custom.filter((b) => b.default !== undefined).map((b) => `    ${propertyKey(b.configKey)}: options.${b.configKey} ?? ${literal(b.default)},`),
      `    defaultSigningName: ${literal(signingName)},`,
      ...(custom.length > 0 ? ["    clientContextParams: options.clientContextParams ?? {},"] : []),
    ];
    w.write(`/**
 * @public
 */
export interface ClientInputEndpointParameters {${nested ? `\n  clientContextParams?: ${nested};` : ""}
  useDualstackEndpoint?: boolean | undefined | Provider<boolean | undefined>;
  useFipsEndpoint?: boolean | undefined | Provider<boolean | undefined>;
  endpoint?: string | Provider<string> | Endpoint | Provider<Endpoint> | EndpointV2 | Provider<EndpointV2>;
  region?: string | undefined | Provider<string | undefined>;${extraInputs.map((line) => `\n${line}`).join("")}
}

/**
 * @public
 */
export type ClientResolvedEndpointParameters = Omit<ClientInputEndpointParameters, ${nested ? '"endpoint" | "clientContextParams"' : '"endpoint"'}> & {
  defaultSigningName: string;${nested ? `\n  clientContextParams: ${nested};` : ""}
};

/**
 * @internal
 */
export const resolveClientEndpointParameters = <T>(
  options: T & ClientInputEndpointParameters,
): T & ClientResolvedEndpointParameters => {
  return Object.assign(options, {
${defaults.join("\n")}
  });
};

/**
 * The rule set's parameters bound to client configuration (built-ins${custom.length > 0 ? " and client context params" : ""}).
 * @internal
 */
export const commonParams = {
${common}
} as const;

/**
 * @internal
 */
export interface EndpointParameters extends __EndpointParameters {
${fields}
}`);
  });
  const rules = bdd ? bddFile(index, bdd) : file(index, "endpoint/ruleset.ts", (w) => {
    w.addTypeImport("@smithy/types", "RuleSetObject");
    w.docs(
      fromModel
        ? "Endpoint rules: the model's own smithy.rules#endpointRuleSet, evaluated by @smithy/util-endpoints at run time as AWS SDK clients do."
        : "Endpoint rules (smithy.rules#endpointRuleSet) for the service's standard regional, dual-stack endpoints: " +
            "`https://{endpointPrefix}.{Region}.{dualStackDnsSuffix}`, a `-fips` variant, and a custom `endpoint`.",
      { internal: "" },
    );
    // Through unknown: @smithy/types' RuleSetObject lags the rules language
    // (e.g. `stringArray` parameters, which AWS models use); the evaluator reads them.
    w.write(`export const ruleSet = ${JSON.stringify(ruleSet, null, 2)} as unknown as RuleSetObject;`);
  });
  const resolver = file(index, "endpoint/endpointResolver.ts", (w) => {
    w.addImport("@aws-sdk/core/client", "awsEndpointFunctions");
    w.addImport("@smithy/core/endpoints", "customEndpointFunctions");
    w.addImport("@smithy/core/endpoints", "EndpointCache");
    // A rule set goes to resolveEndpoint, a decision diagram to decideEndpoint
    // with the parameter defaults resolveEndpoint would have filled in.
    if (bdd) w.addImport(CLIENT_RUNTIME, "decideEndpointWithDefaults");
    else w.addImport("@smithy/core/endpoints", "resolveEndpoint");
    w.addImport(bdd ? "./bdd.js" : "./ruleset.js", bdd ? "bdd" : "ruleSet");
    w.addTypeImport("@smithy/types", "EndpointV2");
    w.addTypeImport("@smithy/types", "Logger");
    w.addTypeImport("./EndpointParameters.js", "EndpointParameters");
    const onlyBuiltIns = ruleSetParameters(ruleSet).every(([name]) => bindings.some((b) => b.name === name && b.kind === "builtInParams"));
    const cacheComment = onlyBuiltIns
      ? "// Rules are evaluated once per distinct parameter set; every later call with\n// the same region/FIPS/endpoint is a cache hit."
      : "// Rules are evaluated once per distinct parameter set (every parameter of the\n// rule set, context params too); every later call with the same set is a cache hit.";
    // For a diagram: its parameters that have a default or are required (what decideEndpointWithDefaults needs).
    const parametersTable = bdd
      ? `\n// The rules' parameter defaults and required parameters.\nconst parameters = ${JSON.stringify(
          Object.fromEntries(
            ruleSetParameters(ruleSet)
              .filter(([, spec]) => spec.default !== undefined || spec.required === true)
              .map(([name, spec]) => [name, { default: spec.default, required: spec.required === true }]),
          ),
        )};\n`
      : "";
    w.write(`${cacheComment}${parametersTable}
const cache = new EndpointCache({
  size: 50,
  params: ${JSON.stringify(ruleSetParameters(ruleSet).map(([name]) => name))},
});

/**
 * @internal
 */
export const defaultEndpointResolver = (
  endpointParams: EndpointParameters,
  context: { logger?: Logger } = {},
): EndpointV2 => {
  return cache.get(endpointParams as any, () =>
    ${bdd ? "decideEndpointWithDefaults(bdd, parameters" : "resolveEndpoint(ruleSet"}, {
      endpointParams: endpointParams as any,
      logger: context.logger,
    }),
  );
};

customEndpointFunctions.aws = awsEndpointFunctions;`);
  }, [ANY]);
  return [params, rules, resolver];
}

/** The model's endpointBdd as @smithy/core's BinaryDecisionDiagram (endpoint-rules.ts bddTables says how). */
function bddFile(index: ModelIndex, trait: NodeObject): GeneratedFile {
  return file(index, "endpoint/bdd.ts", (w) => {
    w.addImport("@smithy/core/endpoints", "BinaryDecisionDiagram");
    w.docs("Endpoint rules: the model's own smithy.rules#endpointBdd, decided by @smithy/core at run time as AWS SDK clients do.", { internal: "" });
    const { nodes, root, conditions, results } = bddTables(trait);
    const triples: string[] = [];
    for (let i = 0; i < nodes.length; i += 3) triples.push(`    ${nodes[i]}, ${nodes[i + 1]}, ${nodes[i + 2]},`);
    w.write(`export const bdd = BinaryDecisionDiagram.from(
  new Int32Array([
${triples.join("\n")}
  ]),
  ${root},
  ${JSON.stringify(conditions)},
  ${JSON.stringify(results)},
);`);
  });
}

/** One `create…HttpAuthOption` function per scheme some operation offers, as smithy-typescript names them. */
function authOptionFactories(auth: ServiceAuth, P: string, signingName: string): string {
  let out = "";
  if (auth.used.has(SIGV4)) {
    out += `function createAwsAuthSigv4HttpAuthOption(authParameters: ${P}HttpAuthSchemeParameters): HttpAuthOption {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: ${literal(signingName)},
      region: authParameters.region,
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: { config, context },
    }),
  };
}
`;
  }
  if (auth.used.has(NO_AUTH)) {
    out += `${out ? "\n" : ""}function createSmithyApiNoAuthHttpAuthOption(): HttpAuthOption {
  return {
    schemeId: "smithy.api#noAuth",
  };
}
`;
  }
  return out;
}

const OPTION_FACTORY: Record<string, string> = {
  [SIGV4]: "createAwsAuthSigv4HttpAuthOption(authParameters)",
  [NO_AUTH]: "createSmithyApiNoAuthHttpAuthOption()",
};

/**
 * The default auth scheme provider: the service's schemes, and a `case` for
 * each operation whose traits (@auth, @optionalAuth) give it others, as
 * smithy-typescript's switch over `authParameters.operation`.
 */
function writeAuthSchemeProvider(w: TypeScriptWriter, auth: ServiceAuth, P: string, signingName: string): void {
  const head = `export const default${P}HttpAuthSchemeProvider: ${P}HttpAuthSchemeProvider = (authParameters) => {`;
  const options = (schemes: string[]) => schemes.map((scheme) => `options.push(${OPTION_FACTORY[scheme]!});`);
  if (auth.exceptions.length === 0 && auth.defaultSchemes.length === 1 && auth.defaultSchemes[0] === SIGV4) {
    w.writeLines(["/**", ` * Every operation is signed with SigV4 (signing name ${literal(signingName)}).`, " * @internal", " */"]);
    w.block(head, () => w.write("return [createAwsAuthSigv4HttpAuthOption(authParameters)];"), "};");
    return;
  }
  w.writeLines([
    "/**",
    ` * Auth options per operation, from the model's auth traits: noAuth (${literal(NO_AUTH)}) is sent unsigned`,
    " * and needs no credentials; an @optionalAuth operation offers its schemes, then noAuth.",
    " * @internal",
    " */",
  ]);
  w.block(head, () => {
    w.write("const options: HttpAuthOption[] = [];");
    w.block("switch (authParameters.operation) {", () => {
      for (const op of auth.exceptions) {
        w.block(`case ${literal(op.name)}: {`, () => {
          w.writeLines(options(op.schemes));
          w.write("break;");
        });
      }
      w.block("default: {", () => w.writeLines(options(auth.defaultSchemes)));
    });
    w.write("return options;");
  }, "};");
}

export function authFiles(index: ModelIndex, s: ClientSymbols): GeneratedFile[] {
  const signingName = s.service.signingName ?? s.service.endpointPrefix;
  const auth = serviceAuthOf(index);
  const provider = file(index, "auth/httpAuthSchemeProvider.ts", (w) => {
    w.addImport("@aws-sdk/core/httpAuthSchemes", "resolveAwsSdkSigV4Config");
    w.addTypeImport("@aws-sdk/core/httpAuthSchemes", "AwsSdkSigV4AuthInputConfig");
    w.addTypeImport("@aws-sdk/core/httpAuthSchemes", "AwsSdkSigV4AuthResolvedConfig");
    w.addTypeImport("@aws-sdk/core/httpAuthSchemes", "AwsSdkSigV4PreviouslyResolved");
    w.addImport("@smithy/core/client", "getSmithyContext");
    w.addImport("@smithy/core/client", "normalizeProvider");
    for (const t of ["HandlerExecutionContext", "HttpAuthOption", "HttpAuthScheme", "HttpAuthSchemeParameters", "HttpAuthSchemeParametersProvider", "HttpAuthSchemeProvider", "Provider"]) {
      w.addTypeImport("@smithy/types", t);
    }
    w.addTypeImport(`../${s.clientName}.js`, `${s.clientName}ResolvedConfig`);
    const P = s.prefix;
    w.write(`/**
 * @internal
 */
export interface ${P}HttpAuthSchemeParameters extends HttpAuthSchemeParameters {
  region?: string;
}

/**
 * @internal
 */
export interface ${P}HttpAuthSchemeParametersProvider
  extends HttpAuthSchemeParametersProvider<${s.clientName}ResolvedConfig, HandlerExecutionContext, ${P}HttpAuthSchemeParameters, object> {}

/**
 * @internal
 */
export const default${P}HttpAuthSchemeParametersProvider = async (
  config: ${s.clientName}ResolvedConfig,
  context: HandlerExecutionContext,
  _input: object,
): Promise<${P}HttpAuthSchemeParameters> => {
  return {
    operation: getSmithyContext(context).operation as string,
    region:
      (await normalizeProvider(config.region)()) ||
      (() => {
        throw new Error("expected \`region\` to be configured for \`aws.auth#sigv4\`");
      })(),
  };
};

${authOptionFactories(auth, P, signingName)}
/**
 * @internal
 */
export interface ${P}HttpAuthSchemeProvider extends HttpAuthSchemeProvider<${P}HttpAuthSchemeParameters> {}
`);
    writeAuthSchemeProvider(w, auth, P, signingName);
    w.write(`
/**
 * @public
 */
export interface HttpAuthSchemeInputConfig extends AwsSdkSigV4AuthInputConfig {
  /** A comma-separated list of case-sensitive auth scheme names, in order of preference. */
  authSchemePreference?: string[] | Provider<string[]>;
  /** Configuration of HttpAuthSchemes for a client which provides default identity providers and signers per auth scheme. */
  httpAuthSchemes?: HttpAuthScheme[];
  /** Configuration of an HttpAuthSchemeProvider for a client which resolves which HttpAuthScheme to use. */
  httpAuthSchemeProvider?: ${P}HttpAuthSchemeProvider;
}

/**
 * @internal
 */
export interface HttpAuthSchemeResolvedConfig extends AwsSdkSigV4AuthResolvedConfig {
  readonly authSchemePreference: Provider<string[]>;
  readonly httpAuthSchemes: HttpAuthScheme[];
  readonly httpAuthSchemeProvider: ${P}HttpAuthSchemeProvider;
}

/**
 * @internal
 */
export const resolveHttpAuthSchemeConfig = <T>(
  config: T & HttpAuthSchemeInputConfig & AwsSdkSigV4PreviouslyResolved,
): T & HttpAuthSchemeResolvedConfig => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
  }) as T & HttpAuthSchemeResolvedConfig;
};`);
  }, [EMPTY]);
  const extension = file(index, "auth/httpAuthExtensionConfiguration.ts", (w) => {
    w.addTypeImport("@smithy/types", "AwsCredentialIdentity");
    w.addTypeImport("@smithy/types", "AwsCredentialIdentityProvider");
    w.addTypeImport("@smithy/types", "HttpAuthScheme");
    w.addTypeImport("./httpAuthSchemeProvider.js", `${s.prefix}HttpAuthSchemeProvider`);
    const P = s.prefix;
    w.write(`/**
 * @internal
 */
export interface HttpAuthExtensionConfiguration {
  setHttpAuthScheme(httpAuthScheme: HttpAuthScheme): void;
  httpAuthSchemes(): HttpAuthScheme[];
  setHttpAuthSchemeProvider(httpAuthSchemeProvider: ${P}HttpAuthSchemeProvider): void;
  httpAuthSchemeProvider(): ${P}HttpAuthSchemeProvider;
  setCredentials(credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider): void;
  credentials(): AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
}

/**
 * @internal
 */
export type HttpAuthRuntimeConfig = Partial<{
  httpAuthSchemes: HttpAuthScheme[];
  httpAuthSchemeProvider: ${P}HttpAuthSchemeProvider;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}>;

/**
 * @internal
 */
export const getHttpAuthExtensionConfiguration = (runtimeConfig: HttpAuthRuntimeConfig): HttpAuthExtensionConfiguration => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes!;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider!;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme: HttpAuthScheme): void {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
      else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
    },
    httpAuthSchemes(): HttpAuthScheme[] {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider: ${P}HttpAuthSchemeProvider): void {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider(): ${P}HttpAuthSchemeProvider {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider): void {
      _credentials = credentials;
    },
    credentials(): AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined {
      return _credentials;
    },
  };
};

/**
 * @internal
 */
export const resolveHttpAuthRuntimeConfig = (config: HttpAuthExtensionConfiguration): HttpAuthRuntimeConfig => {
  const resolved: HttpAuthRuntimeConfig = {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
  };
  const credentials = config.credentials();
  if (credentials !== undefined) resolved.credentials = credentials;
  return resolved;
};`);
  });
  return [provider, extension];
}

/** The noAuth scheme of smithy-typescript's runtime configs: no identity (an empty one unless the user gives a provider), no signature. */
const NO_AUTH_SCHEME = `
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc: IdentityProviderConfig) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner(),
      },`;

export function runtimeConfigFiles(index: ModelIndex, s: ClientSymbols, version: string): GeneratedFile[] {
  const guardFactory = s.service.protocol.endsWith("awsJson1_1") ? "guardedAwsJson1_1Protocol" : "guardedAwsJson1_0Protocol";
  const noAuth = serviceAuthOf(index).used.has(NO_AUTH);
  const shared = file(index, "runtimeConfig.shared.ts", (w) => {
    w.addImport("@aws-sdk/core/httpAuthSchemes", "AwsSdkSigV4Signer");
    if (noAuth) w.addImport("@smithy/core", "NoAuthSigner");
    w.addImport("@smithy/core/client", "NoOpLogger");
    w.addImport("@smithy/core/protocols", "parseUrl");
    w.addImport("@smithy/core/serde", "fromBase64");
    w.addImport("@smithy/core/serde", "fromUtf8");
    w.addImport("@smithy/core/serde", "toBase64");
    w.addImport("@smithy/core/serde", "toUtf8");
    w.addTypeImport("@smithy/types", "IdentityProviderConfig");
    w.addTypeImport("@smithy/types", "$ClientProtocol");
    w.addImport("./auth/httpAuthSchemeProvider.js", `default${s.prefix}HttpAuthSchemeProvider`);
    w.addImport("./endpoint/endpointResolver.js", "defaultEndpointResolver");
    w.addImport(`./models/${s.baseException}.js`, s.baseException);
    w.addImport(CLIENT_RUNTIME, guardFactory);
    w.addImport("./schemas/schemas_0.js", "errorTypeRegistries");
    w.addTypeImport(`./${s.clientName}.js`, `${s.clientName}Config`);
    w.write(`// The awsJson protocol of @aws-sdk/core, guarded against non-JSON error bodies.
const Protocol = ${guardFactory}(${s.baseException});

/**
 * @internal
 */
export const getRuntimeConfig = (config: ${s.clientName}Config) => {
  return {
    apiVersion: ${literal(s.service.version)},
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? default${s.prefix}HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc: IdentityProviderConfig) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer(),
      },${noAuth ? NO_AUTH_SCHEME : ""}
    ],
    logger: config?.logger ?? new NoOpLogger(),
    // A protocol class: the Client constructor instantiates it with protocolSettings.
    protocol: (config?.protocol ?? Protocol) as $ClientProtocol<any, any>,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: ${literal(s.service.namespace)},
      errorTypeRegistries,
      version: ${literal(s.service.version)},
      serviceTarget: ${literal(s.service.name)},${index.hasTrait(s.service.id, "aws.protocols#awsQueryCompatible") ? "\n      awsQueryCompatible: true," : ""}
    },
    serviceId: config?.serviceId ?? ${literal(s.service.sdkId)},
    // No sha256 here: the Node config's one-shot SHA-256 is the default, and
    // @smithy/core/checksum's Sha256 would load that module at import for nothing.
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8,
  };
};`);
  }, [ANY]);
  const node = file(index, "runtimeConfig.ts", (w) => {
    const accountIdEndpointMode = hasAccountIdEndpointMode(index);
    if (accountIdEndpointMode) w.addImport("@aws-sdk/core/account-id-endpoint", "NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS");
    w.addImport(CLIENT_RUNTIME, "createFixedUserAgentProvider");
    w.addImport("@aws-sdk/core/client", "NODE_APP_ID_CONFIG_OPTIONS");
    w.addImport("@aws-sdk/core/httpAuthSchemes", "NODE_AUTH_SCHEME_PREFERENCE_OPTIONS");
    w.addImport(CLIENT_RUNTIME, "lazyCredentialDefaultProvider");
    w.addImport(CLIENT_RUNTIME, "lazyStreamCollector");
    w.addImport("@smithy/core/client", "emitWarningIfUnsupportedVersion");
    w.addImport("@smithy/core/client", "loadConfigsForDefaultMode");
    w.addImport("@smithy/core/config", "loadConfig as loadNodeConfig");
    w.addImport("@smithy/core/config", "NODE_REGION_CONFIG_FILE_OPTIONS");
    w.addImport("@smithy/core/config", "NODE_REGION_CONFIG_OPTIONS");
    w.addImport("@smithy/core/config", "NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS");
    w.addImport("@smithy/core/config", "NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS");
    w.addImport("@smithy/core/config", "resolveDefaultsModeConfig");
    w.addImport("@smithy/core/retry", "DEFAULT_RETRY_MODE");
    w.addImport("@smithy/core/retry", "NODE_MAX_ATTEMPT_CONFIG_OPTIONS");
    w.addImport("@smithy/core/retry", "NODE_RETRY_MODE_CONFIG_OPTIONS");
    w.addImport("@smithy/core/serde", "calculateBodyLength");
    w.addImport(CLIENT_RUNTIME, "UndiciHttpHandler");
    w.addImport(CLIENT_RUNTIME, "OneShotSha256");
    w.addImport(CLIENT_RUNTIME, "SigningKeyMemoSignatureV4");
    w.addImport("./runtimeConfig.shared.js", "getRuntimeConfig as getSharedRuntimeConfig");
    w.addTypeImport(`./${s.clientName}.js`, `${s.clientName}Config`);
    w.write(`/** This package's version, reported in the user agent. */
export const CLIENT_VERSION = ${literal(version)};

/**
 * Node.js defaults: the SDK's own providers (credentials chain, region,
 * retry mode and max attempts from env/profile) and an undici request handler;
 * the credential chain, undici and the stream collector load when first used.
 * @internal
 */
export const getRuntimeConfig = (config: ${s.clientName}Config) => {
  emitWarningIfUnsupportedVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getSharedRuntimeConfig(config);
  // Not the AWS SDK's own check (@aws-sdk/core's emitWarningIfUnsupportedVersion):
  // it prints a NodeVersionSupportWarning on every start under Node 20, which
  // this package supports (see "engines").
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger,
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,${accountIdEndpointMode ? "\n    accountIdEndpointMode: config?.accountIdEndpointMode ?? loadNodeConfig(NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS, loaderConfig)," : ""}
    authSchemePreference: config?.authSchemePreference ?? loadNodeConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? lazyCredentialDefaultProvider,
    defaultUserAgentProvider:
      config?.defaultUserAgentProvider ??
      createFixedUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: CLIENT_VERSION }),
    maxAttempts: config?.maxAttempts ?? loadNodeConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadNodeConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: UndiciHttpHandler.create(config?.requestHandler as any),
    sha256: config?.sha256 ?? OneShotSha256,
    signerConstructor: config?.signerConstructor ?? SigningKeyMemoSignatureV4,
    retryMode:
      config?.retryMode ??
      loadNodeConfig(
        {
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
        },
        config,
      ),
    streamCollector: config?.streamCollector ?? lazyStreamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadNodeConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadNodeConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadNodeConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
  };
};`);
  }, [ANY]);
  const extensions = file(index, "runtimeExtensions.ts", (w) => {
    w.addImport("@aws-sdk/core/client", "getAwsRegionExtensionConfiguration");
    w.addImport("@aws-sdk/core/client", "resolveAwsRegionExtensionConfiguration");
    w.addImport("@smithy/core/client", "getDefaultExtensionConfiguration");
    w.addImport("@smithy/core/client", "resolveDefaultRuntimeConfig");
    w.addImport("@smithy/core/protocols", "getHttpHandlerExtensionConfiguration");
    w.addImport("@smithy/core/protocols", "resolveHttpHandlerRuntimeConfig");
    w.addImport("./auth/httpAuthExtensionConfiguration.js", "getHttpAuthExtensionConfiguration");
    w.addImport("./auth/httpAuthExtensionConfiguration.js", "resolveHttpAuthRuntimeConfig");
    w.addTypeImport(`./extensionConfiguration.js`, `${s.prefix}ExtensionConfiguration`);
    w.write(`/**
 * @public
 */
export interface RuntimeExtension {
  configure(extensionConfiguration: ${s.prefix}ExtensionConfiguration): void;
}

/**
 * @public
 */
export interface RuntimeExtensionsConfig {
  extensions: RuntimeExtension[];
}

/**
 * @internal
 */
export const resolveRuntimeExtensions = <T>(runtimeConfig: T, extensions: RuntimeExtension[]): T => {
  const config = runtimeConfig as any;
  const extensionConfiguration: ${s.prefix}ExtensionConfiguration = Object.assign(
    getAwsRegionExtensionConfiguration(config),
    getDefaultExtensionConfiguration(config),
    getHttpHandlerExtensionConfiguration(config),
    getHttpAuthExtensionConfiguration(config),
  );
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(
    runtimeConfig as object,
    resolveAwsRegionExtensionConfiguration(extensionConfiguration),
    resolveDefaultRuntimeConfig(extensionConfiguration),
    resolveHttpHandlerRuntimeConfig(extensionConfiguration),
    resolveHttpAuthRuntimeConfig(extensionConfiguration),
  ) as T;
};`);
  }, [ANY]);
  const extensionConfiguration = file(index, "extensionConfiguration.ts", (w) => {
    w.addTypeImport("@aws-sdk/types", "AwsRegionExtensionConfiguration");
    w.addTypeImport("@smithy/core/protocols", "HttpHandlerExtensionConfiguration");
    w.addTypeImport("@smithy/types", "DefaultExtensionConfiguration");
    w.addTypeImport("./auth/httpAuthExtensionConfiguration.js", "HttpAuthExtensionConfiguration");
    w.write(`/**
 * @internal
 */
export interface ${s.prefix}ExtensionConfiguration
  extends HttpHandlerExtensionConfiguration,
    DefaultExtensionConfiguration,
    AwsRegionExtensionConfiguration,
    HttpAuthExtensionConfiguration {}`);
  });
  return [shared, node, extensions, extensionConfiguration];
}

export function indexFile(index: ModelIndex, s: ClientSymbols): GeneratedFile {
  return file(index, "index.ts", (w) => {
    w.docs(index.documentationOf(s.service.id), { packageDocumentation: "" });
    w.write(`export * from "./${s.clientName}.js";`);
    w.write(`export * from "./${s.prefix}.js";`);
    w.write('export type { ClientInputEndpointParameters } from "./endpoint/EndpointParameters.js";');
    w.write('export type { RuntimeExtension } from "./runtimeExtensions.js";');
    w.write(`export type { ${s.prefix}ExtensionConfiguration } from "./extensionConfiguration.js";`);
    w.write('export * from "./commands/index.js";');
    // As the AWS SDK's clients export them: the base command class (to write
    // commands of one's own) and the schemas the commands serialize with.
    w.write('export { Command as $Command } from "@smithy/core/client";');
    if (paginatedOperations(index).length > 0) w.write('export * from "./pagination/index.js";');
    if (waitersOf(index).length > 0) w.write('export * from "./waiters/index.js";');
    w.write('export * from "./schemas/schemas_0.js";');
    w.write('export * from "./models/enums.js";');
    w.write('export * from "./models/errors.js";');
    w.write('export type * from "./models/models_0.js";');
    w.write(`export { ${s.baseException} } from "./models/${s.baseException}.js";`);
    w.write(`export { UndiciHttpHandler, type UndiciHttpHandlerOptions, type RequestDispatcher } from "${CLIENT_RUNTIME}";`);
  });
}

function firstSentence(text: string | undefined): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  const end = flat.search(/\.(\s|$)/);
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}
