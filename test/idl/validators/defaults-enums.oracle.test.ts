// DefaultTraitValidator and EnumShapeValidator cases (event-cases-defaults-enums.ts) against the real Smithy.
import { describeEventCases } from "./event-oracle.js";
import { DEFAULT_ENUM_CASES } from "./event-cases-defaults-enums.js";

describeEventCases("default and enum validation events against the real Smithy", DEFAULT_ENUM_CASES);
