// The endpoint rule set of an AWS service with standard regional, dual-stack
// only endpoints (aws.endpoints#standardRegionalEndpoints +
// dualStackOnlyEndpoints, as AWS's model of MWAA Serverless declares):
//   custom `endpoint`        → used verbatim (FIPS with it is an error)
//   region                   → https://{prefix}.{region}.{partition dualStackDnsSuffix}
//   region + useFipsEndpoint → https://{prefix}-fips.{region}.{dualStackDnsSuffix}
//   no region                → "Invalid Configuration: Missing Region"
// The partition table (aws, aws-cn → api.amazonwebservices.com.cn, aws-us-gov…)
// is the SDK's own, behind the `aws.partition` rules function.

export function endpointRuleSet(endpointPrefix: string): object {
  const url = (host: string): object => ({
    conditions: [],
    endpoint: { url: `https://${host}.{Region}.{PartitionResult#dualStackDnsSuffix}`, properties: {}, headers: {} },
    type: "endpoint",
  });
  return {
    version: "1.0",
    parameters: {
      Region: { builtIn: "AWS::Region", required: false, documentation: "The AWS region used to dispatch the request.", type: "String" },
      UseFIPS: {
        builtIn: "AWS::UseFIPS",
        required: true,
        default: false,
        documentation: "When true, send this request to the FIPS-compliant regional endpoint.",
        type: "Boolean",
      },
      Endpoint: { builtIn: "SDK::Endpoint", required: false, documentation: "Override the endpoint used to send this request", type: "String" },
    },
    rules: [
      {
        conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }],
        rules: [
          {
            conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }],
            error: "Invalid Configuration: FIPS and custom endpoint are not supported",
            type: "error",
          },
          { conditions: [], endpoint: { url: { ref: "Endpoint" }, properties: {}, headers: {} }, type: "endpoint" },
        ],
        type: "tree",
      },
      {
        conditions: [
          { fn: "isSet", argv: [{ ref: "Region" }] },
          { fn: "aws.partition", argv: [{ ref: "Region" }], assign: "PartitionResult" },
        ],
        rules: [
          {
            conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }],
            rules: [url(`${endpointPrefix}-fips`)],
            type: "tree",
          },
          url(endpointPrefix),
        ],
        type: "tree",
      },
      { conditions: [], error: "Invalid Configuration: Missing Region", type: "error" },
    ],
  };
}
