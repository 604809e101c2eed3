// Node values against shapes and UnionValidator's WARNING/NOTE (event-cases-values.ts) against the real Smithy.
import { describeEventCases } from "./event-oracle.js";
import { VALUE_CASES } from "./event-cases-values.js";

describeEventCases("value and union events against the real Smithy", VALUE_CASES);
