// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { RuleSetObject } from "@smithy/types";

/**
 * Endpoint rules (smithy.rules#endpointRuleSet) for the service's standard regional, dual-stack endpoints: `https://{endpointPrefix}.{Region}.{dualStackDnsSuffix}`, a `-fips` variant, and a custom `endpoint`.
 *
 * @internal
 */
export const ruleSet = {
  "version": "1.0",
  "parameters": {
    "Region": {
      "builtIn": "AWS::Region",
      "required": false,
      "documentation": "The AWS region used to dispatch the request.",
      "type": "String"
    },
    "UseFIPS": {
      "builtIn": "AWS::UseFIPS",
      "required": true,
      "default": false,
      "documentation": "When true, send this request to the FIPS-compliant regional endpoint.",
      "type": "Boolean"
    },
    "Endpoint": {
      "builtIn": "SDK::Endpoint",
      "required": false,
      "documentation": "Override the endpoint used to send this request",
      "type": "String"
    }
  },
  "rules": [
    {
      "conditions": [
        {
          "fn": "isSet",
          "argv": [
            {
              "ref": "Endpoint"
            }
          ]
        }
      ],
      "rules": [
        {
          "conditions": [
            {
              "fn": "booleanEquals",
              "argv": [
                {
                  "ref": "UseFIPS"
                },
                true
              ]
            }
          ],
          "error": "Invalid Configuration: FIPS and custom endpoint are not supported",
          "type": "error"
        },
        {
          "conditions": [],
          "endpoint": {
            "url": {
              "ref": "Endpoint"
            },
            "properties": {},
            "headers": {}
          },
          "type": "endpoint"
        }
      ],
      "type": "tree"
    },
    {
      "conditions": [
        {
          "fn": "isSet",
          "argv": [
            {
              "ref": "Region"
            }
          ]
        },
        {
          "fn": "aws.partition",
          "argv": [
            {
              "ref": "Region"
            }
          ],
          "assign": "PartitionResult"
        }
      ],
      "rules": [
        {
          "conditions": [
            {
              "fn": "booleanEquals",
              "argv": [
                {
                  "ref": "UseFIPS"
                },
                true
              ]
            }
          ],
          "rules": [
            {
              "conditions": [],
              "endpoint": {
                "url": "https://airflow-serverless-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
                "properties": {},
                "headers": {}
              },
              "type": "endpoint"
            }
          ],
          "type": "tree"
        },
        {
          "conditions": [],
          "endpoint": {
            "url": "https://airflow-serverless.{Region}.{PartitionResult#dualStackDnsSuffix}",
            "properties": {},
            "headers": {}
          },
          "type": "endpoint"
        }
      ],
      "type": "tree"
    },
    {
      "conditions": [],
      "error": "Invalid Configuration: Missing Region",
      "type": "error"
    }
  ]
} as unknown as RuleSetObject;
