// The validators' event cases (event-cases.ts) against the real Smithy.
import { describeEventCases } from "./event-oracle.js";
import { CASES } from "./event-cases.js";

describeEventCases("validation events against the real Smithy", CASES);
