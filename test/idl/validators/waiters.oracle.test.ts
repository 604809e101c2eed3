// The waiter validators' event cases (event-cases-waiters.ts) against the real Smithy.
import { describeEventCases } from "./event-oracle.js";
import { WAITER_CASES } from "./event-cases-waiters.js";

describeEventCases("waiter validators against the real Smithy", WAITER_CASES);
