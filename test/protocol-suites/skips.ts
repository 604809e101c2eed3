// The one list of official protocol-suite cases that are not run. A case may
// be here only when it asks for SDK behaviour that smithy-typescript's own
// generated AWS SDK (aws-sdk-js-v3) also leaves out; each entry says why and
// where smithy-typescript skips it. Keyed by suite, side and case ID.

export interface Skip {
  suite: "awsJson1_0" | "awsJson1_1";
  side: "client" | "server";
  /** Which of the case kinds sharing the ID (suites reuse an ID for a request and a response case). */
  kind: "request" | "response";
  id: string;
  reason: string;
  /** Where smithy-typescript / aws-sdk-js-v3 leaves the same case out. */
  smithyTypescript: string;
}

export const SKIPS: readonly Skip[] = [
  {
    suite: "awsJson1_1",
    side: "client",
    kind: "request",
    id: "MachinelearningPredictEndpoint",
    reason:
      "Amazon ML's Predict sends to the endpoint given in its PredictEndpoint input member: a hand-written " +
      "customization of one service, not behaviour any model trait describes, so no generic generator produces it",
    smithyTypescript:
      "aws-sdk-js-v3 implements it by hand in packages/middleware-sdk-machinelearning/src/predict-endpoint.ts, and its " +
      "generated awsJson1_1 protocol tests (private/aws-protocoltests-json) cover only aws.protocoltests.json#JsonProtocol, " +
      "never this service",
  },
  {
    suite: "awsJson1_1",
    side: "server",
    kind: "response",
    id: "AwsJson11IntEnums",
    reason:
      "the response case expects the response to carry the request's X-Amz-Target header (copied from the request " +
      "case); no awsJson service echoes it, and the awsJson1_0 twin of the case does not ask for it",
    smithyTypescript:
      "aws-sdk-js-v3 runs httpResponseTests only on the client side (smithy-typescript generates no awsJson server), " +
      "so this case never runs as a server test there",
  },
];

/** The skips of one suite and side, as the generators' `skip` option wants them. */
export function skipsFor(suite: Skip["suite"], side: Skip["side"]): Map<string, string> {
  return new Map(SKIPS.filter((s) => s.suite === suite && s.side === side).map((s) => [`${s.kind}:${s.id}`, s.reason]));
}
