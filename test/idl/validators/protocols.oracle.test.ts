// The protocol and API trait validators' event cases (event-cases-protocols.ts) against the real Smithy.
import { PROTOCOL_CASES } from "./event-cases-protocols.js";
import { describeEventCases } from "./event-oracle.js";

describeEventCases("protocol and API trait validators against the real Smithy", PROTOCOL_CASES);
