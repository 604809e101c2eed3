// The SDK's schema serde middleware hands the protocol `{ ...config, ...context }`
// on every request and every response: two copies of the whole client config
// (some 70 properties, the credentials getter included) per call, a few percent
// of the CPU in profiles. The awsJson protocol reads only a handful of those
// keys (endpoint, streamCollector, eventStreamMarshaller, the base64/utf8
// codecs, disableHostPrefix; the per-call smithy context comes from `context`).
// So the plugin is given a live view with just those keys: getters that read
// the client's config at the time of the call, so a value changed on
// `client.config` is still seen. Only used with this package's own protocol;
// a user-supplied `protocol` gets the whole config, as in the SDK.

/** Config keys the @smithy/@aws-sdk protocols and codecs read from their serde context. */
const SERDE_KEYS = [
  "protocol",
  "endpoint",
  "streamCollector",
  "eventStreamMarshaller",
  "sdkStreamMixin",
  "base64Decoder",
  "base64Encoder",
  "utf8Decoder",
  "utf8Encoder",
  "disableHostPrefix",
  // Read by runtime/requestCompression.ts (through the protocol's serde context).
  "disableRequestCompression",
  "requestMinCompressionSizeBytes",
  "urlParser",
  "logger",
] as const;

export function serdeConfigView<T extends object>(config: T): T {
  const view = {};
  for (const key of SERDE_KEYS) {
    Object.defineProperty(view, key, {
      get: () => (config as Record<string, unknown>)[key],
      enumerable: true,
    });
  }
  return view as T;
}
