// Smithy's validation stages and shape-building load errors (event-cases-stages.ts) against the real Smithy.
import { describeEventCases } from "./event-oracle.js";
import { STAGE_CASES } from "./event-cases-stages.js";

describeEventCases("validation stages against the real Smithy", STAGE_CASES);
