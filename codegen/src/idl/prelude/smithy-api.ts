// The prelude (namespace smithy.api): simple shapes every model may use and
// the definitions of the built-in traits this toolchain knows. Written here
// as IDL so the loader reads it like any model file; esbuild bundles it as a
// string. Selectors use the subset validate/selectors.ts evaluates.
// Reference: https://smithy.io/2.0/spec/model.html#prelude and the trait
// chapters of the Smithy 2.0 specification.

export const SMITHY_API_PRELUDE = `$version: "2"
namespace smithy.api

string String
blob Blob
bigInteger BigInteger
bigDecimal BigDecimal
timestamp Timestamp
document Document
boolean Boolean
byte Byte
short Short
integer Integer
long Long
float Float
double Double

@default(false)
boolean PrimitiveBoolean
@default(0)
byte PrimitiveByte
@default(0)
short PrimitiveShort
@default(0)
integer PrimitiveInteger
@default(0)
long PrimitiveLong
@default(0)
float PrimitiveFloat
@default(0)
double PrimitiveDouble

@unitType
structure Unit {}

// ---------------------------------------------------------------- meta
@trait(selector: ":is(simpleType, list, map, set, structure, union)")
structure trait {
    selector: String
    structurallyExclusive: String
    conflicts: NonEmptyStringList
}
@trait(selector: "structure")
structure unitType {}
@trait(selector: "structure[trait|trait]")
structure protocolDefinition {
    traits: NonEmptyStringList
    noInlineDocumentSupport: Boolean
}
@trait(selector: "structure[trait|trait]")
structure authDefinition {
    traits: NonEmptyStringList
}
@trait(selector: ":test(string, member > string)")
structure idRef {
    selector: String
    failWhenMissing: Boolean
    errorMessage: String
}
@trait(selector: ":not(member)")
structure mixin {
    localTraits: NonEmptyStringList
}
@trait
list suppress {
    member: String
}

// ------------------------------------------------------- documentation
@trait
string documentation
@trait
map externalDocumentation {
    key: NonEmptyString
    value: NonEmptyString
}
@trait
structure deprecated {
    message: String
    since: String
}
@trait
list examples {
    member: Example
}
structure Example {
    @required
    title: String
    documentation: String
    input: Document
    output: Document
    error: ExampleError
    allowConstraintErrors: Boolean
}
structure ExampleError {
    shapeId: String
    content: Document
}
@trait
structure internal {}
@trait
structure sensitive {}
@trait
string since
@trait
list tags {
    member: String
}
@trait(selector: ":is(service, resource, operation)")
string title
@trait
structure unstable {}
@trait
structure private {}
@trait(selector: ":is(simpleType, collection, map, structure, union, member)")
structure recommended {
    reason: String
}

// --------------------------------------------------------- constraints
@trait(selector: ":test(collection, map, string, blob, member > :is(collection, map, string, blob))")
structure length {
    min: Long
    max: Long
}
@trait(selector: ":test(string, member > string)")
string pattern
@trait(selector: ":test(number, member > number)")
structure range {
    min: BigDecimal
    max: BigDecimal
}
@trait(selector: "structure > member")
structure required {}
@trait(selector: ":is(simpleType, collection, map, structure > member)")
document default
@trait(selector: "structure > member")
structure clientOptional {}
/// IDL 1.0 only: upgraded away when a 1.0 file is read (see the assembler).
@trait(selector: ":test(boolean, byte, short, integer, long, float, double, member > :test(boolean, byte, short, integer, long, float, double))")
structure box {}
@trait(selector: ":is(enum, intEnum) > member")
document enumValue
@trait(selector: ":test(list, member > list)")
structure uniqueItems {}
@trait(selector: ":is(list, map)")
structure sparse {}
@trait(selector: "string")
list enum {
    member: EnumDefinition
}
structure EnumDefinition {
    @required
    value: String
    name: String
    documentation: String
    tags: NonEmptyStringList
    deprecated: Boolean
}

// -------------------------------------------------------------- types
@trait(selector: "structure")
enum error {
    CLIENT = "client"
    SERVER = "server"
}
@trait(selector: "structure[trait|error]")
structure retryable {
    throttling: Boolean
}
@trait(selector: "structure")
structure input {}
@trait(selector: "structure")
structure output {}
@trait(selector: ":test(timestamp, member > timestamp)")
enum timestampFormat {
    DATE_TIME = "date-time"
    EPOCH_SECONDS = "epoch-seconds"
    HTTP_DATE = "http-date"
}
@trait(selector: ":is(blob, string)")
string mediaType
@trait(selector: ":is(blob, union)")
structure streaming {}
@trait(selector: "blob")
structure requiresLength {}

// --------------------------------------------------------- behaviour
@trait(selector: "operation")
structure idempotent {}
@trait(selector: "operation")
structure readonly {}
@trait(selector: "structure > member")
structure idempotencyToken {}
@trait(selector: ":is(service, operation)")
structure paginated {
    inputToken: NonEmptyString
    outputToken: NonEmptyString
    items: NonEmptyString
    pageSize: NonEmptyString
}
@trait(selector: ":is(structure, string)")
list references {
    member: Reference
}
structure Reference {
    @required
    resource: NonEmptyString
    ids: NonEmptyStringMap
    service: NonEmptyString
    rel: NonEmptyString
}
@trait(selector: "structure > member")
string resourceIdentifier
@trait(selector: "structure > member")
structure property {
    name: String
}
@trait(selector: "structure > member")
structure notProperty {}
@trait(selector: "operation")
structure httpChecksumRequired {}
@trait(selector: "operation")
structure requestCompression {
    @required
    encodings: RequestCompressionEncodingsList
}
@private
@length(min: 1)
list RequestCompressionEncodingsList {
    member: String
}
@trait(selector: ":is(service, operation)")
list auth {
    member: String
}
@trait(selector: "operation")
structure optionalAuth {}
@trait(selector: "operation")
structure endpoint {
    @required
    hostPrefix: NonEmptyString
}
@trait(selector: "structure > member")
structure hostLabel {}

// -------------------------------------------------------------- http
@trait(selector: "operation")
structure http {
    @required
    method: NonEmptyString
    @required
    uri: NonEmptyString
    @range(min: 100, max: 999)
    code: Integer
}
@trait(selector: "structure[trait|error]")
@range(min: 200, max: 599)
integer httpError
@trait(selector: "structure > member")
structure httpLabel {}
@trait(selector: "structure > member")
@length(min: 1)
string httpQuery
@trait(selector: "structure > member")
structure httpQueryParams {}
@trait(selector: "structure > member")
@length(min: 1)
string httpHeader
@trait(selector: "structure > member")
string httpPrefixHeaders
@trait(selector: "structure > member")
structure httpPayload {}
@trait(selector: "structure > member")
structure httpResponseCode {}
@trait(selector: "service")
structure cors {
    origin: NonEmptyString
    maxAge: Integer
    additionalAllowedHeaders: NonEmptyStringList
    additionalExposedHeaders: NonEmptyStringList
}
@trait(selector: "service")
structure httpBasicAuth {}
@trait(selector: "service")
structure httpDigestAuth {}
@trait(selector: "service")
structure httpBearerAuth {}
@trait(selector: "service")
structure httpApiKeyAuth {
    @required
    name: NonEmptyString
    @required
    in: String
    scheme: NonEmptyString
}

// ------------------------------------------------------ serialisation
@trait(selector: ":is(structure, union) > member")
string jsonName
@trait(selector: ":is(structure, union, member)")
string xmlName
@trait(selector: "structure > member")
structure xmlAttribute {}
@trait(selector: ":is(structure, union) > member")
structure xmlFlattened {}
@trait(selector: ":is(service, member, simpleType, collection, map, structure, union)")
structure xmlNamespace {
    @required
    uri: NonEmptyString
    prefix: NonEmptyString
}
@trait(selector: "structure > member")
structure eventPayload {}
@trait(selector: "structure > member")
structure eventHeader {}

// ------------------------------------------------------------ helpers
@length(min: 1)
string NonEmptyString
list NonEmptyStringList {
    member: NonEmptyString
}
map NonEmptyStringMap {
    key: NonEmptyString
    value: NonEmptyString
}
`;
