// Code generated from test/fixtures/mwaa-serverless.ast.json by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

export * from "./enums.js";
export * from "./errors.js";
export * from "./models_0.js";
