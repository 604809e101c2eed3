// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { ServiceException as __ServiceException, type ServiceExceptionOptions as __ServiceExceptionOptions } from "@smithy/core/client";

export type { __ServiceExceptionOptions };
export { __ServiceException };

/**
 * Base exception class for all service exceptions from Amazon Managed Workflows for Apache Airflow Serverless. Errors the model does not know (and non-JSON error responses) are thrown as this class, with the error code as `name`.
 *
 * @public
 */
export class MWAAServerlessServiceException extends __ServiceException {
  static override readonly shapeId: string = "smithy.ts.sdk.synthetic.com.amazonaws.mwaaserverless#MWAAServerlessServiceException";

  /**
   * @internal
   */
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, MWAAServerlessServiceException.prototype);
  }
}
