// Smithy's official awsJson1_1 protocol suite through our generators: every
// httpRequestTests, httpResponseTests and httpMalformedRequestTests case, on
// the client and on the server it applies to.
import { describeSuite } from "./run-suite.js";

await describeSuite("awsJson1_1");
