// Code generated from test/fixtures/mwaa-serverless.ast.json by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

export * from "./StopWorkflowRunCommand.js";
