// Smithy's official awsJson1_0 protocol suite through our generators: every
// httpRequestTests, httpResponseTests and httpMalformedRequestTests case, on
// the client and on the server it applies to (cases.ts checks none is lost).
import { describeSuite } from "./run-suite.js";

await describeSuite("awsJson1_0");
