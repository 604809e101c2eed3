// Smithy's validators of shapes, traits, resources and metadata (event-cases-shapes.ts) against the real Smithy.
import { describeEventCases } from "./event-oracle.js";
import { SHAPE_CASES } from "./event-cases-shapes.js";

describeEventCases("shape, trait, resource and metadata validators against the real Smithy", SHAPE_CASES);
